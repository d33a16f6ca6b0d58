import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { RecordEntry } from '../../../src-shared/contract/grades';
import { parseGradeCell } from '../../../src-shared/domain/grades-entry';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { formatScore, subjectName } from './grade-format';

const VALUE_PATHS = ['value', 'value.score', 'value.grade', 'reason'];

/**
 * A correction with its reason: the backend appends a new entry that names the one it replaces,
 * so the old value stays in the history. Only roles that may change grades open this.
 */
export function CorrectGradeDialog({ entry, onClose }: { entry: RecordEntry; onClose(saved: boolean): void }) {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const correct = useMutation('grades.correct');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<AppErrorShape | null>(null);
  const error = local ?? correct.error;
  const field = useFieldErrors(error);
  const valueField = field('value').error
    ? field('value')
    : field('value.score').error
      ? field('value.score')
      : field('value.grade');
  const now =
    entry.totalPoint === null && entry.grade === null
      ? t('grades.absent')
      : `${formatScore(entry.totalPoint)} (${entry.grade ?? '—'})`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseGradeCell(value);
    if (parsed === null || parsed === 'invalid') {
      setLocal({
        code: 'VALIDATION',
        key: 'error.validation',
        message: '',
        details: { issues: [{ path: 'value', key: 'grades.invalidValue' }] },
      });
      return;
    }
    setLocal(null);
    const res = await correct.run({ recordId: entry.id, value: parsed, reason });
    if (res.ok) {
      notify(t('grades.corrected'), 'success');
      onClose(true);
    }
  }

  return (
    <Dialog open onClose={() => onClose(false)} maxWidth="sm" fullWidth>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{t('grades.correctTitle', { subject: subjectName(entry.subject, locale) })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography color="text.secondary">{t('grades.correctNow', { value: now })}</Typography>
            <ErrorAlert error={error} fields={VALUE_PATHS} />
            <TextField
              label={t('grades.newValue')}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              autoFocus
              required
              slotProps={{ htmlInput: { 'data-testid': 'correct-value', inputMode: 'decimal' } }}
              {...valueField}
            />
            <TextField
              label={t('grades.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              multiline
              minRows={2}
              slotProps={{ htmlInput: { 'data-testid': 'correct-reason', maxLength: 500 } }}
              {...field('reason', t('grades.reasonHelp'))}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={correct.busy || reason.trim().length < 3 || value.trim() === ''}
            data-testid="correct-save"
          >
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
