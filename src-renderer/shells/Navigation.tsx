import { List, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../app/i18n';
import { pathOf, type NavItem, type ShellDef } from './shells';

/**
 * The item the address belongs to: the longest item path that is the address or a prefix of it, so the
 * contract drawn at `contracts/new` lights "Draw up contract" and a contract at `contracts/<id>` lights
 * "Contracts" — one entry at a time.
 */
export function currentItem(shell: ShellDef, items: readonly NavItem[], pathname: string): NavItem | null {
  let best: NavItem | null = null;
  for (const item of items) {
    const path = pathOf(shell, item);
    const matches = item.path === '' ? pathname === path : pathname === path || pathname.startsWith(`${path}/`);
    if (matches && (!best || path.length > pathOf(shell, best).length)) best = item;
  }
  return best;
}

/** The workspace's side navigation; Alt+1…9 jump to the items in order (see ShellLayout). */
export function Navigation({ shell, items }: { shell: ShellDef; items: NavItem[] }) {
  const t = useT();
  const current = currentItem(shell, items, useLocation().pathname);
  return (
    <List component="nav" aria-label={t('nav.main')} dense sx={{ px: 1 }} data-testid="nav">
      {items.map((item, index) => {
        const Icon = item.icon;
        // A heading where a section starts; items without one (home, account) stand alone.
        const heading = item.section && item.section !== items[index - 1]?.section ? item.section : null;
        return (
          <Fragment key={item.page}>
            {heading && (
              <ListSubheader
                disableSticky
                data-section={heading}
                sx={{ lineHeight: 2.5, mt: index > 0 ? 1 : 0, bgcolor: 'transparent', fontSize: 12 }}
              >
                {t(`nav.section.${heading}`)}
              </ListSubheader>
            )}
            <ListItemButton
              component={Link}
              to={pathOf(shell, item)}
              className={item === current ? 'active' : undefined}
              aria-current={item === current ? 'page' : undefined}
              data-page={item.page}
              title={index < 9 ? `Alt+${index + 1}` : undefined}
              sx={{
                mb: 0.25,
                '&.active': { bgcolor: 'action.selected', color: 'primary.main', fontWeight: 600 },
                '&.active .MuiListItemIcon-root': { color: 'primary.main' },
              }}
            >
              <ListItemIcon sx={{ minWidth: 36 }}>
                <Icon fontSize="small" />
              </ListItemIcon>
              <ListItemText primary={t(item.labelKey)} slotProps={{ primary: { fontSize: 14 } }} />
            </ListItemButton>
          </Fragment>
        );
      })}
    </List>
  );
}
