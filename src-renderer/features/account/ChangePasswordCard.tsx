import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PasswordField } from '../../ui/PasswordField';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };
const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordCard() {
  const t = useT();
  const notify = useNotify();
  const change = useMutation('auth.changePassword');
  const field = useFieldErrors(change.error);
  const [form, setForm] = useState(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.newPassword !== form.confirm) return setMismatch(true);
    setMismatch(false);
    const result = await change.run({ currentPassword: form.currentPassword, newPassword: form.newPassword });
    if (result.ok) {
      setForm(EMPTY);
      notify(t('account.passwordChanged'));
    }
  }

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('account.changePassword')}
        </Typography>
        <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} noValidate sx={{ maxWidth: 420 }}>
          <ErrorAlert error={change.error} fields={FIELDS} />
          <PasswordField
            label={t('account.currentPassword')}
            value={form.currentPassword}
            onChange={set('currentPassword')}
            autoComplete="current-password"
            required
            {...field('currentPassword')}
          />
          <PasswordField
            label={t('account.newPassword')}
            value={form.newPassword}
            onChange={set('newPassword')}
            autoComplete="new-password"
            required
            {...field('newPassword', t('field.passwordHint'))}
          />
          <PasswordField
            label={t('account.newPasswordConfirm')}
            value={form.confirm}
            onChange={set('confirm')}
            autoComplete="new-password"
            required
            error={mismatch}
            helperText={mismatch ? t('validation.passwordMismatch') : undefined}
          />
          <div>
            <Button type="submit" variant="contained" disabled={change.busy}>
              {t('account.changePassword')}
            </Button>
          </div>
        </Stack>
      </CardContent>
    </Card>
  );
}
