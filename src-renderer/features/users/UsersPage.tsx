import Add from '@mui/icons-material/Add';
import Search from '@mui/icons-material/Search';
import {
  Box,
  Button,
  InputAdornment,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import type { User } from '../../../src-shared/contract/auth';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { useUser } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserDialog } from './UserDialog';
import { UserRow } from './UserRow';

type DialogState = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

function isLocked(user: User, now: number): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}

export function UsersPage() {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { user: me } = useUser();
  const users = useQuery('users.list', {});
  const [dialog, setDialog] = useState<DialogState>(null);
  const [search, setSearch] = useState('');

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const list = users.data ?? [];
    return q ? list.filter((u) => u.login.includes(q) || u.fullName.toLowerCase().includes(q)) : list;
  }, [users.data, search]);

  async function unlock(user: User) {
    const result = await call('users.unlock', { id: user.id });
    if (result.ok) notify(t('users.unlocked', { login: user.login }));
    else notify(tKey(result.error.key, result.error.params), 'error');
    users.reload();
  }

  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={() => setDialog({ kind: 'create' })}
            data-testid="add-user"
          >
            {t('users.add')}
          </Button>
        }
      />
      <ErrorAlert error={users.error} sx={{ mb: 2 }} />
      <Paper variant="outlined">
        <Stack direction="row" alignItems="center" spacing={2} sx={{ p: 1.5 }}>
          <TextField
            placeholder={t('users.searchHint')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            sx={{ maxWidth: 360 }}
            slotProps={{
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <Search fontSize="small" />
                  </InputAdornment>
                ),
                inputProps: { 'aria-label': t('common.search') },
              },
            }}
          />
          <Box sx={{ flexGrow: 1 }} />
          <Typography variant="body2" color="text.secondary">
            {t('common.total', { count: rows.length })}
          </Typography>
        </Stack>
        {users.loading && <LinearProgress sx={{ height: 2 }} />}
        <TableContainer>
          <Table data-testid="users-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('field.login')}</TableCell>
                <TableCell>{t('field.fullName')}</TableCell>
                <TableCell>{t('field.role')}</TableCell>
                <TableCell>{t('users.col.active')}</TableCell>
                <TableCell>{t('users.col.lockedUntil')}</TableCell>
                <TableCell>{t('users.col.lastSignIn')}</TableCell>
                <TableCell align="right">{t('users.col.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((u) => (
                <UserRow
                  key={u.id}
                  user={u}
                  isMe={u.id === me.id}
                  locked={isLocked(u, users.receivedAt)}
                  onEdit={() => setDialog({ kind: 'edit', user: u })}
                  onResetPassword={() => setDialog({ kind: 'reset', user: u })}
                  onUnlock={() => void unlock(u)}
                />
              ))}
              {users.data && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={7} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                    {t('users.empty')}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      </Paper>
      {dialog && (dialog.kind === 'create' || dialog.kind === 'edit') && (
        <UserDialog
          user={dialog.kind === 'edit' ? dialog.user : null}
          onClose={() => setDialog(null)}
          onSaved={(saved, created) => {
            setDialog(null);
            notify(created ? t('users.created', { login: saved.login }) : t('users.updated', { login: saved.login }));
            users.reload();
          }}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            notify(t('users.resetPassword.done', { login: dialog.user.login }));
            users.reload();
          }}
        />
      )}
    </>
  );
}
