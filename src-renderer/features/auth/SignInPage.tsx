import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PasswordField } from '../../ui/PasswordField';
import { AuthLayout } from './AuthLayout';

const FIELDS = ['login', 'password'] as const;

export function SignInPage() {
  const { t, tKey } = useI18n();
  const { state, signedIn } = useSession();
  const signIn = useMutation('auth.signIn');
  const field = useFieldErrors(signIn.error);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const notice = state.status === 'signedOut' ? state.notice : null;
  const institution = 'health' in state ? state.health.institutionShortName : '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await signIn.run({ login, password });
    if (result.ok) signedIn(result.data);
    else setPassword('');
  }

  return (
    <AuthLayout title={t('auth.signIn.title')} subtitle={t('auth.signIn.subtitle')} institution={institution}>
      <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} noValidate data-testid="sign-in-form">
        {notice && !signIn.error && <Alert severity={notice.severity}>{tKey(notice.key, notice.params)}</Alert>}
        <ErrorAlert error={signIn.error} fields={FIELDS} />
        <TextField
          label={t('field.login')}
          name="login"
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          autoComplete="username"
          autoFocus
          required
          size="medium"
          {...field('login')}
        />
        <PasswordField
          label={t('field.password')}
          name="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
          size="medium"
          {...field('password')}
        />
        <Button type="submit" variant="contained" size="large" disabled={signIn.busy} data-testid="sign-in-submit">
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
