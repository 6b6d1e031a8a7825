// The window and the file on disk: a clean map follows the disk, a dirty one asks; a refused save
// offers "overwrite with mine"; File → New asks before dropping unsaved work.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileText, parseMap } from '../../core/format/parse.ts';
import type { ExternalChange, MapwrightHost, OpenResult, SaveResult, UnsavedChoice } from '../../core/host/contract.ts';
import { useFileBanner } from '../../renderer/files/file-banner.ts';
import { attachExternalChanges, keepMine, newMap, reloadFromDisk } from '../../renderer/files/file-events.ts';
import { redo, setSourcing, undo } from '../../renderer/store/edits.ts';
import { saveCurrent, useHost } from '../../renderer/store/files.ts';
import { holdTyping } from '../../renderer/store/pending-typing.ts';
import { loaded } from '../../renderer/store/history.ts';
import { initialState, isDirty, useMapStore } from '../../renderer/store/store.ts';

const TEXT = readFileSync('maps/conference.yaml', 'utf8');
const NEWER = TEXT.replace('title: Conference solution', 'title: Conference solution 2027');
// Saved half-way by another editor (or a merge conflict): the file no longer loads as a map.
const BROKEN = TEXT.replace('kind: component', 'kind: robot');
const brokenLine = BROKEN.split('\n').findIndex((l) => l.includes('kind: robot')) + 1;

interface FakeHost {
  host: MapwrightHost;
  emit(change: ExternalChange): void;
  saves: { text: string; overwriteNewer: boolean }[];
  answer: UnsavedChoice;
  conflictOnce: boolean;
  /** What "reload from disk" reads. */
  disk: string;
}

function fakeHost(): FakeHost {
  let listener: ((c: ExternalChange) => void) | undefined;
  const fake: FakeHost = {
    emit: (c) => listener?.(c),
    saves: [],
    answer: 'cancel',
    conflictOnce: false,
    disk: NEWER,
    host: {} as MapwrightHost,
  };
  fake.host = {
    onExternalChange: (l: (c: ExternalChange) => void) => {
      listener = l;
      return () => (listener = undefined);
    },
    reload: async (token: string): Promise<OpenResult> => ({
      ok: true,
      file: { token, name: 'conference.yaml', text: fake.disk },
    }),
    save: async (token: string, text: string, options?: { overwriteNewer?: boolean }): Promise<SaveResult> => {
      if (fake.conflictOnce && !options?.overwriteNewer) {
        return { ok: false, reason: 'conflict', message: 'conference.yaml changed on disk since it was opened' };
      }
      fake.saves.push({ text, overwriteNewer: options?.overwriteNewer === true });
      return { ok: true, file: { token, name: 'conference.yaml' } };
    },
    confirmUnsaved: vi.fn(async () => fake.answer),
    discardDraft: async () => undefined,
  } as unknown as MapwrightHost;
  return fake;
}

let fake: FakeHost;
const state = () => useMapStore.getState();
const title = () => state().doc.current?.map.title;
const sourcing = () => state().doc.current?.map.nodes['schedule-management']?.sourcing;

beforeEach(() => {
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('conference map does not parse');
  useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'conference.yaml', 'tok') });
  useFileBanner.setState({ banner: null });
  fake = fakeHost();
  useHost(fake.host);
  attachExternalChanges(fake.host);
});

describe('changes on disk', () => {
  it('reloads a clean map silently and says so', async () => {
    fake.emit({ kind: 'reload', file: { token: 'tok', name: 'conference.yaml', text: NEWER } });
    // Read in the map worker (here, where no worker runs, in a later task).
    await vi.waitFor(() => expect(title()).toBe('Conference solution 2027'));
    expect(useFileBanner.getState().banner).toBeNull();
    expect(state().ui.status).toMatch(/changed on disk/);
  });

  it('never replaces unsaved work: it asks, and "reload from disk" then takes the disk version', async () => {
    setSourcing('schedule-management', 'buy');
    fake.emit({ kind: 'reload', file: { token: 'tok', name: 'conference.yaml', text: NEWER } });
    expect(title()).toBe('Conference solution');
    expect(state().doc.current?.map.nodes['schedule-management']?.sourcing).toBe('buy');
    expect(useFileBanner.getState().banner?.kind).toBe('changed');
    await reloadFromDisk();
    expect(title()).toBe('Conference solution 2027');
    expect(useFileBanner.getState().banner).toBeNull();
  });

  it('keeps the map "reload from disk" replaced one undo away, unsaved edits and all; redo is the disk version', async () => {
    setSourcing('schedule-management', 'buy');
    fake.emit({ kind: 'changed', token: 'tok', name: 'conference.yaml' });
    await reloadFromDisk();
    expect(title()).toBe('Conference solution 2027');
    expect(isDirty(state())).toBe(false);
    undo();
    expect(title()).toBe('Conference solution');
    expect(sourcing()).toBe('buy');
    expect(isDirty(state())).toBe(true);
    redo();
    expect(title()).toBe('Conference solution 2027');
    expect(sourcing()).not.toBe('buy');
    expect(isDirty(state())).toBe(false);
    // The history before the reload stays behind it: the map as opened.
    undo();
    undo();
    expect(title()).toBe('Conference solution');
    expect(sourcing()).not.toBe('buy');
    expect(isDirty(state())).toBe(true);
  });

  it('saves, after undoing a reload, the map on screen; a newer change on disk still makes the save ask', async () => {
    setSourcing('schedule-management', 'buy');
    fake.emit({ kind: 'changed', token: 'tok', name: 'conference.yaml' });
    await reloadFromDisk();
    undo();
    const shown = fileText(state().doc.current!);
    fake.conflictOnce = true;
    expect(await saveCurrent()).toBe(false);
    expect(useFileBanner.getState().banner).toMatchObject({ kind: 'conflict' });
    expect(fake.saves).toEqual([]);
    fake.conflictOnce = false;
    expect(await saveCurrent()).toBe(true);
    expect(fake.saves).toEqual([{ text: shown, overwriteNewer: false }]);
    const saved = parseMap(shown);
    expect(saved.ok && saved.map.title).toBe('Conference solution');
    expect(saved.ok && saved.map.nodes['schedule-management']?.sourcing).toBe('buy');
    expect(isDirty(state())).toBe(false);
  });

  it('undo after a clean map followed the disk brings back the map as it was, as unsaved work', async () => {
    const before = state().doc.current;
    fake.emit({ kind: 'reload', file: { token: 'tok', name: 'conference.yaml', text: NEWER } });
    await vi.waitFor(() => expect(title()).toBe('Conference solution 2027'));
    expect(isDirty(state())).toBe(false);
    undo();
    expect(state().doc.current).toBe(before);
    expect(isDirty(state())).toBe(true);
    redo();
    expect(title()).toBe('Conference solution 2027');
    expect(isDirty(state())).toBe(false);
  });

  it('"reload from disk" of a file that does not load keeps the unsaved map and its history, and says why', async () => {
    setSourcing('schedule-management', 'buy');
    fake.emit({ kind: 'changed', token: 'tok', name: 'conference.yaml' });
    fake.disk = BROKEN;
    await reloadFromDisk();
    expect(state().doc.loadErrors).toBeNull();
    expect(sourcing()).toBe('buy');
    expect(isDirty(state())).toBe(true);
    expect(useFileBanner.getState().banner?.kind).toBe('changed');
    expect(useFileBanner.getState().banner?.message).toContain(`does not load as a map (line ${brokenLine}:`);
    expect(state().ui.status).toMatch(/^Not reloaded: conference.yaml does not load as a map/);
    undo();
    expect(sourcing()).not.toBe('buy');
    // Fixed on disk: now it reloads, and the unsaved map is one undo away.
    redo();
    fake.disk = NEWER;
    await reloadFromDisk();
    expect(title()).toBe('Conference solution 2027');
    undo();
    expect(sourcing()).toBe('buy');
  });

  it('a clean map never follows the disk to a file that does not load: it stays, the banner says why, and it follows once the file loads', async () => {
    const before = state().doc.current;
    fake.emit({ kind: 'reload', file: { token: 'tok', name: 'conference.yaml', text: BROKEN } });
    await vi.waitFor(() => expect(useFileBanner.getState().banner?.kind).toBe('changed'));
    expect(useFileBanner.getState().banner?.message).toContain(`line ${brokenLine}:`);
    expect(state().doc.current).toBe(before);
    expect(state().doc.loadErrors).toBeNull();
    expect(state().doc.token).toBe('tok');
    // Fixed on disk: the map follows it again, and the map kept is one undo away.
    fake.emit({ kind: 'reload', file: { token: 'tok', name: 'conference.yaml', text: NEWER } });
    await vi.waitFor(() => expect(title()).toBe('Conference solution 2027'));
    expect(useFileBanner.getState().banner).toBeNull();
    undo();
    expect(state().doc.current).toBe(before);
  });

  it('keeps an edit made while the changed file is read, and asks instead of replacing it', async () => {
    fake.emit({ kind: 'reload', file: { token: 'tok', name: 'conference.yaml', text: NEWER } });
    setSourcing('schedule-management', 'buy');
    await vi.waitFor(() => expect(useFileBanner.getState().banner?.kind).toBe('changed'));
    expect(title()).toBe('Conference solution');
    expect(state().doc.current?.map.nodes['schedule-management']?.sourcing).toBe('buy');
    await reloadFromDisk();
    expect(title()).toBe('Conference solution 2027');
    expect(useFileBanner.getState().banner).toBeNull();
  });

  it('ignores changes to a file that is no longer open', () => {
    fake.emit({ kind: 'changed', token: 'other', name: 'other.yaml' });
    fake.emit({ kind: 'reload', file: { token: 'other', name: 'other.yaml', text: NEWER } });
    expect(title()).toBe('Conference solution');
    expect(useFileBanner.getState().banner).toBeNull();
  });

  it('tells the user when the file was deleted, keeping the map on screen', () => {
    fake.emit({ kind: 'deleted', token: 'tok', name: 'conference.yaml' });
    expect(useFileBanner.getState().banner).toMatchObject({ kind: 'deleted' });
    expect(title()).toBe('Conference solution');
  });
});

describe('a save refused because the file on disk is newer', () => {
  it('keeps the map dirty, shows the conflict, and overwrites only when asked', async () => {
    fake.conflictOnce = true;
    setSourcing('schedule-management', 'buy');
    expect(await saveCurrent()).toBe(false);
    expect(isDirty(state())).toBe(true);
    expect(fake.saves).toEqual([]);
    expect(useFileBanner.getState().banner).toMatchObject({ kind: 'conflict' });
    const mine = fileText(state().doc.current!);
    await keepMine();
    expect(fake.saves).toEqual([{ text: mine, overwriteNewer: true }]);
    expect(isDirty(state())).toBe(false);
    expect(useFileBanner.getState().banner).toBeNull();
  });
});

describe('File → New', () => {
  it('starts an empty untitled map when nothing is unsaved', async () => {
    await newMap();
    expect(state().doc.fileName).toBe('untitled.yaml');
    expect(state().doc.token).toBeNull();
    expect(Object.keys(state().doc.current?.map.nodes ?? {})).toEqual([]);
    expect(fake.host.confirmUnsaved).not.toHaveBeenCalled();
  });

  it('asks first when the map has unsaved changes, and cancel keeps it', async () => {
    setSourcing('schedule-management', 'buy');
    fake.answer = 'cancel';
    await newMap();
    expect(fake.host.confirmUnsaved).toHaveBeenCalledWith('conference.yaml');
    expect(state().doc.current?.map.nodes['schedule-management']?.sourcing).toBe('buy');
    fake.answer = 'discard';
    await newMap();
    expect(state().doc.fileName).toBe('untitled.yaml');
  });
});

// The source pane holds typing the map does not have yet (a large paste being read in the map
// worker): it becomes the map before a save or the question about unsaved work.
describe('typing held by the source pane', () => {
  const held = () =>
    holdTyping(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      setSourcing('schedule-management', 'buy');
    });

  it('is saved: Save waits for it', async () => {
    const release = held();
    try {
      expect(await saveCurrent()).toBe(true);
    } finally {
      release();
    }
    expect(state().doc.current?.map.nodes['schedule-management']?.sourcing).toBe('buy');
    expect(fake.saves).toEqual([{ text: fileText(state().doc.current!), overwriteNewer: false }]);
    expect(isDirty(state())).toBe(false);
  });

  it('is unsaved work: File → New asks about it', async () => {
    const release = held();
    fake.answer = 'cancel';
    try {
      await newMap();
    } finally {
      release();
    }
    expect(fake.host.confirmUnsaved).toHaveBeenCalledWith('conference.yaml');
    expect(state().doc.current?.map.nodes['schedule-management']?.sourcing).toBe('buy');
  });
});
