// The application menu as data, built by a pure function: the tests read it, and install.ts turns
// it into Electron menu items whose clicks send menu commands to the renderer.
import type { FileToken, MenuCommand, RecentFile } from '../../core/host/contract.ts';

export interface CommandItem {
  label: string;
  command: MenuCommand;
  accelerator?: string;
  /**
   * false: the shortcut is shown but the page handles the key itself (the same code serves the
   * browser build, and text fields keep their own undo, copy and delete).
   */
  registerAccelerator?: boolean;
  token?: FileToken;
  enabled?: boolean;
}
export interface Separator {
  separator: true;
}
export interface Submenu {
  label: string;
  submenu: MenuEntry[];
}
/** macOS' application menu (About, Hide, Quit) comes from Electron's role. */
export interface RoleItem {
  role: 'appMenu' | 'quit';
}
export type MenuEntry = CommandItem | Separator | Submenu | RoleItem;

const SEPARATOR: Separator = { separator: true };

function pageKey(label: string, command: MenuCommand, accelerator: string): CommandItem {
  return { label, command, accelerator, registerAccelerator: false };
}

export function menuTemplate(recent: readonly RecentFile[], platform: string): MenuEntry[] {
  const menus: MenuEntry[] = [fileMenu(recent, platform), editMenu(), viewMenu(), helpMenu()];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...menus] : menus;
}

function fileMenu(recent: readonly RecentFile[], platform: string): Submenu {
  const recentItems: MenuEntry[] =
    recent.length === 0
      ? [{ label: 'No Recent Maps', command: 'file:open-recent', enabled: false }]
      : recent.map((file) => ({ label: file.name, command: 'file:open-recent', token: file.token }));
  return {
    label: 'File',
    submenu: [
      { label: 'New Map', command: 'file:new', accelerator: 'CmdOrCtrl+N' },
      { label: 'Open…', command: 'file:open', accelerator: 'CmdOrCtrl+O' },
      { label: 'Open Recent', submenu: recentItems },
      SEPARATOR,
      { label: 'Save', command: 'file:save', accelerator: 'CmdOrCtrl+S' },
      { label: 'Save As…', command: 'file:save-as', accelerator: 'CmdOrCtrl+Shift+S' },
      SEPARATOR,
      { label: 'Import OWM…', command: 'file:import-owm' },
      {
        label: 'Export',
        submenu: [
          { label: 'Kubernetes…', command: 'file:export-k8s', accelerator: 'CmdOrCtrl+Shift+E' },
          { label: 'Compose…', command: 'file:export-compose' },
          { label: 'Migration Plan…', command: 'file:export-plan' },
          { label: 'OnlineWardleyMaps Text…', command: 'file:export-owm' },
          { label: 'Picture (SVG, PNG)…', command: 'file:export-svg' },
        ],
      },
      SEPARATOR,
      { label: 'Share live session…', command: 'file:share-live' },
      SEPARATOR,
      { label: 'Close', command: 'file:close', accelerator: 'CmdOrCtrl+W' },
      ...(platform === 'darwin' ? [] : [{ role: 'quit' } satisfies RoleItem]),
    ],
  };
}

function editMenu(): Submenu {
  return {
    label: 'Edit',
    submenu: [
      pageKey('Undo', 'edit:undo', 'CmdOrCtrl+Z'),
      pageKey('Redo', 'edit:redo', 'CmdOrCtrl+Shift+Z'),
      SEPARATOR,
      pageKey('Cut', 'edit:cut', 'CmdOrCtrl+X'),
      pageKey('Copy', 'edit:copy', 'CmdOrCtrl+C'),
      pageKey('Paste', 'edit:paste', 'CmdOrCtrl+V'),
      pageKey('Delete', 'edit:delete', 'Delete'),
      SEPARATOR,
      pageKey('Select All', 'edit:select-all', 'CmdOrCtrl+A'),
    ],
  };
}

function viewMenu(): Submenu {
  return {
    label: 'View',
    submenu: [
      pageKey('Zoom to Fit', 'view:zoom-to-fit', 'Shift+1'),
      SEPARATOR,
      pageKey('Presentation Mode', 'view:presentation', 'F5'),
      { label: 'Plan View', command: 'view:plan', accelerator: 'CmdOrCtrl+Shift+P' },
      { label: 'Toggle Panels', command: 'view:toggle-panels', accelerator: 'CmdOrCtrl+\\' },
      SEPARATOR,
      pageKey('Keyboard Shortcuts', 'view:shortcuts', '?'),
    ],
  };
}

function helpMenu(): Submenu {
  return { label: 'Help', submenu: [{ label: 'About Mapwright', command: 'help:about' }] };
}

/** Every command item in the menu, depth first. */
export function commandItems(entries: readonly MenuEntry[]): CommandItem[] {
  return entries.flatMap((e) => ('command' in e ? [e] : 'submenu' in e ? commandItems(e.submenu) : []));
}
