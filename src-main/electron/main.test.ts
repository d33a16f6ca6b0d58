import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src-shared/errors';
import type { Backend } from '../backend/create-backend';
import type { FakeBrowserWindow as FakeWindow } from './fake-electron';
import { defaultDataDir } from '../backend/paths';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('../backend/create-backend', () => ({ createBackend: vi.fn() }));

/** main.ts starts the app on import, so each case loads fresh modules with the fakes set up first. */
async function boot(setup: { lock?: boolean; backend?: () => Partial<Backend> } = {}) {
  vi.resetModules();
  vi.clearAllMocks();
  // Mocked modules may survive resetModules: take every fake from the mocked module itself and wipe it.
  const electron = await import('electron');
  const { createBackend } = await import('../backend/create-backend');
  const FakeBrowserWindow = electron.BrowserWindow as unknown as typeof FakeWindow;
  FakeBrowserWindow.instances = [];
  electron.app.removeAllListeners();
  vi.mocked(electron.app.requestSingleInstanceLock).mockReturnValue(setup.lock ?? true);
  const backend = {
    services: { appVersion: '0.1.0', settings: () => ({ updateUrl: '' }) },
    events: { on: vi.fn(() => () => {}) },
    dispatch: vi.fn(),
    close: vi.fn(async () => {}),
  };
  vi.mocked(createBackend).mockImplementation((() => (setup.backend ? setup.backend() : backend)) as never);
  await import('./main');
  await new Promise((r) => setTimeout(r, 0)); // let whenReady() run
  return { app: electron.app, electron, FakeBrowserWindow, createBackend, backend };
}

// main.ts adds SIGINT/SIGTERM listeners on each boot; remove only those, not the test runner's own.
const runnerListeners = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
afterEach(() => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const l of process.listeners(signal)) if (!runnerListeners[signal].includes(l)) process.off(signal, l);
  }
  delete process.env.REGISTRATOR_DATA_DIR;
});

describe('single instance', () => {
  it('a second instance quits at once and opens nothing', async () => {
    const { app, createBackend, FakeBrowserWindow } = await boot({ lock: false });
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(createBackend).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('the first instance raises its window when a second one starts', async () => {
    const { app, FakeBrowserWindow } = await boot();
    const win = FakeBrowserWindow.instances[0]!;
    win.minimized = true;
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('fixes userData to the product name before taking the lock', async () => {
    const { app } = await boot();
    expect(app.setPath).toHaveBeenCalledWith('userData', join('/fake/appData', 'Registrator'));
    const setPathOrder = vi.mocked(app.setPath).mock.invocationCallOrder[0]!;
    const lockOrder = vi.mocked(app.requestSingleInstanceLock).mock.invocationCallOrder[0]!;
    expect(setPathOrder).toBeLessThan(lockOrder);
    expect(app.enableSandbox).toHaveBeenCalled();
  });
});

describe('data folder', () => {
  it('is <appData>/Registrator/data, or REGISTRATOR_DATA_DIR', async () => {
    const { createBackend } = await boot();
    expect(createBackend).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/fake/appData/Registrator/data' }));
    process.env.REGISTRATOR_DATA_DIR = '/srv/registrator';
    const again = await boot();
    expect(again.createBackend).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/srv/registrator' }));
  });

  it.runIf(process.platform === 'linux')(
    'equals the CLI default on Linux (Electron appData = XDG config)',
    async () => {
      const { desktopDataDir } = await import('./main');
      expect(desktopDataDir(join(homedir(), '.config'), {})).toBe(defaultDataDir({}));
      expect(desktopDataDir('/x/cfg', {})).toBe(defaultDataDir({ XDG_CONFIG_HOME: '/x/cfg' }));
      expect(desktopDataDir('/x/cfg', { REGISTRATOR_DATA_DIR: '/d' })).toBe(
        defaultDataDir({ REGISTRATOR_DATA_DIR: '/d' }),
      );
    },
  );
});

describe('start-up errors', () => {
  it('shows the reason in a dialog, opens no window and quits', async () => {
    const { app, electron, FakeBrowserWindow } = await boot({
      backend: () => {
        throw new AppError('CONFLICT', 'error.dbTooNew', 'This database was written by a newer Registrator', {
          params: { dbVersion: 9, appVersion: 3 },
        });
      },
    });
    const showErrorBox = vi.mocked(electron.dialog.showErrorBox);
    expect(showErrorBox).toHaveBeenCalledTimes(1);
    const [title, content] = showErrorBox.mock.calls[0]!;
    expect(title).toBe('Registrator could not start');
    expect(content).toContain('This database was written by a newer Registrator');
    expect(content).toContain('/fake/appData/Registrator/data');
    expect(content).not.toContain('error.dbTooNew'); // translated, not the raw key
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(app.quit).toHaveBeenCalled();
  });
});

describe('quit', () => {
  it('holds the quit until the backend is closed, then quits', async () => {
    const { app, backend } = await boot();
    let release!: () => void;
    backend.close.mockImplementation(() => new Promise<void>((r) => (release = r)));
    const event = { preventDefault: vi.fn() };
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(backend.close).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    release();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    const second = { preventDefault: vi.fn() };
    app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('quits when the last window closes', async () => {
    const { app } = await boot();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });
});
