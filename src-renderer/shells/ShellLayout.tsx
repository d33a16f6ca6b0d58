import { AppBar, Box, Drawer, Link, Stack, Toolbar, Typography } from '@mui/material';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../app/i18n';
import { LanguageMenu } from '../app/LanguageMenu';
import { useUser } from '../app/session';
import { Navigation } from './Navigation';
import { navFor, pathOf, shellsFor, type ShellDef } from './shells';
import { ShellSwitcher } from './ShellSwitcher';
import { UserMenu } from './UserMenu';

const DRAWER_WIDTH = 232;

/** The frame of every signed-in screen: app bar, the workspace's navigation, the page. */
export function ShellLayout({ shell, children }: { shell: ShellDef; children: ReactNode }) {
  const t = useT();
  const { user, health } = useUser();
  const navigate = useNavigate();
  const items = useMemo(() => navFor(shell, user.role), [shell, user.role]);
  const account = items.find((i) => i.page === 'account');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || !/^Digit[1-9]$/.test(e.code)) return;
      const item = items[Number(e.code.slice(5)) - 1];
      if (!item) return;
      e.preventDefault();
      void navigate(pathOf(shell, item));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, navigate, shell]);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }} data-shell={shell.id}>
      <Link
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
        sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'white', p: 1 } }}
      >
        {t('app.skipToContent')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 1.5, minHeight: 52 }}>
          <Stack direction="row" alignItems="baseline" spacing={1.5} sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography variant="h6" component="div" noWrap sx={{ fontSize: 18 }}>
              {t('app.title')}
            </Typography>
            <Typography variant="body2" noWrap sx={{ opacity: 0.85 }} data-testid="appbar-context">
              {health.institutionShortName || t('app.office')} · {t(shell.labelKey)}
            </Typography>
          </Stack>
          <ShellSwitcher current={shell} shells={shellsFor(user.role)} />
          <LanguageMenu />
          <UserMenu user={user} accountPath={account ? pathOf(shell, account) : null} />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', borderRightColor: '#dde2e8' },
        }}
      >
        <Toolbar variant="dense" sx={{ minHeight: 52 }} />
        <Typography variant="overline" color="text.secondary" sx={{ px: 3, pt: 1.5 }}>
          {t(shell.labelKey)}
        </Typography>
        <Navigation shell={shell} items={items} />
        <Box sx={{ flexGrow: 1 }} />
        <Typography variant="caption" color="text.secondary" sx={{ px: 3, py: 1.5 }}>
          {t('app.version', { version: health.version })}
        </Typography>
      </Drawer>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: 3, pt: 'calc(52px + 24px)', outline: 'none' }}
      >
        <Box sx={{ maxWidth: 1280, mx: 'auto' }}>{children}</Box>
      </Box>
    </Box>
  );
}
