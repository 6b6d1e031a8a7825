import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuEvent, type RecentFile } from '../../../core/host/contract.ts';
import { electronMenuItems } from '../../../electron/menu/install.ts';
import { commandItems, menuTemplate, type MenuEntry } from '../../../electron/menu/template.ts';

const RECENT: RecentFile[] = [
  { token: 'tok-ehealth-000001', name: 'ehealth-platform.yaml', path: '/maps/ehealth-platform.yaml' },
  { token: 'tok-clinic-0000002', name: 'clinic.yaml', path: '/maps/clinic.yaml' },
];

function labels(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((e) => ('label' in e ? [e.label] : []));
}

describe.each(['linux', 'win32', 'darwin'])('the menu on %s', (platform) => {
  const template = menuTemplate(RECENT, platform);
  const items = commandItems(template);

  it('has File, Edit, View and Help', () => {
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('offers every command of the contract, and only those', () => {
    const used = new Set(items.map((i) => i.command));
    expect([...used].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has unique accelerators', () => {
    const accelerators = items.flatMap((i) => (i.accelerator ? [i.accelerator.toLowerCase()] : []));
    expect(accelerators.length).toBeGreaterThan(10);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('leaves the keys text fields need to the page', () => {
    for (const command of ['edit:undo', 'edit:copy', 'edit:paste', 'edit:delete', 'edit:select-all']) {
      expect(items.find((i) => i.command === command)?.registerAccelerator).toBe(false);
    }
  });
});

describe('Open Recent', () => {
  it('lists recent maps by name, each sending its token', () => {
    const recent = commandItems(menuTemplate(RECENT, 'linux')).filter((i) => i.command === 'file:open-recent');
    expect(recent.map((i) => [i.label, i.token])).toEqual([
      ['ehealth-platform.yaml', 'tok-ehealth-000001'],
      ['clinic.yaml', 'tok-clinic-0000002'],
    ]);
  });

  it('shows a disabled placeholder when there are none', () => {
    const recent = commandItems(menuTemplate([], 'linux')).filter((i) => i.command === 'file:open-recent');
    expect(recent).toEqual([{ label: 'No Recent Maps', command: 'file:open-recent', enabled: false }]);
  });
});

describe('the Electron menu items', () => {
  it('send the command (and token) of the clicked item to the renderer', () => {
    const sent: MenuEvent[] = [];
    const built = electronMenuItems(menuTemplate(RECENT, 'linux'), (e) => sent.push(e));
    const file = built[0]?.submenu;
    if (!Array.isArray(file)) throw new Error('File has no submenu');
    const save = file.find((i) => i.label === 'Save');
    const recent = file.find((i) => i.label === 'Open Recent')?.submenu;
    if (!Array.isArray(recent)) throw new Error('Open Recent has no submenu');
    const click = (item: unknown) => (item as { click: () => void }).click();
    click(save);
    click(recent[1]);
    expect(sent).toEqual([{ command: 'file:save' }, { command: 'file:open-recent', token: 'tok-clinic-0000002' }]);
    expect(save?.accelerator).toBe('CmdOrCtrl+S');
  });
});
