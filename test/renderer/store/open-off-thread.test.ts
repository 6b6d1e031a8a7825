// Opening a map (a drop, the open dialog, a recent file) reads it in the map worker: the page gets
// the map the worker read and parses nothing itself, so a large map's parse never holds the page.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { handleExternalChange } from '../../../renderer/files/file-events.ts';
import { showFileReadOffThread } from '../../../renderer/store/files.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { stillBuilding } from '../../../renderer/store/warm-for-edits.ts';
import { doMapWork, type MapWorkResult } from '../../../renderer/worker/map-work.ts';

vi.mock('../../../core/format/parse.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/format/parse.ts')>();
  return { ...real, parseMap: vi.fn(real.parseMap) };
});

// The worker's answers, read beforehand and copied as postMessage copies them.
const answers = new Map<string, MapWorkResult>();
vi.mock('../../../renderer/worker/map-worker-client.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../renderer/worker/map-worker-client.ts')>();
  return {
    ...real,
    parseOffThread: (text: string) => new Promise((resolve) => setTimeout(() => resolve(answers.get(text)), 0)),
  };
});

const text = readFileSync('maps/conference.yaml', 'utf8');
const broken = text.replace('kind: component', 'kind: robot');
const state = () => useMapStore.getState();

/** parseMap's calls on `text` (the page's own idle work, such as the edit rehearsal, reads other texts). */
const parsesOf = (text: string) => vi.mocked(parseMap).mock.calls.filter(([input]) => input === text).length;

function answered(...texts: string[]): void {
  for (const t of texts) answers.set(t, structuredClone(doMapWork({ text: t, check: false, withMap: true })));
  vi.mocked(parseMap).mockClear();
}

describe('opening a map', () => {
  beforeEach(() => useMapStore.setState(initialState()));

  it('shows the map the worker read, parsing nothing on the page', async () => {
    answered(text);
    await showFileReadOffThread({ name: 'conference.yaml', text, token: 'tok' });
    expect(parsesOf(text)).toBe(0);
    const current = state().doc.current!;
    expect(current.map).toEqual((parseMap(text) as { map: unknown }).map);
    expect(state().doc).toMatchObject({ fileName: 'conference.yaml', token: 'tok', past: [] });
    // Its yaml Document is left to be built in idle slices, as after any open.
    expect(stillBuilding(current)).toBe(true);
  });

  it('shows the errors of a file that does not load, each with its line and column', async () => {
    answered(broken);
    await showFileReadOffThread({ name: 'broken.yaml', text: broken, token: 'tok' });
    expect(parsesOf(broken)).toBe(0);
    expect(state().doc.current).toBeNull();
    const line = broken.split('\n').findIndex((l) => l.includes('kind: robot')) + 1;
    expect(state().doc.loadErrors).toEqual([expect.objectContaining({ line, column: expect.any(Number) })]);
  });

  it('shows only the last of two opens made in a row', async () => {
    answered(text, broken);
    const first = showFileReadOffThread({ name: 'broken.yaml', text: broken, token: 'a' });
    const second = showFileReadOffThread({ name: 'conference.yaml', text, token: 'b' });
    await Promise.all([first, second]);
    expect(state().doc).toMatchObject({ fileName: 'conference.yaml', token: 'b', loadErrors: null });
  });
});

describe('a clean map changed on disk', () => {
  it('is reloaded with the map the worker read, parsing nothing on the page', async () => {
    const before = parseMap(text);
    if (!before.ok) throw new Error('fixture does not parse');
    useMapStore.setState({ ...initialState(), doc: loaded(before.document, 'conference.yaml', 'tok') });
    const newer = text.replace('title: Conference solution', 'title: Conference solution 2027');
    answered(newer);
    handleExternalChange({ kind: 'reload', file: { token: 'tok', name: 'conference.yaml', text: newer } });
    await vi.waitFor(() => expect(state().doc.current?.map.title).toBe('Conference solution 2027'));
    expect(parsesOf(newer)).toBe(0);
  });
});
