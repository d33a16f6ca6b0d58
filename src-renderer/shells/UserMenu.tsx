import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import Logout from '@mui/icons-material/Logout';
import { Avatar, Box, Button, Divider, ListItemIcon, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { User } from '../../src-shared/contract/auth';
import { useT } from '../app/i18n';
import { useSession } from '../app/session';

export function initials(fullName: string): string {
  const parts = fullName.split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((p) => p.charAt(0).toUpperCase())
    .join('');
}

export function UserMenu({ user, accountPath }: { user: User; accountPath: string | null }) {
  const t = useT();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-label={t('appbar.userMenu')}
        data-testid="user-menu"
        sx={{ gap: 1, pl: 1 }}
      >
        <Avatar sx={{ width: 28, height: 28, fontSize: 13, bgcolor: 'secondary.main' }}>
          {initials(user.fullName)}
        </Avatar>
        <Box component="span" sx={{ display: { xs: 'none', md: 'inline' }, maxWidth: 220 }} className="user-name">
          <Typography variant="body2" noWrap fontWeight={600}>
            {user.fullName}
          </Typography>
        </Box>
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <Box sx={{ px: 2, py: 1, minWidth: 240 }}>
          <Typography fontWeight={600}>{user.fullName}</Typography>
          <Typography variant="body2" color="text.secondary">
            {user.login} · {t(`role.${user.role}`)}
          </Typography>
        </Box>
        <Divider />
        {accountPath && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              void navigate(accountPath);
            }}
          >
            <ListItemIcon>
              <AccountCircleOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('nav.account')}</ListItemText>
          </MenuItem>
        )}
        <MenuItem
          data-testid="sign-out"
          onClick={() => {
            setAnchor(null);
            // A deliberate sign-out starts the next person on their own home page.
            void signOut().then(() => navigate('/', { replace: true }));
          }}
        >
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('appbar.signOut')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
