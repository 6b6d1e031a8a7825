// Closing the desktop window (or quitting) never loses work without asking: electron/main.ts run
// against the stand-in `electron` module, its window's close event fired as Electron fires it. Map
// edits not saved and Source pane text that does not load (in no map, so no save keeps it) both
// make the close wait for the renderer's questions; with neither, the window closes at once.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, CHANNELS, EVENTS, type WindowState } from '../../../core/host/contract.ts';
import { closeWouldLose } from '../../../electron/window/close-guard.ts';
import { recorded, type FakeBrowserWindow } from '../support/fake-electron.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

const APP = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };
let win: FakeBrowserWindow;

beforeAll(async () => {
  await import('../../../electron/main.ts');
  await recorded.started;
  const created = recorded.windows[0];
  if (!created) throw new Error('no window');
  win = created;
});

async function reported(state: Omit<WindowState, 'token' | 'name'>): Promise<void> {
  await recorded.ipc.get(CHANNELS.setWindowState)?.(APP, { token: null, name: 'clinic.yaml', ...state });
}

/** Fires the window's close as Electron does; true when a listener held it (preventDefault). */
function closeHeld(): boolean {
  const preventDefault = vi.fn();
  for (const listener of win.listeners.get('close') ?? []) listener({ preventDefault });
  return preventDefault.mock.calls.length > 0;
}

const closeCommandsSent = () =>
  win.webContents.sent.filter(
    ([channel, event]) => channel === EVENTS.menuCommand && (event as { command: string }).command === 'file:close',
  ).length;

describe('closing the window', () => {
  it('closes at once with nothing unsaved', async () => {
    await reported({ dirty: false, unapplied: false });
    const sent = closeCommandsSent();
    expect(closeHeld()).toBe(false);
    expect(closeCommandsSent()).toBe(sent);
    expect(win.title).toBe('clinic.yaml — Mapwright');
  });

  it("waits for the renderer's question while the Source pane holds text that does not load", async () => {
    await reported({ dirty: false, unapplied: true });
    const sent = closeCommandsSent();
    expect(closeHeld()).toBe(true);
    expect(closeCommandsSent()).toBe(sent + 1);
    // The title and macOS's edited dot say there is work a close would lose.
    expect(win.title).toBe('• clinic.yaml — Mapwright');
    expect(win.documentEdited).toBe(true);
  });

  it("waits for the renderer's question with unsaved map edits, as before", async () => {
    await reported({ dirty: true, unapplied: false });
    const sent = closeCommandsSent();
    expect(closeHeld()).toBe(true);
    expect(closeCommandsSent()).toBe(sent + 1);
  });

  it('closes without asking again once the renderer has asked (closeWindow)', async () => {
    await reported({ dirty: false, unapplied: true });
    await recorded.ipc.get(CHANNELS.closeWindow)?.(APP, undefined);
    expect(win.closed).toBe(1);
    expect(closeHeld()).toBe(false);
  });
});

describe('closeWouldLose', () => {
  it.each([
    [false, false, false],
    [true, false, true],
    [false, true, true],
    [true, true, true],
  ])('dirty %s, unapplied %s: %s', (dirty, unapplied, loses) => {
    expect(closeWouldLose({ token: null, name: 'm', dirty, unapplied })).toBe(loses);
  });
});
