import { dialog } from 'electron';
import { type EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../backend/logger';
import { shellTexts } from './texts';
import { startUpdater, type UpdaterOptions } from './updater';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const fake = vi.hoisted(() => ({ updater: null as unknown }));
vi.mock('electron-updater', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const autoUpdater = Object.assign(new Emitter(), {
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(async () => null),
    quitAndInstall: vi.fn(),
    autoDownload: false,
    autoInstallOnAppQuit: false,
    logger: null as unknown,
  });
  fake.updater = autoUpdater;
  return { default: { autoUpdater } };
});

type FakeUpdater = EventEmitter & {
  setFeedURL: ReturnType<typeof vi.fn>;
  checkForUpdates: ReturnType<typeof vi.fn>;
  quitAndInstall: ReturnType<typeof vi.fn>;
  autoInstallOnAppQuit: boolean;
};
const updater = async () => {
  await import('electron-updater');
  return fake.updater as unknown as FakeUpdater;
};

function options(
  overrides: Partial<UpdaterOptions> = {},
): UpdaterOptions & { logger: Record<keyof Logger, ReturnType<typeof vi.fn>> } {
  return {
    isPackaged: true,
    updateUrl: 'https://registrator.example.uz/updates/',
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    t: shellTexts('en'),
    mainWindow: () => null,
    ...overrides,
  } as never;
}

beforeEach(async () => {
  vi.clearAllMocks();
  const u = await updater();
  u.removeAllListeners();
  u.checkForUpdates.mockImplementation(async () => null);
  u.setFeedURL.mockImplementation(() => {});
});

describe('updater', () => {
  it('is off in an unpackaged app', async () => {
    const opts = options({ isPackaged: false });
    await startUpdater(opts);
    expect((await updater()).setFeedURL).not.toHaveBeenCalled();
    expect(opts.logger.info).toHaveBeenCalledWith('updates off: not a packaged app');
  });

  it('is off when the settings have no update URL', async () => {
    await startUpdater(options({ updateUrl: '  ' }));
    expect((await updater()).setFeedURL).not.toHaveBeenCalled();
  });

  it('uses the generic provider, installs on quit, checks once at start', async () => {
    await startUpdater(options());
    const u = await updater();
    expect(u.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://registrator.example.uz/updates/' });
    expect(u.autoInstallOnAppQuit).toBe(true);
    expect(u.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it('swallows a failing check, a failing set-up and error events', async () => {
    const u = await updater();
    u.checkForUpdates.mockRejectedValue(new Error('offline'));
    const first = options();
    await expect(startUpdater(first)).resolves.toBeUndefined();
    expect(first.logger.warn).toHaveBeenCalledWith('update check failed', { error: 'Error: offline' });
    expect(() => u.emit('error', new Error('bad signature'))).not.toThrow();
    expect(first.logger.warn).toHaveBeenCalledWith('update failed', { error: 'bad signature' });

    u.setFeedURL.mockImplementation(() => {
      throw new Error('bad url');
    });
    const second = options();
    await expect(startUpdater(second)).resolves.toBeUndefined();
    expect(second.logger.warn).toHaveBeenCalledWith('updater not started', { error: 'bad url' });
  });

  it('asks before restarting and installs only when the operator agrees', async () => {
    await startUpdater(options());
    const u = await updater();
    const showMessageBox = vi.mocked(dialog.showMessageBox);

    showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    u.emit('update-downloaded', { version: '0.2.0' });
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledTimes(1));
    expect(showMessageBox.mock.calls[0]?.[0]).toMatchObject({ message: 'A new version (0.2.0) has been downloaded' });
    await new Promise((r) => setTimeout(r, 0));
    expect(u.quitAndInstall).not.toHaveBeenCalled();

    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    u.emit('update-downloaded', { version: '0.2.0' });
    await vi.waitFor(() => expect(u.quitAndInstall).toHaveBeenCalledTimes(1));
  });
});
