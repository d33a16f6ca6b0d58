import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { PRODUCT_NAME } from '../backend/paths';
import { APP_URL, isAppUrl } from './app-protocol';

/**
 * The renderer is a web page that shows data typed in from outside (names, imported files): it gets no Node,
 * runs in Chromium's sandbox and its own JS world, and reaches the backend only through the preload's bridge.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/** Only https leaves the app, and only in the system browser; anything else (file:, smb:, javascript:) is dropped. */
export function openIfHttps(url: string): void {
  try {
    if (new URL(url).protocol === 'https:') void shell.openExternal(url);
  } catch {
    // not a URL: nothing to open
  }
}

/**
 * The hall display (`#/hall`, the queue's board) is the one page the app opens in a window of its own: the
 * counter drags it to the TV in the hall and makes it full screen.
 */
export function isHallDisplay(url: string): boolean {
  return isAppUrl(url) && new URL(url).hash === '#/hall';
}

/**
 * The window stays on our origin: no pop-ups (but the hall display, given the same locked-down preferences and
 * the preload, when `preloadPath` is known), no navigation away, no embedded webviews.
 */
export function lockDownContents(contents: WebContents, preloadPath?: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (preloadPath && isHallDisplay(url))
      return {
        action: 'allow',
        overrideBrowserWindowOptions: {
          title: PRODUCT_NAME,
          width: 1280,
          height: 720,
          autoHideMenuBar: true,
          // The hall's call chime plays without a click on the TV (the operator switches it on once).
          webPreferences: {
            ...SECURE_WEB_PREFERENCES,
            preload: preloadPath,
            devTools: false,
            autoplayPolicy: 'no-user-gesture-required',
          },
        },
      };
    openIfHttps(url);
    return { action: 'deny' };
  });
  // The hall's own window opens nothing further.
  contents.on('did-create-window', (child: BrowserWindow) => lockDownContents(child.webContents));
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openIfHttps(url);
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Deny every permission (camera, geolocation, notifications, HID …) except writing plain text to the clipboard
 * from our own pages, which the "copy" buttons (PINFL, document numbers) need.
 */
export function denyPermissions(session: Session): void {
  const allowed = (permission: string, origin: string) =>
    permission === 'clipboard-sanitized-write' && isAppUrl(origin);
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(allowed(permission, contents.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
}

/** `devTools` is false in a packaged app: in the office they would let anyone read the session token. */
export function createMainWindow(preloadPath: string, devTools: boolean): BrowserWindow {
  const win = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown once painted, so the office never sees a white flash at start-up.
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath, devTools },
  });
  lockDownContents(win.webContents, preloadPath);
  denyPermissions(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}
