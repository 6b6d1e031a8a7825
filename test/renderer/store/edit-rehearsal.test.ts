// The idle rehearsal of the edit path after opening: every move of its small map is accepted, and
// nothing of it reaches the map on screen, its history or its selection.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { rehearsalMap, rehearseEdits, rehearseEditsWhenIdle } from '../../../renderer/store/edit-rehearsal.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';

describe('edit rehearsal', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    const parsed = parseMap(readFileSync('maps/conference.yaml', 'utf8'));
    if (!parsed.ok) throw new Error('conference map does not parse');
    useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'conference.yaml', 'tok') });
  });
  afterEach(() => vi.useRealTimers());

  it('rehearses on a map that loads, with users, needs and components linked as drawn', () => {
    const map = rehearsalMap();
    const parsed = parseMap(stringifyMap(map));
    expect(parsed.ok).toBe(true);
    const nodes = Object.values(map.nodes).flatMap((n) => (n ? [n] : []));
    expect([...new Set(nodes.map((n) => n.kind))].sort()).toEqual(['component', 'need', 'user']);
    expect(nodes.some((n) => (n.uses ?? []).length > 1)).toBe(true);
  });

  it('has every one of its moves accepted by the core', () => {
    expect(rehearseEdits()).toBe(3);
  });

  it('leaves the map on screen, its history and the selection as they were', () => {
    const before = useMapStore.getState();
    useMapStore.setState({ selection: { ids: new Set(['web']) } });
    const shown = useMapStore.getState();
    rehearseEditsWhenIdle();
    vi.runAllTimers();
    const after = useMapStore.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.doc.past).toHaveLength(0);
    expect(after.selection).toBe(shown.selection);
  });
});
