import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../src-shared/contract/common';
import { AppError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n';
import { createBackend, type Backend } from '../backend/create-backend';
import { consoleLogger } from '../backend/logger';
import { PRODUCT_NAME } from '../backend/paths';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { shellLocale, shellTexts } from './texts';
import { startUpdater } from './updater';
import { createMainWindow } from './window';

export const APP_ID = 'uz.registrator.desktop';

/**
 * The desktop app and the CLI must open the same database: Electron's appData is %APPDATA%,
 * ~/Library/Application Support or $XDG_CONFIG_HOME (else ~/.config) — exactly what defaultDataDir() uses.
 */
export function desktopDataDir(appDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.REGISTRATOR_DATA_DIR || join(appDataDir, PRODUCT_NAME, 'data');
}

/** The built app: out/main/index.js beside out/preload/index.cjs and out/renderer/. */
const OUT_DIR = fileURLToPath(new URL('..', import.meta.url));

function showStartupError(err: unknown, locale: Locale, dataDir: string): void {
  const t = shellTexts(locale);
  const message =
    err instanceof AppError
      ? `${translate(locale, err.key, err.params)}\n\n${err.message}`
      : err instanceof Error
        ? err.message
        : String(err);
  dialog.showErrorBox(t('startFailed'), `${message}\n\n${t('dataFolder', { dir: dataDir })}`);
}

export function startApp(): void {
  const logger = consoleLogger;
  // package.json's name is lower-case; the folder, the window title and the lock use the product name.
  app.setName(PRODUCT_NAME);
  app.setPath('userData', join(app.getPath('appData'), PRODUCT_NAME));
  app.setAppUserModelId(APP_ID);
  // The lock lives in userData, so it is taken after userData is fixed; a second start only raises the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme();

  let backend: Backend | null = null;
  let mainWindow: BrowserWindow | null = null;
  let disposeIpc = () => {};

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Quit on every platform (macOS too): a window-less app would keep the data folder locked.
  app.on('window-all-closed', () => app.quit());
  // Closing the backend is async (jobs stop, the audit anchor is written): hold the quit until it is done.
  app.on('will-quit', (event) => {
    const open = backend;
    if (!open) return;
    event.preventDefault();
    backend = null;
    disposeIpc();
    open
      .close()
      .catch((err: unknown) => logger.error('closing the backend failed', { error: String(err) }))
      .finally(() => app.quit());
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  void app.whenReady().then(() => {
    const locale = shellLocale(app.getLocale());
    const t = shellTexts(locale);
    const dataDir = desktopDataDir(app.getPath('appData'));
    try {
      // Output validation is a development check (ARCHITECTURE §2.3); a packaged app has no NODE_ENV to say so.
      backend = createBackend({ dataDir, logger, validateOutput: !app.isPackaged });
    } catch (err) {
      // Too new a database, a network folder, a folder in use: say so and touch nothing.
      logger.error('start-up failed', { error: err instanceof Error ? err.message : String(err) });
      showStartupError(err, locale, dataDir);
      app.quit();
      return;
    }
    serveRenderer(join(OUT_DIR, 'renderer'));
    mainWindow = createMainWindow(join(OUT_DIR, 'preload', 'index.cjs'), !app.isPackaged);
    mainWindow.on('closed', () => (mainWindow = null));
    disposeIpc = registerIpc(backend, () => mainWindow, logger);
    const version = backend.services.appVersion;
    installMenu({ t, version, isPackaged: app.isPackaged, mainWindow: () => mainWindow });
    void startUpdater({
      isPackaged: app.isPackaged,
      updateUrl: backend.services.settings().updateUrl,
      logger,
      t,
      mainWindow: () => mainWindow,
    });
  });
}

startApp();
