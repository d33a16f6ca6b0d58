import { dialog, type BrowserWindow } from 'electron';
import type { Logger } from '../backend/logger';
import type { Texts } from './texts';

export interface UpdaterOptions {
  isPackaged: boolean;
  /** From the backend's settings (`updateUrl`), read at start-up; empty turns updates off. */
  updateUrl: string;
  logger: Logger;
  t: Texts;
  mainWindow: () => BrowserWindow | null;
}

/** An office PC runs all day; one check at start and then a few a day is plenty. */
const CHECK_EVERY_MS = 4 * 60 * 60 * 1000;

/**
 * electron-updater against the central server's generic feed. An update must never break the running app:
 * every failure (offline, bad feed, signature mismatch) is logged and forgotten, and the app restarts only when
 * the operator says so — otherwise the update installs when the app is closed.
 */
export async function startUpdater(options: UpdaterOptions): Promise<void> {
  const { logger } = options;
  const url = options.updateUrl.trim();
  if (!options.isPackaged || url === '') {
    logger.info(options.isPackaged ? 'updates off: no update URL in settings' : 'updates off: not a packaged app');
    return;
  }
  try {
    // Loaded only here: electron-updater reads the packaged app's files as soon as it is imported.
    // It is CommonJS with a getter export, so the default import is the reliable way from an ES module.
    const { autoUpdater } = (await import('electron-updater')).default;
    autoUpdater.setFeedURL({ provider: 'generic', url });
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.logger = logger;
    autoUpdater.on('error', (err: Error) => logger.warn('update failed', { error: err.message }));
    autoUpdater.on('update-downloaded', (info: { version: string }) => {
      void askToRestart(info.version, options).then(
        (restart) => restart && autoUpdater.quitAndInstall(),
        (err: unknown) => logger.warn('update prompt failed', { error: String(err) }),
      );
    });
    const check = () =>
      autoUpdater.checkForUpdates().catch((err: unknown) => logger.warn('update check failed', { error: String(err) }));
    setInterval(() => void check(), CHECK_EVERY_MS).unref();
    await check();
  } catch (err) {
    logger.warn('updater not started', { error: err instanceof Error ? err.message : String(err) });
  }
}

async function askToRestart(version: string, { t, mainWindow }: UpdaterOptions): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: [t('restartNow'), t('later')],
    defaultId: 0,
    cancelId: 1,
    message: t('updateReady', { version }),
    detail: t('updateDetail'),
  };
  const win = mainWindow();
  const { response } = await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  return response === 0;
}
