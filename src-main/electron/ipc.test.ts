import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES } from '../../src-shared/contract/jobs';
import { silentLogger } from '../backend/logger';
import { BackendEvents } from '../backend/events';
import { FakeBrowserWindow } from './fake-electron';
import { registerIpc } from './ipc';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

type RpcHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const win = new FakeBrowserWindow({});
  win.webContents.url = 'app://registrator/students';
  const events = new BackendEvents();
  const dispatch = vi.fn(async () => ({ ok: true as const, data: { answer: 42 } }));
  const dispose = registerIpc({ dispatch, events }, () => win as unknown as BrowserWindow, silentLogger);
  const [channel, handler] = vi.mocked(ipcMain.handle).mock.calls[0] as [string, RpcHandler];
  const call = (sender: { id: number }, frame: { url: string; parent: unknown } | null, ...args: unknown[]) =>
    handler({ sender, senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
  return { win, events, dispatch, dispose, channel, call };
}

beforeEach(() => vi.clearAllMocks());

describe('rpc handler', () => {
  it('registers ONE handler, named rpc', () => {
    const { channel } = setup();
    expect(channel).toBe('rpc');
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  });

  it('dispatches for the top frame of our window on our origin', async () => {
    const { win, dispatch, call } = setup();
    const result = await call(
      win.webContents,
      { url: 'app://registrator/students', parent: null },
      'x.y',
      { a: 1 },
      't',
    );
    expect(dispatch).toHaveBeenCalledWith('x.y', { a: 1 }, 't');
    expect(result).toEqual({ ok: true, data: { answer: 42 } });
  });

  it('passes a non-string token as no session', async () => {
    const { win, dispatch, call } = setup();
    await call(win.webContents, { url: 'app://registrator/', parent: null }, 'system.health', {}, { evil: true });
    expect(dispatch).toHaveBeenCalledWith('system.health', {}, null);
  });

  it.each([
    ['another webContents', 'other', { url: 'app://registrator/', parent: null }],
    ['a foreign origin in our window', 'ours', { url: 'https://evil.example/', parent: null }],
    ['a file: page in our window', 'ours', { url: 'file:///tmp/x.html', parent: null }],
    ['an iframe inside our page', 'ours', { url: 'app://registrator/', parent: {} }],
    ['a frame that is already gone', 'ours', null],
  ])('refuses %s with a FORBIDDEN envelope, never a throw', async (_name, who, frame) => {
    const { win, dispatch, call } = setup();
    const sender = who === 'ours' ? win.webContents : { id: 99_999 };
    const result = await call(sender, frame, 'auth.me', {}, 'token');
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'error.forbidden' } });
  });

  it('refuses everyone once the window is destroyed', async () => {
    const { win, dispatch, call } = setup();
    win.destroyed = true;
    await call(win.webContents, { url: 'app://registrator/', parent: null }, 'auth.me', {}, 'token');
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('backend events', () => {
  it('forwards every event name to the window until disposed', () => {
    const { win, events, dispose } = setup();
    for (const name of EVENT_NAMES) events.emit(name, { name });
    expect(win.webContents.send.mock.calls).toEqual(EVENT_NAMES.map((name) => ['event', name, { name }]));
    dispose();
    events.emit('jobs.progress', {});
    expect(win.webContents.send).toHaveBeenCalledTimes(EVENT_NAMES.length);
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('rpc');
  });

  it('does not send to a destroyed window', () => {
    const { win, events } = setup();
    win.destroyed = true;
    events.emit('session.expired', {});
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});
