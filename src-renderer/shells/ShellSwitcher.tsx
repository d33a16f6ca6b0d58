import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Check from '@mui/icons-material/Check';
import WorkspacesOutlined from '@mui/icons-material/WorkspacesOutlined';
import { Button, ListItemIcon, ListItemText, ListSubheader, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../app/i18n';
import { pathOf, type ShellDef } from './shells';

/** Admin and head switch between the four workspaces; other roles never see this control. */
export function ShellSwitcher({ current, shells }: { current: ShellDef; shells: ShellDef[] }) {
  const t = useT();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (shells.length < 2) return null;
  return (
    <>
      <Button
        color="inherit"
        startIcon={<WorkspacesOutlined />}
        endIcon={<ArrowDropDown />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-label={t('shell.switch')}
        title={t('shell.switch')}
        data-testid="shell-switcher"
      >
        {t(current.labelKey)}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListSubheader sx={{ lineHeight: '32px' }}>{t('shell.switch')}</ListSubheader>
        {shells.map((shell) => (
          <MenuItem
            key={shell.id}
            selected={shell.id === current.id}
            onClick={() => {
              setAnchor(null);
              void navigate(pathOf(shell));
            }}
          >
            <ListItemIcon>{shell.id === current.id && <Check fontSize="small" />}</ListItemIcon>
            <ListItemText>{t(shell.labelKey)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
