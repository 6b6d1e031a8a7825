// The canvas's link layer redraws only what an update changed: the links of moved nodes on a drop,
// the link added or removed on a link edit, every link when nothing is drawn yet.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { changedNodeIds, linkChanges, linkKey, linksTouching } from '../../../renderer/canvas/link-changes.ts';
import { mapStructure } from '../../../renderer/canvas/map-structure.ts';
import { commitMove, linkNodes, setField, unlinkNodes } from '../../../renderer/store/edits.ts';
import { loaded } from '../../../renderer/store/history.ts';
import { initialState, useMapStore } from '../../../renderer/store/store.ts';
import { generatedMap } from '../../bench/generate.ts';

function shown(): { map: WardleyMap; nodes: WardleyMap['nodes']; links: ReturnType<typeof mapStructure>['links'] } {
  const map = useMapStore.getState().doc.current?.map;
  if (!map) throw new Error('no map');
  return {
    map,
    get nodes() {
      return map.nodes;
    },
    links: mapStructure(map).links,
  };
}

const keys = (links: readonly (readonly [string, string])[]) => links.map(([a, b]) => linkKey(a, b)).sort();

/** Every link with an end among `ids`, found by reading every link. */
function touchingByScan(links: readonly (readonly [string, string])[], ids: readonly string[]) {
  return links.filter(([a, b]) => ids.includes(a) || ids.includes(b));
}

describe('link changes', () => {
  beforeEach(() => {
    const parsed = parseMap(stringifyMap(generatedMap(80)));
    if (!parsed.ok) throw new Error('map does not parse');
    useMapStore.setState({ ...initialState(), doc: loaded(parsed.document, 'map.yaml', 'tok') });
  });

  it('adds every link when nothing is drawn', () => {
    const now = shown();
    expect(linkChanges(null, now)).toEqual({ removed: [], added: [...now.links], redrawn: [] });
  });

  it('redraws exactly the links of the nodes a drop moved', () => {
    const before = shown();
    const moved = Object.keys(before.nodes)
      .filter((id) => (before.nodes[id]?.uses?.length ?? 0) > 0)
      .slice(0, 2);
    commitMove(moved, 0.02, -0.01);
    const after = shown();
    const changes = linkChanges(before, after);
    expect(changes.removed).toEqual([]);
    expect(changes.added).toEqual([]);
    expect(keys(changes.redrawn)).toEqual(keys(touchingByScan(after.links, moved)));
    expect(changes.redrawn.length).toBeGreaterThan(0);
  });

  it('redraws nothing for a rename of a node no link touches, and its links for one that has some', () => {
    const before = shown();
    const used = before.links[0]?.[1] as string;
    setField(used, 'name', 'Renamed');
    const after = shown();
    expect(changedNodeIds(before.map, after.map)).toEqual([used]);
    expect(keys(linkChanges(before, after).redrawn)).toEqual(keys(touchingByScan(after.links, [used])));
  });

  it('adds a new link and removes an unlinked one, redrawing no other', () => {
    const before = shown();
    const from = Object.keys(before.nodes).find((id) => before.nodes[id]?.kind === 'user') as string;
    const to = Object.keys(before.nodes).find(
      (id) => before.nodes[id]?.kind !== 'user' && !before.nodes[from]?.uses?.includes(id),
    ) as string;
    linkNodes(from, to);
    const linked = shown();
    const added = linkChanges(before, linked);
    expect(added.added).toEqual([[from, to]]);
    expect(added.removed).toEqual([]);
    // The link's start node changed (its `uses`), so its other links are redrawn with it.
    expect(keys(added.redrawn)).toEqual(keys(touchingByScan(before.links, [from])));
    unlinkNodes(from, to);
    const removed = linkChanges(linked, shown());
    expect(removed.removed).toEqual([[from, to]]);
    expect(removed.added).toEqual([]);
  });

  it('finds the links touching a set of nodes as a scan of every link does', () => {
    const { links } = shown();
    const ids = ['n0', 'n5', 'n17', 'n40', 'nowhere'];
    expect(keys(linksTouching(links, ids))).toEqual(keys(touchingByScan(links, ids)));
  });
});
