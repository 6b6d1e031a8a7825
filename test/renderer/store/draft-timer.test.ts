// Autosave: the draft of unsaved work is written one second after the LAST edit (VS Code's delay),
// once, with the latest text; a clean map writes none. Fake timers: nothing here waits a real second.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileText, parseMap } from '../../../core/format/parse.ts';
import type { MapwrightHost } from '../../../core/host/contract.ts';
import { setSourcing } from '../../../renderer/store/edits.ts';
import { useHost, writeDraftSoon } from '../../../renderer/store/files.ts';
import { loaded, markedSaved } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';

const TEXT = readFileSync('maps/conference.yaml', 'utf8');
let drafts: { token: string | null; text: string }[];
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('conference map does not parse');
  useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'conference.yaml', 'tok') });
  drafts = [];
  useHost({
    writeDraft: async (token: string | null, text: string) => {
      drafts.push({ token, text });
    },
  } as unknown as MapwrightHost);
  stop = writeDraftSoon();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

const current = () => {
  const doc = useMapStore.getState().doc.current;
  if (!doc) throw new Error('no document');
  return fileText(doc);
};

describe('the draft timer', () => {
  it('writes nothing before a second has passed since the edit, then the draft once', () => {
    setSourcing('schedule-management', 'buy');
    vi.advanceTimersByTime(999);
    expect(drafts).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(drafts).toEqual([{ token: 'tok', text: current() }]);
    vi.advanceTimersByTime(10_000);
    expect(drafts).toHaveLength(1);
  });

  it('starts the second again at every edit and writes the latest text only', () => {
    setSourcing('schedule-management', 'buy');
    vi.advanceTimersByTime(800);
    setSourcing('schedule-management', 'outsource');
    vi.advanceTimersByTime(800);
    expect(drafts).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(drafts).toEqual([{ token: 'tok', text: current() }]);
    expect(drafts[0]?.text).toContain('sourcing: outsource');
  });

  it('writes no draft when the map is saved within the second (it would come back after a reload)', () => {
    setSourcing('schedule-management', 'buy');
    vi.advanceTimersByTime(300);
    useMapStore.setState((s) => ({
      doc: markedSaved(s.doc, s.doc.current!, { name: 'conference-copy.yaml', token: 'tok-2' }),
    }));
    vi.advanceTimersByTime(5_000);
    expect(drafts).toEqual([]);
  });

  it('writes no draft for a map without unsaved edits, and none after it stopped', () => {
    vi.advanceTimersByTime(5_000);
    expect(drafts).toEqual([]);
    stop();
    setSourcing('schedule-management', 'buy');
    vi.advanceTimersByTime(5_000);
    expect(drafts).toEqual([]);
  });
});
