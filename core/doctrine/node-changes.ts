// Which nodes an edit changed, and which of their fields: what incremental doctrine needs to know
// to keep the findings a change cannot affect. Node objects an edit did not touch are the same
// objects in both maps (core/model/commit.ts), so unchanged nodes cost one comparison each.
import type { NodeSlot } from '../model/lineage.ts';
import { hasNode, nodeIds, nodeOf } from '../model/node-table.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';

export interface NodeChange {
  /** Position in the node order (the same in both maps). */
  at: number;
  /** Its id before and after (they differ when it was renamed). */
  before: string;
  after: string;
  /**
   * The fields whose value differs, plus RENAMED for a renamed node (every finding about it names
   * its id: rules look at it again as if every field of its own changed); 'all' when unknown.
   */
  fields: ReadonlySet<string> | 'all';
}

/** Marks a renamed node among its changed fields (no map field has this name: it is not a YAML key a node may hold). */
export const RENAMED = ' id';

/** Above this many changed nodes a full run is as cheap as following the changes. */
const MAX_CHANGED = 64;

/**
 * The changed nodes when `map` differs from `before` only in some nodes' fields or ids (same
 * settings, same number of nodes in the same places); otherwise undefined.
 */
export function changedNodes(before: WardleyMap, map: WardleyMap): NodeChange[] | undefined {
  if (!sameSettings(before, map)) return undefined;
  const was = nodeIds(before);
  const now = nodeIds(map);
  if (was.length !== now.length) return undefined;
  const changes: NodeChange[] = [];
  for (let at = 0; at < now.length; at++) {
    const id = now[at] as string;
    const old = was[at] as string;
    const a = nodeOf(before, old) as MapNode;
    const b = nodeOf(map, id) as MapNode;
    if (a === b && old === id) continue;
    if (changes.length >= MAX_CHANGED) return undefined;
    changes.push({ at, before: old, after: id, fields: fieldsChanged(old, id, a, b) });
  }
  return movedIds(before, map, changes) ? undefined : changes;
}

/**
 * The same as changedNodes, from the nodes an edit says it wrote (`slots`, every other node being
 * the same object in both maps): no walk over the map's nodes. `idAt` gives the ids before.
 */
export function changedSlots(
  before: WardleyMap,
  map: WardleyMap,
  slots: readonly NodeSlot[],
  idAt: (at: number) => string | undefined,
): NodeChange[] | undefined {
  if (slots.length > MAX_CHANGED || !sameSettings(before, map)) return undefined;
  const changes: NodeChange[] = [];
  for (const { at, before: old, after: id } of slots) {
    const a = nodeOf(before, old);
    const b = nodeOf(map, id);
    if (idAt(at) !== old || a === undefined || b === undefined) return undefined;
    if (a === b && old === id) continue;
    changes.push({ at, before: old, after: id, fields: fieldsChanged(old, id, a, b) });
  }
  return movedIds(before, map, changes) ? undefined : changes.sort((x, y) => x.at - y.at);
}

// An id that moved to another place (removed here, added there) is not a rename.
function movedIds(before: WardleyMap, map: WardleyMap, changes: readonly NodeChange[]): boolean {
  return changes.some((c) => c.before !== c.after && (hasNode(map, c.before) || hasNode(before, c.after)));
}

function fieldsChanged(old: string, id: string, a: MapNode, b: MapNode): Set<string> {
  const fields = changedFields(a, b);
  if (old !== id) fields.add(RENAMED);
  return fields;
}

function changedFields(a: MapNode, b: MapNode): Set<string> {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const out = new Set<string>();
  for (const k of Object.keys(ra)) if (!Object.hasOwn(rb, k) || !sameData(ra[k], rb[k])) out.add(k);
  for (const k of Object.keys(rb)) if (!Object.hasOwn(ra, k)) out.add(k);
  return out;
}

function sameSettings(before: WardleyMap, map: WardleyMap): boolean {
  const a = before as unknown as Record<string, unknown>;
  const b = map as unknown as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'nodes' || (Object.hasOwn(b, key) && a[key] === b[key]));
}

/** Plain YAML data (scalars, arrays and objects) that reads the same. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  return ka.length === Object.keys(rb).length && ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}
