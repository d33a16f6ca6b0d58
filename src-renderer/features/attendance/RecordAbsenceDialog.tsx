import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { call } from '../../api/client';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';

const FIELDS = ['subjectId', 'lessonDate', 'lessonPair', 'trainingType', 'hoursExcused', 'hoursUnexcused', 'reason'];
const TYPES = ['11', '12', '13', '14', '15', '16'] as const;

/**
 * Enters or corrects one absence by hand (back office). The subjects offered are the ones the card
 * shows plus the group's subjects (an absence may be the first in a subject); the reason is kept in
 * the audit log with the change.
 */
export function RecordAbsenceDialog({
  studentId,
  groupId,
  subjects: cardSubjects,
  onClose,
  onSaved,
}: {
  studentId: string;
  groupId: string | null;
  subjects: readonly { id: string; name: string }[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const save = useMutation('attendance.record');
  const [groupSubjects, setGroupSubjects] = useState<readonly { id: string; name: string }[]>([]);
  useEffect(() => {
    if (!groupId) return;
    let live = true;
    void call('attendance.groupSubjects', { groupId }).then((res) => {
      if (live && res.ok) setGroupSubjects(res.data);
    });
    return () => {
      live = false;
    };
  }, [groupId]);
  const subjects = [
    ...new Map([...cardSubjects, ...groupSubjects].map((x) => [x.id, { id: x.id, name: x.name }])).values(),
  ];
  const field = useFieldErrors(save.error);
  const [form, setForm] = useState({
    subjectId: cardSubjects[0]?.id ?? '',
    lessonDate: tashkentMoment(new Date()).date,
    lessonPair: '1',
    trainingType: '11',
    hoursExcused: '0',
    hoursUnexcused: '2',
    reason: '',
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  // Until one is chosen, the first subject offered (the group's list may arrive after the dialog opens).
  const subjectId = form.subjectId || subjects[0]?.id || '';

  async function submit() {
    const res = await save.run({
      studentId,
      subjectId,
      lessonDate: form.lessonDate,
      lessonPair: form.lessonPair.trim(),
      trainingType: form.trainingType,
      hoursExcused: Number(form.hoursExcused.replace(',', '.')),
      hoursUnexcused: Number(form.hoursUnexcused.replace(',', '.')),
      reason: form.reason,
    });
    if (res.ok) onSaved();
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('attendance.record.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="info">{t('attendance.record.hint')}</Alert>
          <ErrorAlert error={save.error} fields={FIELDS} />
          <TextField
            select
            label={t('attendance.col.subject')}
            value={subjectId}
            onChange={set('subjectId')}
            {...field('subjectId')}
          >
            {subjects.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={2}>
            <DateField
              label={t('attendance.col.date')}
              value={form.lessonDate}
              onChange={(v) => setForm((f) => ({ ...f, lessonDate: v }))}
              {...field('lessonDate')}
            />
            <TextField
              label={t('attendance.col.pair')}
              value={form.lessonPair}
              onChange={set('lessonPair')}
              sx={{ width: 110 }}
              {...field('lessonPair')}
            />
            <TextField
              select
              label={t('attendance.col.trainingType')}
              value={form.trainingType}
              onChange={set('trainingType')}
              sx={{ minWidth: 180 }}
              {...field('trainingType')}
            >
              {TYPES.map((c) => (
                <MenuItem key={c} value={c}>
                  {t(`attendance.trainingType.${c}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction="row" spacing={2}>
            <TextField
              label={t('attendance.col.excused')}
              value={form.hoursExcused}
              onChange={set('hoursExcused')}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              {...field('hoursExcused')}
            />
            <TextField
              label={t('attendance.col.unexcused')}
              value={form.hoursUnexcused}
              onChange={set('hoursUnexcused')}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              {...field('hoursUnexcused')}
            />
          </Stack>
          <TextField
            label={t('attendance.record.reason')}
            value={form.reason}
            onChange={set('reason')}
            {...field('reason')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={save.busy}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
