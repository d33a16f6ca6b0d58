/**
 * A stand-in for the `electron` module in unit tests (`vi.mock('electron', …)`): the real module, imported under
 * plain Node, would try to download the Electron binary. Only what the shell uses is faked.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type WindowOpenHandler = (details: { url: string }) => {
  action: 'deny' | 'allow';
  overrideBrowserWindowOptions?: unknown;
};

export class FakeSession {
  requestHandler:
    ((contents: unknown, permission: string, cb: (ok: boolean) => void, details: unknown) => void) | null = null;
  checkHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  setPermissionRequestHandler = vi.fn((h: FakeSession['requestHandler']) => void (this.requestHandler = h));
  setPermissionCheckHandler = vi.fn((h: FakeSession['checkHandler']) => void (this.checkHandler = h));
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  url = '';
  session = new FakeSession();
  windowOpenHandler: WindowOpenHandler | null = null;
  mainFrame = { url: '', parent: null };
  setWindowOpenHandler = vi.fn((h: WindowOpenHandler) => void (this.windowOpenHandler = h));
  getURL = () => this.url;
  send = vi.fn();
  print = vi.fn();
  printToPDF = vi.fn(async () => Buffer.from('%PDF'));
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  loadURL = vi.fn(async (url: string) => void (this.webContents.url = url));
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => void (this.minimized = false));
  destroy = vi.fn(() => void (this.destroyed = true));
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export function createFakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setName: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    getLocale: vi.fn(() => 'en-US'),
    setAppUserModelId: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    shell: { openExternal: vi.fn(async () => {}) },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    ipcRenderer: { on: vi.fn(), invoke: vi.fn(async () => ({ ok: true, data: null })) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
  };
}
