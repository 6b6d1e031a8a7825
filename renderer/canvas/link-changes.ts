// What the canvas's link layer must redraw after a store update: links gone, links new, and links
// whose end nodes changed. A drop at 2,000 nodes touches a handful of a map's thousands of links,
// so the layer (link-layer.ts) works from this list instead of drawing every link again.
import { nodeOf } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { mapNodeChange } from '../store/node-table-change.ts';
import type { MapStructure } from './map-structure.ts';
export type Link = MapStructure['links'][number];

export interface LinkChanges {
  /** Links no longer in the map. */
  removed: Link[];
  /** Links new in the map, in the map's order. */
  added: Link[];
  /** Links still in the map with an end node that changed (moved, re-sourced, renamed). */
  redrawn: Link[];
}

/** One key per link, whatever characters its ids hold. */
export function linkKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

const indexes = new WeakMap<MapStructure['links'], Map<string, Link[]>>();

/** The links of `links` touching each node id (built once per list). */
export function linksByNode(links: MapStructure['links']): Map<string, Link[]> {
  const known = indexes.get(links);
  if (known) return known;
  const index = new Map<string, Link[]>();
  const add = (id: string, link: Link) => {
    const list = index.get(id);
    if (list) list.push(link);
    else index.set(id, [link]);
  };
  for (const link of links) {
    add(link[0], link);
    if (link[1] !== link[0]) add(link[1], link);
  }
  indexes.set(links, index);
  return index;
}

/** Links touching any of `ids`, each once, in no particular order. */
export function linksTouching(links: MapStructure['links'], ids: Iterable<string>): Link[] {
  const index = linksByNode(links);
  const seen = new Set<Link>();
  for (const id of ids) for (const link of index.get(id) ?? []) seen.add(link);
  return [...seen];
}

/**
 * Ids whose node object differs between two maps' node tables (edits keep unchanged nodes'
 * objects), read through the tables: neither map's `nodes` record is made.
 */
export function changedNodeIds(prev: WardleyMap, next: WardleyMap): readonly string[] {
  return mapNodeChange(prev, next).changed;
}

function endChanged(prev: WardleyMap, next: WardleyMap, [from, to]: Link): boolean {
  return nodeOf(prev, from) !== nodeOf(next, from) || nodeOf(prev, to) !== nodeOf(next, to);
}

/** The changes between the links drawn for `prev` and those of `next`; everything added when nothing is drawn. */
export function linkChanges(
  prev: { map: WardleyMap; links: MapStructure['links'] } | null,
  next: { map: WardleyMap; links: MapStructure['links'] },
): LinkChanges {
  if (!prev) return { removed: [], added: [...next.links], redrawn: [] };
  if (prev.links === next.links) {
    return { removed: [], added: [], redrawn: linksTouching(next.links, changedNodeIds(prev.map, next.map)) };
  }
  const before = new Set(prev.links.map(([from, to]) => linkKey(from, to)));
  const after = new Set<string>();
  const added: Link[] = [];
  const redrawn: Link[] = [];
  for (const link of next.links) {
    const key = linkKey(link[0], link[1]);
    after.add(key);
    if (!before.has(key)) added.push(link);
    else if (endChanged(prev.map, next.map, link)) redrawn.push(link);
  }
  return { removed: prev.links.filter(([from, to]) => !after.has(linkKey(from, to))), added, redrawn };
}
