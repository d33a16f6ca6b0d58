import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import type { AppErrorShape } from '../../../src-shared/errors';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Props {
  open: boolean;
  title: string;
  error: AppErrorShape | null;
  /** Issue paths shown under their own fields (the rest are listed in the alert). */
  fields: readonly string[];
  busy: boolean;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
  wide?: boolean;
}

/** A small form in a dialog: Enter saves (it is a real form), Esc closes, errors stay in view. */
export function FormDialog({ open, title, error, fields, busy, onClose, onSubmit, children, wide }: Props) {
  const t = useT();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={wide ? 'md' : 'sm'} data-testid="form-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ErrorAlert error={error} fields={fields} />
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid="dialog-save">
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
