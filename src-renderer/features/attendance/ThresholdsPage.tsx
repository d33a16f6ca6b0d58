import { Button, Checkbox, FormControlLabel, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { AttendanceThresholds } from '../../../src-shared/domain/attendance';
import { DEFAULT_ATTENDANCE_THRESHOLDS } from '../../../src-shared/domain/attendance';
import { useMutation, useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import type { ShellDef } from '../../shells/shells';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';

const NUMBERS = ['warning', 'reprimand', 'expulsion', 'barredPercent'] as const;

/** The head of office sets the attendance borders; every list and card follows at once. */
export function ThresholdsPage(_props: { shell: ShellDef }) {
  const current = useQuery('attendance.thresholds', {});
  if (!current.data) return current.error ? <ErrorAlert error={current.error} /> : <LinearProgress />;
  return <ThresholdsForm initial={current.data} />;
}

function ThresholdsForm({ initial }: { initial: AttendanceThresholds }) {
  const { t } = useI18n();
  const notify = useNotify();
  const save = useMutation('attendance.updateThresholds');
  const field = useFieldErrors(save.error);
  const text = (v: AttendanceThresholds) =>
    Object.fromEntries(NUMBERS.map((k) => [k, String(v[k])])) as Record<(typeof NUMBERS)[number], string>;
  const [form, setForm] = useState(() => text(initial));
  const [countsExcused, setCountsExcused] = useState(initial.barredCountsExcused);
  const [saved, setSaved] = useState(initial);
  const parsed: AttendanceThresholds = {
    warning: Number(form.warning),
    reprimand: Number(form.reprimand),
    expulsion: Number(form.expulsion),
    barredPercent: Number(form.barredPercent),
    barredCountsExcused: countsExcused,
  };
  const dirty = JSON.stringify(parsed) !== JSON.stringify(saved);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await save.run(parsed);
    if (!res.ok) return;
    setSaved(res.data);
    notify(t('attendance.settings.saved'));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <PageHeader
        title={t('attendance.settings.title')}
        intro={t('attendance.settings.intro')}
        actions={
          <Button type="submit" variant="contained" disabled={!dirty || save.busy} data-testid="thresholds-save">
            {t('common.save')}
          </Button>
        }
      />
      <ErrorAlert error={save.error} fields={[...NUMBERS]} sx={{ mb: 2 }} />
      <SectionCard title={t('attendance.settings.section')} hint={t('attendance.settings.defaults')}>
        <Stack spacing={2} sx={{ maxWidth: 520 }}>
          {NUMBERS.map((k) => (
            <TextField
              key={k}
              type="number"
              label={t(`attendance.settings.${k}`)}
              value={form[k]}
              onChange={(e) => setForm((f) => ({ ...f, [k]: e.target.value }))}
              slotProps={{ htmlInput: { inputMode: 'decimal', min: 1, 'data-testid': `threshold-${k}` } }}
              {...field(k)}
            />
          ))}
          <FormControlLabel
            control={<Checkbox checked={countsExcused} onChange={(e) => setCountsExcused(e.target.checked)} />}
            label={t('attendance.settings.barredCountsExcused')}
          />
          <Typography>
            <Button
              onClick={() => {
                setForm(text(DEFAULT_ATTENDANCE_THRESHOLDS));
                setCountsExcused(DEFAULT_ATTENDANCE_THRESHOLDS.barredCountsExcused);
              }}
            >
              {t('attendance.settings.useDefaults')}
            </Button>
          </Typography>
        </Stack>
      </SectionCard>
    </form>
  );
}
