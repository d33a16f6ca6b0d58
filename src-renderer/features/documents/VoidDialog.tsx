import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import type { IssuedDocument } from '../../../src-shared/contract/documents';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** Voiding keeps the number in the register with the reason; the number is never given again. */
export function VoidDialog({
  doc,
  onClose,
  onVoided,
}: {
  doc: IssuedDocument;
  onClose(): void;
  onVoided(d: IssuedDocument): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const mutation = useMutation('documents.void');
  async function submit() {
    const res = await mutation.run({ id: doc.id, reason: reason.trim() });
    if (res.ok) onVoided(res.data);
  }
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="void-title">
      <DialogTitle id="void-title">{t('documents.void.title', { number: doc.registerNumber })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('documents.void.explain')}</DialogContentText>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <TextField
          autoFocus
          fullWidth
          required
          label={t('documents.void.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          inputProps={{ 'data-testid': 'void-reason', maxLength: 500 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          color="error"
          variant="contained"
          disabled={reason.trim().length < 3 || mutation.busy}
          onClick={() => void submit()}
          data-testid="confirm-void"
        >
          {t('documents.void.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
