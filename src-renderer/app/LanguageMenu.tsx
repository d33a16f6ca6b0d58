import Check from '@mui/icons-material/Check';
import Translate from '@mui/icons-material/Translate';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { LOCALES } from '../../src-shared/contract/common';
import { useI18n } from './i18n';
import { useNotify } from './notify';
import { useSession } from './session';

/** The language switch of the app bar and the sign-in page; a signed-in choice is remembered. */
export function LanguageMenu({ color = 'inherit' }: { color?: 'inherit' | 'primary' }) {
  const { locale, t, tKey } = useI18n();
  const { changeLocale } = useSession();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  return (
    <>
      <Button
        color={color}
        startIcon={<Translate />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-label={t('appbar.language')}
        title={t('appbar.language')}
        data-testid="language-menu"
        sx={{ textTransform: 'none' }}
      >
        {t(`locale.${locale}`)}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {LOCALES.map((l) => (
          <MenuItem
            key={l}
            lang={l}
            selected={l === locale}
            onClick={() => {
              setAnchor(null);
              void changeLocale(l).then((error) => error && notify(tKey(error.key, error.params), 'error'));
            }}
          >
            <ListItemIcon>{l === locale && <Check fontSize="small" />}</ListItemIcon>
            <ListItemText>{t(`locale.${l}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
