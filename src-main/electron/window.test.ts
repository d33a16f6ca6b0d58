import { shell } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './fake-electron';
import { createMainWindow } from './window';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

function open(): FakeBrowserWindow {
  createMainWindow('/app/out/preload/index.cjs', false);
  return FakeBrowserWindow.instances.at(-1) as FakeBrowserWindow;
}

function navigate(win: FakeBrowserWindow, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const preventDefault = vi.fn();
  win.webContents.emit(event, { url, preventDefault });
  return preventDefault.mock.calls.length > 0;
}

beforeEach(() => vi.clearAllMocks());

describe('main window', () => {
  it('isolates the renderer: no Node, sandboxed, own JS world, web security on', () => {
    const win = open();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://registrator/');
  });

  it('denies window.open and opens only https links in the system browser', () => {
    const win = open();
    const handler = win.webContents.windowOpenHandler!;
    expect(handler({ url: 'https://hemis.uz/help' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://example.com' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://registrator/users' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://registrator/#/head/users' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://hemis.uz/help');
  });

  it('opens the hall display in a window of its own, locked down like the main one and opening nothing more', () => {
    const win = open();
    const hall = win.webContents.windowOpenHandler!({ url: 'app://registrator/#/hall' });
    expect(hall.action).toBe('allow');
    expect(hall.overrideBrowserWindowOptions).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false },
    });
    expect(win.webContents.windowOpenHandler!({ url: 'https://evil.example/#/hall' })).toEqual({ action: 'deny' });
    const child = new FakeBrowserWindow({});
    win.webContents.emit('did-create-window', child);
    expect(child.webContents.windowOpenHandler!({ url: 'app://registrator/#/hall' })).toEqual({ action: 'deny' });
    expect(navigate(child, 'will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('blocks navigation and redirects away from the app origin', () => {
    const win = open();
    expect(navigate(win, 'will-navigate', 'app://registrator/students/42')).toBe(false);
    expect(navigate(win, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(win, 'will-navigate', 'file:///C:/Windows/')).toBe(true);
    expect(navigate(win, 'will-navigate', 'app://other-host/')).toBe(true);
    expect(navigate(win, 'will-redirect', 'http://127.0.0.1:5180/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://evil.example/');
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach webviews', () => {
    const win = open();
    const preventDefault = vi.fn();
    win.webContents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('denies permissions by default; only our pages may write text to the clipboard', () => {
    const win = open();
    const { session } = win.webContents;
    const asked = (permission: string, pageUrl: string) => {
      win.webContents.url = pageUrl;
      let granted: boolean | undefined;
      session.requestHandler!(win.webContents, permission, (ok) => (granted = ok), {});
      return granted;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'hid', 'openExternal', 'clipboard-read']) {
      expect(asked(permission, 'app://registrator/')).toBe(false);
      expect(session.checkHandler!(win.webContents, permission, 'app://registrator', {})).toBe(false);
    }
    expect(asked('clipboard-sanitized-write', 'app://registrator/students')).toBe(true);
    expect(asked('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(session.checkHandler!(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });

  it('shows the window only once painted', () => {
    const win = open();
    expect(win.options.show).toBe(false);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });
});
