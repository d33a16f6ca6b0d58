import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { LOCALES, type Locale } from '../../../src-shared/contract/common';
import { useMutation } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PasswordField } from '../../ui/PasswordField';
import { AuthLayout } from '../auth/AuthLayout';

const FIELDS = ['login', 'fullName', 'password', 'locale'] as const;

/** First run: the database has no users; create the administrator and sign in as them. */
export function SetupPage() {
  const { t, locale: uiLocale, setLocale } = useI18n();
  const { signedIn } = useSession();
  const create = useMutation('setup.createFirstAdmin');
  const field = useFieldErrors(create.error);
  const [form, setForm] = useState({ login: 'admin', fullName: '', password: '', confirm: '' });
  const [mismatch, setMismatch] = useState(false);

  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.password !== form.confirm) return setMismatch(true);
    setMismatch(false);
    const result = await create.run({
      login: form.login,
      fullName: form.fullName,
      password: form.password,
      locale: uiLocale,
    });
    if (result.ok) signedIn(result.data);
  }

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.intro')} width={520}>
      <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} noValidate data-testid="setup-form">
        <ErrorAlert error={create.error} fields={FIELDS} />
        <TextField
          label={t('field.fullName')}
          name="fullName"
          value={form.fullName}
          onChange={set('fullName')}
          autoFocus
          required
          {...field('fullName')}
        />
        <TextField
          label={t('field.login')}
          name="login"
          value={form.login}
          onChange={set('login')}
          autoComplete="username"
          required
          {...field('login', t('validation.login'))}
        />
        <PasswordField
          label={t('field.password')}
          name="password"
          value={form.password}
          onChange={set('password')}
          autoComplete="new-password"
          required
          {...field('password', t('field.passwordHint'))}
        />
        <PasswordField
          label={t('field.passwordConfirm')}
          name="confirm"
          value={form.confirm}
          onChange={set('confirm')}
          autoComplete="new-password"
          required
          error={mismatch}
          helperText={mismatch ? t('validation.passwordMismatch') : undefined}
        />
        <TextField
          select
          label={t('field.language')}
          name="locale"
          value={uiLocale}
          onChange={(e) => setLocale(e.target.value as Locale)}
          {...field('locale')}
        >
          {LOCALES.map((l) => (
            <MenuItem key={l} value={l} lang={l}>
              {t(`locale.${l}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained" size="large" disabled={create.busy} data-testid="setup-submit">
          {t('setup.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
