import EditOutlined from '@mui/icons-material/EditOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { Chip, IconButton, Stack, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import type { User } from '../../../src-shared/contract/auth';
import { formatDateTime } from '../../../src-shared/domain/format';
import { useT } from '../../app/i18n';

interface Props {
  user: User;
  isMe: boolean;
  locked: boolean;
  onEdit(): void;
  onResetPassword(): void;
  onUnlock(): void;
}

/** One user: login, name, role, status, lock, last sign-in, and the admin's actions. */
export function UserRow({ user, isMe, locked, onEdit, onResetPassword, onUnlock }: Props) {
  const t = useT();
  return (
    <TableRow hover data-login={user.login} onDoubleClick={onEdit}>
      <TableCell sx={{ fontFamily: 'monospace' }}>{user.login}</TableCell>
      <TableCell>
        {user.fullName}
        {isMe && (
          <Typography component="span" variant="body2" color="text.secondary">
            {` (${t('users.you')})`}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <Chip size="small" label={t(`role.${user.role}`)} color={user.role === 'admin' ? 'primary' : 'default'} />
      </TableCell>
      <TableCell>
        <Chip
          size="small"
          variant="outlined"
          label={user.active ? t('users.active') : t('users.inactive')}
          color={user.active ? 'success' : 'default'}
        />
      </TableCell>
      <TableCell>
        {locked ? (
          <Stack direction="row" spacing={0.5} alignItems="center" sx={{ color: 'warning.dark' }}>
            <LockOutlined fontSize="small" />
            <span>{t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}</span>
          </Stack>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t('users.never')}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Tooltip title={t('common.edit')}>
          <IconButton size="small" aria-label={t('common.edit')} onClick={onEdit}>
            <EditOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('users.resetPassword')}>
          <IconButton size="small" aria-label={t('users.resetPassword')} onClick={onResetPassword}>
            <KeyOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        {locked && (
          <Tooltip title={t('users.unlock')}>
            <IconButton size="small" aria-label={t('users.unlock')} onClick={onUnlock} data-testid="unlock">
              <LockOpenOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </TableCell>
    </TableRow>
  );
}
