import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../backend/paths';
import type { Texts } from './texts';

export interface MenuOptions {
  t: Texts;
  version: string;
  /** Developer tools only in development: in the office they would let anyone read the session token. */
  isPackaged: boolean;
  mainWindow: () => BrowserWindow | null;
}

export function menuTemplate({ t, version, isPackaged, mainWindow }: MenuOptions): MenuItemConstructorOptions[] {
  const about = () => {
    const options = {
      type: 'info' as const,
      title: t('about'),
      message: PRODUCT_NAME,
      detail: t('version', { version }),
    };
    const win = mainWindow();
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };
  return [
    { label: t('file'), submenu: [{ role: 'quit', label: t('quit') }] },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      ],
    },
    { label: t('help'), submenu: [{ label: t('about'), click: about }] },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
