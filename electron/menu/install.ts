// Turns the menu data into Electron's menu; a click sends the item's command to the renderer.
import type { Menu as MenuClass, MenuItemConstructorOptions } from 'electron';
import type { MenuEvent } from '../../core/host/contract.ts';
import type { MenuEntry } from './template.ts';

export function electronMenuItems(
  entries: readonly MenuEntry[],
  send: (event: MenuEvent) => void,
): MenuItemConstructorOptions[] {
  return entries.map((entry): MenuItemConstructorOptions => {
    if ('separator' in entry) return { type: 'separator' };
    if ('role' in entry) return { role: entry.role };
    if ('submenu' in entry) return { label: entry.label, submenu: electronMenuItems(entry.submenu, send) };
    const event: MenuEvent =
      entry.token === undefined ? { command: entry.command } : { command: entry.command, token: entry.token };
    const item: MenuItemConstructorOptions = { label: entry.label, click: () => send(event) };
    if (entry.accelerator !== undefined) item.accelerator = entry.accelerator;
    if (entry.registerAccelerator === false) item.registerAccelerator = false;
    if (entry.enabled === false) item.enabled = false;
    return item;
  });
}

export function installMenu(
  Menu: typeof MenuClass,
  entries: readonly MenuEntry[],
  send: (event: MenuEvent) => void,
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(electronMenuItems(entries, send)));
}
