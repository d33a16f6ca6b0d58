import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { User } from '../../../src-shared/contract/auth';
import { useMutation } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PasswordField } from '../../ui/PasswordField';

export function ResetPasswordDialog({ user, onClose, onDone }: { user: User; onClose(): void; onDone(): void }) {
  const t = useT();
  const reset = useMutation('users.resetPassword');
  const field = useFieldErrors(reset.error);
  const [password, setPassword] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await reset.run({ id: user.id, password });
    if (result.ok) onDone();
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{t('users.resetPassword.title', { login: user.login })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText variant="body2">{t('users.resetPassword.hint')}</DialogContentText>
            <ErrorAlert error={reset.error} fields={['password']} />
            <PasswordField
              label={t('account.newPassword')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              autoFocus
              required
              {...field('password', t('field.passwordHint'))}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={reset.busy}>
            {t('users.resetPassword')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
