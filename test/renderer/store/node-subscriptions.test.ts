// After an edit the canvas wakes only the views the edit concerns: the changed nodes, the nodes
// whose label moved, and (through their ends) the links touching them. Every view left asleep must
// read exactly what it read before, or the canvas would show a stale node or label.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { labelOf } from '../../../renderer/canvas/label-layout.ts';
import { nodeById } from '../../../renderer/canvas/geometry.ts';
import { commitMove, setField } from '../../../renderer/store/edits.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { concernedIds, onWake, shownMap, shownState } from '../../../renderer/store/node-subscriptions.ts';
import { initialState, isDirty, useMapStore, type MapStore } from '../../../renderer/store/store.ts';
import { generatedMap } from '../../bench/generate.ts';

function load(text: string): void {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error('map does not parse');
  useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'map.yaml', 'tok') });
}

/** Store states before and after `edit`, and every update the store published meanwhile. */
function around(edit: () => void): { before: MapStore; after: MapStore; updates: number } {
  const before = useMapStore.getState();
  // The canvas's views have read the labels of the map on screen before any edit.
  labelOf(before, '');
  let updates = 0;
  const stop = useMapStore.subscribe(() => updates++);
  edit();
  stop();
  return { before, after: useMapStore.getState(), updates };
}

/** Until a drop has landed: the canvas draws it in a task after the next frame (edits.ts). */
async function landed(): Promise<void> {
  for (let i = 0; i < 10 && useMapStore.getState().gesture.kind !== 'idle'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** What a node view reads: the node and its label. */
function viewOf(s: MapStore, id: string) {
  return { node: nodeById(s, id), label: labelOf(s, id) };
}

function expectAsleepUnchanged(before: MapStore, after: MapStore): Set<string> {
  const woken = concernedIds(after, before);
  if (woken === 'all') throw new Error('an edit woke every view');
  for (const id of Object.keys(after.doc.current!.map.nodes)) {
    if (woken.has(id)) continue;
    const was = viewOf(before, id);
    const is = viewOf(after, id);
    expect(is.node, id).toBe(was.node);
    expect(is.label, id).toBe(was.label);
  }
  return woken;
}

describe('node subscriptions after an edit', () => {
  beforeEach(() => load(readFileSync('maps/ehealth-platform.yaml', 'utf8')));

  it('a drop is one store update that lands the gesture and wakes the moved node, not the map', async () => {
    const id = Object.keys(useMapStore.getState().doc.current!.map.nodes)[3]!;
    useMapStore.setState({ selection: { ids: new Set([id]) } });
    useMapStore.setState({ gesture: { kind: 'move', ids: new Set([id]), dEvolution: 0.05, dVisibility: 0 } });
    const { before, after, updates } = around(() => commitMove([id], 0.05, 0));
    expect(updates).toBe(1);
    // Landing: no offset left, the moving layer draws the node at its new place.
    expect(after.gesture).toMatchObject({ kind: 'move', dEvolution: 0, dVisibility: 0, landing: true });
    expect(nodeById(after, id)?.evolution).toBeCloseTo((nodeById(before, id)?.evolution ?? 0) + 0.05, 6);
    await landed();
    const woken = expectAsleepUnchanged(before, useMapStore.getState());
    expect(woken.has(id)).toBe(true);
    expect(woken.size).toBeLessThan(Object.keys(after.doc.current!.map.nodes).length);
  });

  it('wakes no view while a drop lands, then once for everything changed since the drop', async () => {
    const [id, other] = Object.keys(useMapStore.getState().doc.current!.map.nodes).slice(3, 5) as [string, string];
    useMapStore.setState({ gesture: { kind: 'move', ids: new Set([id]), dEvolution: 0.05, dVisibility: 0 } });
    const before = useMapStore.getState();
    labelOf(before, '');
    const woken: (Iterable<string> | 'all')[] = [];
    const stop = onWake((ids) => void woken.push(ids === 'all' ? ids : [...ids]));
    commitMove([id], 0.05, 0);
    // Another edit before the canvas has drawn the drop: it waits with it.
    setField(other, 'name', 'Renamed while the drop lands');
    expect(woken).toEqual([]);
    await landed();
    stop();
    const after = useMapStore.getState();
    expect(after.gesture.kind).toBe('idle');
    expect(woken.length).toBe(1);
    const ids = woken[0];
    if (ids === 'all' || !ids) throw new Error('the landing woke every view, or none');
    expect(new Set(ids)).toEqual(concernedIds(after, before));
    expect([...ids]).toEqual(expect.arrayContaining([id, other]));
    expectAsleepUnchanged(before, after);
  });

  it("the canvas's React layers keep the map from before a drop while it lands, then take the dropped one", async () => {
    const id = Object.keys(useMapStore.getState().doc.current!.map.nodes)[3]!;
    useMapStore.setState({ gesture: { kind: 'move', ids: new Set([id]), dEvolution: 0.05, dVisibility: 0 } });
    const before = useMapStore.getState().doc.current!.map;
    expect(shownMap(useMapStore.getState())).toBe(before);
    commitMove([id], 0.05, 0);
    const dropped = useMapStore.getState().doc.current!.map;
    expect(dropped).not.toBe(before);
    expect(shownMap(useMapStore.getState())).toBe(before);
    await landed();
    expect(shownMap(useMapStore.getState())).toBe(dropped);
  });

  it("the window title's and the toolbar's dirty mark and Undo read the state from before a drop while it lands, then the dropped one", async () => {
    const id = Object.keys(useMapStore.getState().doc.current!.map.nodes)[3]!;
    useMapStore.setState({ gesture: { kind: 'move', ids: new Set([id]), dEvolution: 0.05, dVisibility: 0 } });
    expect(isDirty(shownState(useMapStore.getState()))).toBe(false);
    commitMove([id], 0.05, 0);
    const dropped = useMapStore.getState();
    // The store has the edit at once (the inspector shows it in the drop's frame)...
    expect(isDirty(dropped)).toBe(true);
    expect(dropped.doc.past).toHaveLength(1);
    // ...the title and the toolbar not yet: the frame that paints the drop leaves them alone.
    expect(isDirty(shownState(dropped))).toBe(false);
    expect(shownState(dropped).doc.past).toHaveLength(0);
    await landed();
    const now = useMapStore.getState();
    expect(shownState(now)).toBe(now);
    expect(isDirty(shownState(now))).toBe(true);
    expect(shownState(now).doc.past).toHaveLength(1);
  });

  it('outside a drop, the title and toolbar read the store as it is', () => {
    const id = Object.keys(useMapStore.getState().doc.current!.map.nodes)[5]!;
    setField(id, 'name', 'Renamed, no drop');
    const s = useMapStore.getState();
    expect(shownState(s)).toBe(s);
    expect(isDirty(shownState(s))).toBe(true);
  });

  it('a rename wakes the renamed node; every other view reads what it read', () => {
    const id = Object.keys(useMapStore.getState().doc.current!.map.nodes)[5]!;
    const { before, after } = around(() => setField(id, 'name', 'A much longer name than before, to move labels'));
    expect(expectAsleepUnchanged(before, after).has(id)).toBe(true);
  });

  it('each of several edits in a row wakes its own node, not the map', () => {
    const ids = Object.keys(useMapStore.getState().doc.current!.map.nodes);
    const woken: (Set<string> | 'all')[] = [];
    // Read as the canvas reads it: in the store's listener, while the edit is being published.
    const stop = useMapStore.subscribe((next, prev) => void woken.push(concernedIds(next, prev)));
    for (const [k, id] of ids.slice(0, 4).entries()) {
      // The canvas drew the map on screen (its labels) before each edit.
      labelOf(useMapStore.getState(), '');
      setField(id, 'name', `Renamed in a row ${k}`);
    }
    stop();
    expect(woken.length).toBe(4);
    woken.forEach((edited, k) => {
      if (edited === 'all') throw new Error(`edit ${k} woke every view`);
      expect(edited.has(ids[k]!)).toBe(true);
      expect(edited.size).toBeLessThan(ids.length / 2);
    });
  });

  it('wakes every view when another map is loaded', () => {
    const before = useMapStore.getState();
    load(readFileSync('maps/conference.yaml', 'utf8'));
    expect(concernedIds(useMapStore.getState(), before)).toBe('all');
  });
});

describe('node subscriptions on a large map (labels without a search)', () => {
  beforeEach(() => load(stringifyMap(generatedMap(400))));

  it('a drop wakes only the moved node and its label, and sleeping views are unchanged', async () => {
    const id = 'n200';
    const { before } = around(() => commitMove([id], 0.02, -0.01));
    await landed();
    const woken = expectAsleepUnchanged(before, useMapStore.getState());
    expect([...woken].sort()).toEqual([id]);
  });
});
