// The idle rehearsal of the edit path after opening: every move of its small map is accepted, and
// nothing of it reaches the map on screen, its history or its selection.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import {
  rehearsalMap,
  rehearseEdits,
  rehearseEditsWhenIdle,
  rehearseToo,
} from '../../../renderer/store/edit-rehearsal.ts';
import { moveNodes } from '../../../core/model/operations.ts';
import type { MapNode } from '../../../core/model/types.ts';
import { choicesOf } from '../../../renderer/store/node-choices.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, isDirty, useMapStore } from '../../../renderer/store/store.ts';

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

  it("rehearses the page's part of a drop on its own documents, leaving the map, its history, dirty state, text and choices alone", () => {
    const shown = useMapStore.getState();
    const current = shown.doc.current;
    if (!current) throw new Error('no map on screen');
    const text = current.text;
    const choices = choicesOf(current.map);
    const seen: { before: MapDocument; after: MapDocument; moved: string }[] = [];
    const edits: unknown[] = [];
    const stop = useMapStore.subscribe((s) => edits.push(s));
    rehearseToo((before, after, moved) => seen.push({ before, after, moved }));
    rehearseEditsWhenIdle();
    vi.runAllTimers();
    stop();
    // The page's part ran, on a node the rehearsal moved between two documents of its own.
    expect(seen).toHaveLength(1);
    const [{ before, after, moved }] = seen as [(typeof seen)[number]];
    expect(before).not.toBe(after);
    expect([before, after]).not.toContain(current);
    expect(after.map.nodes[moved]?.evolution).not.toBe(before.map.nodes[moved]?.evolution);
    // Nothing of it reached the store: no update at all, the same map, text, history and saved state.
    expect(edits).toHaveLength(0);
    const now = useMapStore.getState();
    expect(now).toBe(shown);
    expect(now.doc.current).toBe(current);
    expect(now.doc.current?.text).toBe(text);
    expect(now.doc.past).toHaveLength(0);
    expect(now.doc.future).toHaveLength(0);
    expect(isDirty(now)).toBe(false);
    // The inspector's lists of the map on screen are still the ones it holds, and a drop on it
    // keeps them (they follow the map on screen, not the rehearsal's).
    expect(choicesOf(current.map)).toBe(choices);
    const [id, node] = Object.entries(current.map.nodes)[0] as [string, MapNode];
    const dropped = moveNodes(current, [{ id, evolution: 1 - node.evolution, visibility: node.visibility }]);
    if (!dropped.ok) throw new Error('the drop was refused');
    expect(choicesOf(dropped.document.map)).toBe(choices);
  });
});
