// The desktop window's close (the menu's Close, or the window's own close sent as `file:close`)
// asks about Source pane text that does not load before it closes, as it asks about unsaved map
// edits: that text is in no map, so a save cannot keep it; the choices are keep editing or discard.
// And the renderer tells the host while it holds such text, so the host's close waits for it.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import type { MapwrightHost, MenuEvent } from '../../../core/host/contract.ts';
import { attachMenuCommands } from '../../../renderer/host/menu-commands.ts';
import { useHost } from '../../../renderer/store/files.ts';
import { loaded } from '../../../renderer/store/history.ts';
import {
  DISCARD_UNAPPLIED,
  holdUnapplied,
  noteUnapplied,
  useUnappliedText,
} from '../../../renderer/store/pending-typing.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';

const TEXT = readFileSync('maps/conference.yaml', 'utf8');

function openMap(): void {
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('conference map does not parse');
  useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'conference.yaml', 'tok-1') });
}

function desktopHost() {
  let command: ((event: MenuEvent) => void) | undefined;
  const host = {
    kind: 'electron',
    onMenuCommand: (listener: (event: MenuEvent) => void) => {
      command = listener;
      return () => undefined;
    },
    confirmUnsaved: vi.fn(async () => 'discard' as const),
    closeWindow: vi.fn(async () => undefined),
  } as unknown as MapwrightHost & { confirmUnsaved: ReturnType<typeof vi.fn>; closeWindow: ReturnType<typeof vi.fn> };
  return { host, close: () => command?.({ command: 'file:close' }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let confirm: ReturnType<typeof vi.fn>;
let release: () => void = () => undefined;

beforeEach(() => {
  openMap();
  confirm = vi.fn(() => false);
  vi.stubGlobal('window', { confirm });
});

afterEach(() => {
  release();
  vi.unstubAllGlobals();
});

describe('closing the desktop window with Source pane text that does not load', () => {
  it('asks to discard the text; "keep editing" leaves the window open', async () => {
    release = holdUnapplied(() => true);
    const { host, close } = desktopHost();
    useHost(host);
    const detach = attachMenuCommands(host);
    close();
    await settle();
    expect(confirm).toHaveBeenCalledWith(DISCARD_UNAPPLIED);
    expect(host.closeWindow).not.toHaveBeenCalled();
    detach();
  });

  it('closes once the user says discard', async () => {
    release = holdUnapplied(() => true);
    confirm.mockReturnValue(true);
    const { host, close } = desktopHost();
    useHost(host);
    attachMenuCommands(host);
    close();
    await settle();
    expect(confirm).toHaveBeenCalledWith(DISCARD_UNAPPLIED);
    expect(host.closeWindow).toHaveBeenCalledOnce();
  });

  it('asks nothing and closes when there is no such text and no unsaved edit', async () => {
    const { host, close } = desktopHost();
    useHost(host);
    attachMenuCommands(host);
    close();
    await settle();
    expect(confirm).not.toHaveBeenCalled();
    expect(host.confirmUnsaved).not.toHaveBeenCalled();
    expect(host.closeWindow).toHaveBeenCalledOnce();
  });
});

describe('what the window reports', () => {
  it('holds "unapplied" while a holder has text not in the map, and drops it on release', () => {
    let holds = true;
    release = holdUnapplied(() => holds);
    noteUnapplied();
    expect(useUnappliedText.getState().held).toBe(true);
    holds = false;
    noteUnapplied();
    expect(useUnappliedText.getState().held).toBe(false);
    holds = true;
    noteUnapplied();
    release();
    expect(useUnappliedText.getState().held).toBe(false);
  });
});
