// The Electron main process, kept thin: one window, the app:// protocol, the menu, dialogs and the
// IPC handlers. File logic lives in files/ (plain Node, shared with server/); the security settings below
// follow RELIABILITY.md §3 and are written as literals so a reader (and a scanner) sees them.
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN, EVENTS, type WindowState } from '../core/host/contract.ts';
import { FileService } from '../files/file-service.ts';
import { LiveShare } from '../server/live/share.ts';
import { acquireInstanceLock } from '../files/instance-lock.ts';
import { createHostHandlers } from './ipc/handlers.ts';
import { registerHostHandlers } from './ipc/register.ts';
import { installMenu } from './menu/install.ts';
import { menuTemplate } from './menu/template.ts';
import { fileForAppRequest, responseHeaders, windowTitle } from './window/app-protocol.ts';
import { closeWouldLose } from './window/close-guard.ts';
import { nativeDialogs } from './window/dialogs.ts';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let window: BrowserWindow | null = null;
let state: WindowState = { token: null, name: 'Mapwright', dirty: false, unapplied: false };
let closeConfirmed = false;
let lastFolder = app.getPath('documents');

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Mapwright',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    if (!closeWouldLose(state) || closeConfirmed) return;
    // The renderer asks (Save / Don't Save / Cancel, Discard the unloadable text?) and calls
    // closeWindow() when it may close.
    event.preventDefault();
    win.webContents.send(EVENTS.menuCommand, { command: 'file:close' });
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    // A crash loses nothing the draft did not keep: reloading runs startup, which offers the draft.
    if (details.reason !== 'clean-exit') win.webContents.reload();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function lockDown(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const root = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle('app', async (request) => {
    const file = fileForAppRequest(root, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: responseHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

async function refreshMenu(files: FileService): Promise<void> {
  const recent = await files.recentFiles();
  installMenu(Menu, menuTemplate(recent, process.platform), (event) =>
    window?.webContents.send(EVENTS.menuCommand, event),
  );
}

async function start(): Promise<void> {
  const dataFolder = app.getPath('userData');
  const lock = await acquireInstanceLock(dataFolder);
  if (!lock) return app.quit();
  app.on('will-quit', () => void lock.release());
  lockDown();
  const files = new FileService({
    dataFolder,
    defaultMap: path.join(app.getAppPath(), 'maps', 'ehealth-platform.yaml'),
    onExternalChange: (change) => window?.webContents.send(EVENTS.externalChange, change),
  });
  const control = {
    setState(next: WindowState) {
      state = next;
      window?.setTitle(windowTitle(next.name, closeWouldLose(next)));
      window?.setDocumentEdited(closeWouldLose(next));
      void refreshMenu(files);
    },
    close() {
      closeConfirmed = true;
      window?.close();
    },
  };
  const dialogs = nativeDialogs(
    () => window,
    () => lastFolder,
  );
  // A live session serves the same built editor as the window, and ends (writing its last changes) with the app.
  const live = new LiveShare({ editorDir: path.join(app.getAppPath(), 'dist', 'renderer') });
  const handlers = createHostHandlers(files, dialogs, control, live);
  registerHostHandlers(ipcMain, handlers);
  app.on('window-all-closed', () => void Promise.all([live.end(), files.close()]).then(() => app.quit()));
  await refreshMenu(files);
  const recent = await files.recentFiles();
  if (recent[0]) lastFolder = path.dirname(recent[0].path);
  window = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.enableSandbox();
  void app.whenReady().then(start);
}
