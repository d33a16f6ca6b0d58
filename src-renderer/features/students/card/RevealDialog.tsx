import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../src-shared/contract';
import { useMutation } from '../../../api/hooks';
import { useT } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFieldErrors } from '../../../ui/field-errors';

type Revealed = ChannelOutput<'students.revealIdentifiers'>;

/** Asks why the full PINFL and passport are needed; the reason goes into the audit log with the reveal. */
export function RevealDialog({
  studentId,
  onClose,
  onRevealed,
}: {
  studentId: string;
  onClose(): void;
  onRevealed(values: Revealed): void;
}) {
  const t = useT();
  const reveal = useMutation('students.revealIdentifiers');
  const field = useFieldErrors(reveal.error);
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < 3;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (tooShort) return;
    const result = await reveal.run({ id: studentId, reason: reason.trim() });
    if (result.ok) onRevealed(result.data);
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="reveal-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{t('studentCard.reveal.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Alert severity="info">{t('studentCard.reveal.explain')}</Alert>
            <ErrorAlert error={reveal.error} fields={['reason']} />
            <TextField
              label={t('studentCard.reveal.reason')}
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
              required
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 300 } }}
              {...field('reason', t('studentCard.reveal.reasonHint'))}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={tooShort || reveal.busy} data-testid="reveal-submit">
            {t('studentCard.reveal.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
