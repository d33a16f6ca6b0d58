import { dialog, type MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu';
import { shellLocale, shellTexts } from './texts';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

const template = (isPackaged: boolean) =>
  menuTemplate({ t: shellTexts('uz-Latn'), version: '1.2.3', isPackaged, mainWindow: () => null });

describe('menu', () => {
  it('has File, Edit, View, Help in the UI language', () => {
    expect(template(true).map((m) => m.label)).toEqual(['Fayl', 'Tahrirlash', 'Koʻrinish', 'Yordam']);
    expect(roles(template(true))).toEqual(
      expect.arrayContaining(['quit', 'copy', 'paste', 'reload', 'zoomIn', 'zoomOut', 'resetZoom']),
    );
  });

  it('offers developer tools only when not packaged', () => {
    expect(roles(template(true))).not.toContain('toggleDevTools');
    expect(roles(template(false))).toContain('toggleDevTools');
  });

  it('About shows the version', () => {
    const help = template(true)[3]!.submenu as MenuItemConstructorOptions[];
    (help[0]!.click as () => void)();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: 'Versiya 1.2.3' }));
  });
});

describe('shell language', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['en-US', 'en'],
    ['uz', 'uz-Latn'],
    ['uz-Cyrl-UZ', 'uz-Cyrl'],
    ['de', 'uz-Latn'],
  ])('%s → %s', (system, locale) => expect(shellLocale(system)).toBe(locale));
});
