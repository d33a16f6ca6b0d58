import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { User } from '../../../src-shared/contract/auth';
import { LOCALES, type Locale } from '../../../src-shared/contract/common';
import { ROLES, type Role } from '../../../src-shared/contract/roles';
import { useMutation } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFieldErrors } from '../../ui/field-errors';
import { PasswordField } from '../../ui/PasswordField';

interface Props {
  /** null: create a new user; otherwise edit this one. */
  user: User | null;
  onClose(): void;
  onSaved(user: User, created: boolean): void;
}

const CREATE_FIELDS = ['login', 'fullName', 'role', 'password', 'locale'] as const;
const EDIT_FIELDS = ['fullName', 'role', 'active'] as const;

/** Create a user (login, name, role, initial password, language) or edit one (name, role, active). */
export function UserDialog({ user, onClose, onSaved }: Props) {
  const t = useT();
  const create = useMutation('users.create');
  const update = useMutation('users.update');
  const current = user ? update : create;
  const field = useFieldErrors(current.error);
  const [form, setForm] = useState({
    login: '',
    fullName: user?.fullName ?? '',
    role: user?.role ?? ('front_office' as Role),
    password: '',
    locale: 'uz-Latn' as Locale,
    active: user?.active ?? true,
  });
  const set = (name: 'login' | 'fullName' | 'password') => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = user
      ? await update.run({ id: user.id, fullName: form.fullName, role: form.role, active: form.active })
      : await create.run({
          login: form.login,
          fullName: form.fullName,
          role: form.role,
          password: form.password,
          locale: form.locale,
        });
    if (result.ok) onSaved(result.data, !user);
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="user-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{user ? t('users.edit.title', { login: user.login }) : t('users.create.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ErrorAlert error={current.error} fields={user ? EDIT_FIELDS : CREATE_FIELDS} />
            {!user && (
              <TextField
                label={t('field.login')}
                name="login"
                value={form.login}
                onChange={set('login')}
                autoFocus
                required
                autoComplete="off"
                {...field('login', t('validation.login'))}
              />
            )}
            <TextField
              label={t('field.fullName')}
              name="fullName"
              value={form.fullName}
              onChange={set('fullName')}
              autoFocus={user !== null}
              required
              {...field('fullName')}
            />
            <TextField
              select
              label={t('field.role')}
              name="role"
              value={form.role}
              onChange={(e) => setForm((f) => ({ ...f, role: e.target.value as Role }))}
              {...field('role')}
            >
              {ROLES.map((role) => (
                <MenuItem key={role} value={role}>
                  {t(`role.${role}`)}
                </MenuItem>
              ))}
            </TextField>
            {!user && (
              <>
                <PasswordField
                  label={t('users.create.password')}
                  name="password"
                  value={form.password}
                  onChange={set('password')}
                  autoComplete="new-password"
                  required
                  {...field('password', t('users.create.passwordHint'))}
                />
                <TextField
                  select
                  label={t('field.language')}
                  name="locale"
                  value={form.locale}
                  onChange={(e) => setForm((f) => ({ ...f, locale: e.target.value as Locale }))}
                  {...field('locale')}
                >
                  {LOCALES.map((l) => (
                    <MenuItem key={l} value={l} lang={l}>
                      {t(`locale.${l}`)}
                    </MenuItem>
                  ))}
                </TextField>
              </>
            )}
            {user && (
              <FormControlLabel
                control={
                  <Switch
                    checked={form.active}
                    onChange={(e) => setForm((f) => ({ ...f, active: e.target.checked }))}
                    name="active"
                  />
                }
                label={t('users.edit.activeLabel')}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={current.busy} data-testid="user-dialog-submit">
            {user ? t('common.save') : t('common.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
