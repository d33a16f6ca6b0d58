import { AppBar, Box, Link, Stack, Toolbar, Typography } from '@mui/material';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../app/i18n';
import { LanguageMenu } from '../app/LanguageMenu';
import { useUser } from '../app/session';
import { useSearchShortcut } from '../features/students/search/use-search-shortcut';
import { Navigation } from './Navigation';
import { navFor, pagePath, pathOf, shellsFor, type ShellDef } from './shells';
import { ShellSwitcher } from './ShellSwitcher';
import { UserMenu } from './UserMenu';

const NAV_WIDTH = 232;

/**
 * The frame of every signed-in screen: app bar, the workspace's navigation, the page. Only the
 * page area scrolls, as in a desktop program: the bar and the menu never move out of reach.
 */
export function ShellLayout({ shell, children }: { shell: ShellDef; children: ReactNode }) {
  const t = useT();
  const { user, health } = useUser();
  const navigate = useNavigate();
  const items = useMemo(() => navFor(shell, user.role), [shell, user.role]);
  const account = items.find((i) => i.page === 'account');
  useSearchShortcut(pagePath(shell, user.role, 'students'));

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
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }} data-shell={shell.id}>
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
      <AppBar position="static" elevation={0}>
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
      <Box sx={{ display: 'flex', flexGrow: 1, minHeight: 0 }}>
        <Box
          sx={{
            width: NAV_WIDTH,
            flexShrink: 0,
            display: 'flex',
            flexDirection: 'column',
            overflowY: 'auto',
            bgcolor: 'background.paper',
            borderRight: '1px solid #dde2e8',
          }}
        >
          <Typography variant="overline" color="text.secondary" sx={{ px: 3, pt: 1.5 }}>
            {t(shell.labelKey)}
          </Typography>
          <Navigation shell={shell} items={items} />
          <Box sx={{ flexGrow: 1 }} />
          <Typography variant="caption" color="text.secondary" sx={{ px: 3, py: 1.5 }}>
            {t('app.version', { version: health.version })}
          </Typography>
        </Box>
        <Box
          component="main"
          id="main"
          tabIndex={-1}
          sx={{ flexGrow: 1, minWidth: 0, overflowY: 'auto', p: 3, outline: 'none' }}
        >
          <Box sx={{ maxWidth: 1280, mx: 'auto' }}>{children}</Box>
        </Box>
      </Box>
    </Box>
  );
}
