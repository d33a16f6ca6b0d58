import { Button, Grid, Stack, TextField } from '@mui/material';
import { useRef, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../src-shared/contract';
import { useMutation } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { useSaveShortcut } from '../../ui/use-save-shortcut';

type Settings = ChannelOutput<'system.settings'>;
type NumberKey = Exclude<keyof Settings, 'updateUrl'>;
const FIELDS = ['backupKeep', 'sessionIdleMinutes', 'lockoutThreshold', 'lockoutMinutes', 'updateUrl'] as const;

/** Application settings (admin): sign-in security, backups kept, update server. */
export function SettingsForm({ initial }: { initial: Settings }) {
  const t = useT();
  const notify = useNotify();
  const save = useMutation('system.updateSettings');
  const field = useFieldErrors(save.error);
  const [saved, setSaved] = useState(initial);
  const [form, setForm] = useState<Record<keyof Settings, string>>(() => ({
    backupKeep: String(initial.backupKeep),
    sessionIdleMinutes: String(initial.sessionIdleMinutes),
    lockoutThreshold: String(initial.lockoutThreshold),
    lockoutMinutes: String(initial.lockoutMinutes),
    updateUrl: initial.updateUrl,
  }));
  const formRef = useRef<HTMLFormElement>(null);
  useSaveShortcut(formRef);

  const parsed = {
    backupKeep: Number(form.backupKeep),
    sessionIdleMinutes: Number(form.sessionIdleMinutes),
    lockoutThreshold: Number(form.lockoutThreshold),
    lockoutMinutes: Number(form.lockoutMinutes),
    updateUrl: form.updateUrl.trim(),
  };
  const dirty = JSON.stringify(parsed) !== JSON.stringify(saved);

  const number = (name: NumberKey) => (
    <TextField
      name={name}
      type="number"
      label={t(`settings.${name}`)}
      value={form[name]}
      onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
      slotProps={{ htmlInput: { inputMode: 'numeric', step: 1 } }}
      {...field(name)}
    />
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await save.run(parsed);
    if (!result.ok) return;
    setSaved(parsed);
    notify(t('settings.saved'));
  }

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
      <PageHeader
        title={t('settings.title')}
        actions={
          <Button type="submit" variant="contained" disabled={!dirty || save.busy} title={t('common.saveShortcut')}>
            {t('common.save')}
          </Button>
        }
      />
      <ErrorAlert error={save.error} fields={FIELDS} sx={{ mb: 2 }} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SectionCard fill title={t('settings.section.security')}>
            <Stack spacing={2}>
              {number('sessionIdleMinutes')}
              {number('lockoutThreshold')}
              {number('lockoutMinutes')}
            </Stack>
          </SectionCard>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={2}>
            <SectionCard title={t('settings.section.backups')}>
              <Stack spacing={2}>{number('backupKeep')}</Stack>
            </SectionCard>
            <SectionCard title={t('settings.section.updates')}>
              <Stack spacing={2}>
                <TextField
                  name="updateUrl"
                  type="url"
                  label={t('settings.updateUrl')}
                  value={form.updateUrl}
                  onChange={(e) => setForm((f) => ({ ...f, updateUrl: e.target.value }))}
                  {...field('updateUrl', t('settings.updateUrlHint'))}
                />
              </Stack>
            </SectionCard>
          </Stack>
        </Grid>
      </Grid>
    </form>
  );
}
