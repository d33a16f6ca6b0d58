import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { useI18n } from '../../../app/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';

/** "Are you sure?" for an action that cannot be taken back (deleting a draft). */
export function ConfirmDialog({
  title,
  text,
  action,
  busy,
  error,
  onClose,
  onConfirm,
}: {
  title: string;
  text: string;
  action: string;
  busy: boolean;
  error: AppErrorShape | null;
  onClose(): void;
  onConfirm(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="confirm-title">
      <DialogTitle id="confirm-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
        <ErrorAlert error={error} sx={{ mt: 2 }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color="error" disabled={busy} onClick={onConfirm} data-testid="confirm-action">
          {action}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
