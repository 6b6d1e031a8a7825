// A stand-in for the `electron` module (vi.mock), so electron/main.ts and electron/preload.ts run
// in plain Node and the tests can look at what they really build and register: the window's
// options, the IPC handlers, the app:// protocol handler, the session's permission handlers, the
// listeners on every web contents, and what the preload exposes. Requiring the real package would
// start its binary download.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export class FakeContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: Listener | undefined;
  sent: unknown[][] = [];
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  reload(): void {}
}

export class FakeBrowserWindow {
  readonly webContents = new FakeContents();
  readonly listeners = new Map<string, Listener[]>();
  url = '';
  title = '';
  documentEdited = false;
  closed = 0;
  constructor(readonly options: Record<string, unknown>) {
    recorded.windows.push(this);
  }
  once(): this {
    return this;
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
  }
  show(): void {}
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  close(): void {
    this.closed += 1;
  }
}

const dataRoot = mkdtempSync(join(tmpdir(), 'mapwright-fake-electron-'));

export const recorded = {
  windows: [] as FakeBrowserWindow[],
  ipc: new Map<string, Listener>(),
  protocols: new Map<string, (request: Request) => Promise<Response>>(),
  privilegedSchemes: [] as unknown[],
  appListeners: new Map<string, Listener[]>(),
  permissionRequest: undefined as Listener | undefined,
  permissionCheck: undefined as Listener | undefined,
  sandboxEnabled: false,
  started: undefined as Promise<unknown> | undefined,
  exposed: [] as [string, unknown][],
  invoked: [] as unknown[][],
  rendererListeners: [] as string[],
};

export const app = {
  getPath: (name: string) => join(dataRoot, name),
  getAppPath: () => resolve(import.meta.dirname, '../../..'),
  on(event: string, listener: Listener) {
    recorded.appListeners.set(event, [...(recorded.appListeners.get(event) ?? []), listener]);
    return app;
  },
  quit: () => undefined,
  requestSingleInstanceLock: () => true,
  enableSandbox: () => {
    recorded.sandboxEnabled = true;
  },
  whenReady: () => ({
    then(start: () => Promise<unknown>) {
      recorded.started = Promise.resolve().then(start);
      return recorded.started;
    },
  }),
};

export const ipcMain = { handle: (channel: string, listener: Listener) => recorded.ipc.set(channel, listener) };
export const Menu = { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined };
export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.protocols.set(scheme, handler),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => (recorded.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (recorded.permissionCheck = handler),
  },
};
export const dialog = {};
export const BrowserWindow = FakeBrowserWindow;
export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.push([key, api]),
};
export const ipcRenderer = {
  invoke: async (...args: unknown[]) => recorded.invoked.push(args),
  on: (channel: string) => recorded.rendererListeners.push(channel),
  removeListener: () => undefined,
};
