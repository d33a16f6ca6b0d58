import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { EVENT_NAMES } from '../../src-shared/contract/jobs';
import type { Envelope } from '../../src-shared/errors';
import type { Backend } from '../backend/create-backend';
import type { Logger } from '../backend/logger';
import { isAppUrl } from './app-protocol';

const UNTRUSTED: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', key: 'error.forbidden', message: 'The request did not come from the app window' },
};

/**
 * Only the top frame of our own window, showing our own origin, may call the backend: a frame that navigated
 * elsewhere (or an iframe, a devtools extension page) must not inherit the office's session.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame) return false;
  if (event.sender.id !== win.webContents.id) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

/**
 * ONE handler for every channel: the contract, permissions and envelopes live in `dispatch`, so the IPC layer
 * adds only the sender check. It answers with an envelope and never throws — Electron would drop the error's
 * code and key on the way to the renderer.
 */
export function registerIpc(
  backend: Pick<Backend, 'dispatch' | 'events'>,
  mainWindow: () => BrowserWindow | null,
  logger: Logger,
): () => void {
  ipcMain.handle('rpc', async (event, channel: unknown, payload: unknown, token: unknown) => {
    if (!isTrustedSender(event, mainWindow())) {
      logger.warn('rpc refused: untrusted sender', { url: event.senderFrame?.url ?? null });
      return UNTRUSTED;
    }
    return backend.dispatch(String(channel), payload, typeof token === 'string' ? token : null);
  });
  const unsubscribe = EVENT_NAMES.map((name) =>
    backend.events.on(name, (payload) => {
      const win = mainWindow();
      if (win && !win.isDestroyed()) win.webContents.send('event', name, payload);
    }),
  );
  return () => {
    ipcMain.removeHandler('rpc');
    for (const off of unsubscribe) off();
  };
}
