// The canvas's id and link lists stay the same objects across an edit that changes neither (a
// drop: memoized layers then skip thousands of children), and follow every edit that does.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { nodeRecordsMade, nodesPending } from '../../../core/model/node-table.ts';
import { mapStructure } from '../../../renderer/canvas/map-structure.ts';
import { commitMove, linkNodes, setField } from '../../../renderer/store/edits.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { generatedMap } from '../../bench/generate.ts';

function current() {
  const map = useMapStore.getState().doc.current?.map;
  if (!map) throw new Error('no map');
  return map;
}

function nodes() {
  return current().nodes;
}

function fresh() {
  const n = nodes();
  const ids = Object.keys(n);
  return { ids, links: ids.flatMap((id) => (n[id]?.uses ?? []).map((to) => [id, to])) };
}

describe('map structure', () => {
  beforeEach(() => {
    const parsed = parseMap(stringifyMap(generatedMap(60)));
    if (!parsed.ok) throw new Error('map does not parse');
    useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'map.yaml', 'tok') });
  });

  it('is the same after a move and a rename, and follows a new link', () => {
    const before = mapStructure(current());
    expect(before).toEqual(fresh());
    const [a] = Object.keys(nodes()).slice(-1) as [string];
    commitMove([a], 0.03, 0.01);
    setField(a, 'name', 'Renamed');
    expect(mapStructure(current())).toBe(before);
    // A new link from a user (nothing uses a user, so no cycle) to a node it does not use yet.
    const from = Object.keys(nodes()).find((id) => nodes()[id]?.kind === 'user') as string;
    const to = Object.keys(nodes()).find(
      (id) => nodes()[id]?.kind !== 'user' && !nodes()[from]?.uses?.includes(id),
    ) as string;
    linkNodes(from, to);
    expect(useMapStore.getState().ui.editErrors).toEqual([]);
    expect(nodes()[from]?.uses).toContain(to);
    const after = mapStructure(current());
    expect(after).not.toBe(before);
    expect(after).toEqual(fresh());
  });

  it('reads only the nodes an edit changed, never the edited map’s nodes record', () => {
    const before = mapStructure(current());
    const [a] = Object.keys(nodes()).slice(-1) as [string];
    commitMove([a], 0.03, 0.01);
    const moved = current();
    const made = nodeRecordsMade();
    expect(mapStructure(moved)).toBe(before);
    expect(nodeRecordsMade()).toBe(made);
    expect(nodesPending(moved)).toBe(true);
  });
});
