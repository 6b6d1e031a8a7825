// What a full parse would check, limited to what an edit can break: the schema of the map's
// top-level fields and of the nodes the edit wrote, and the references from those nodes, to them
// and to the ids it took away. Everything else was valid before and is unchanged.
import { validate } from '../../schema/validate-map.js';
import { annotationFindings, nodeReferenceFindings, stageFindings } from '../format/references.ts';
import { nodeOf } from './node-table.ts';
import type { MapNode, WardleyMap } from './types.ts';

/** Below the schema's `maxProperties` of `nodes` (20,000): near it the whole file is checked. */
export const NODES_CHECKED_LOCALLY = 19_000;

export function editKeepsMapValid(
  before: WardleyMap,
  map: WardleyMap,
  fresh: ReadonlyMap<string, unknown>,
  gone: ReadonlySet<string>,
  referrers: (id: string) => Iterable<string>,
): boolean {
  // The schema holds for the whole when it holds for the top level and for every node.
  if (!validate(withNodes(map, Object.fromEntries(fresh)))) return false;
  const lookup = (ref: string): MapNode | undefined => nodeOf(map, ref);
  const broken = (id: string, node: MapNode | undefined) =>
    node !== undefined && nodeReferenceFindings(id, node, lookup).length > 0;
  if (gone.size > 0 || hostChanged(before, fresh)) {
    for (const id of concernedIds(fresh, gone, referrers)) {
      const node = lookup(id);
      if (node && concerns(id, node, fresh, gone) && broken(id, node)) return false;
    }
  } else {
    for (const id of fresh.keys()) if (broken(id, lookup(id))) return false;
  }
  // A setting typed in the source pane can be the stages, whose order the schema cannot tell.
  if (map.stages !== before.stages && stageFindings(map).length > 0) return false;
  return annotationFindings(map, (ref) => lookup(ref) !== undefined).length === 0;
}

// The map's fields with `nodes` in place of its own (which spreading the map would read).
function withNodes(map: WardleyMap, nodes: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(map)) fields[key] = key === 'nodes' ? nodes : Reflect.get(map, key);
  return fields;
}

// Only an existing node that changes kind or host can break the `inside` of the nodes inside it.
function hostChanged(before: WardleyMap, fresh: ReadonlyMap<string, unknown>): boolean {
  for (const [id, node] of fresh) {
    const old = nodeOf(before, id);
    const now = node as MapNode;
    if (old && (old.kind !== now.kind || old.inside !== now.inside)) return true;
  }
  return false;
}

// Every node `concerns` can hold for: the written ones and, since every other node refers to what
// it referred to before, the referrers (in the map before) of the written and the removed ids.
function concernedIds(
  fresh: ReadonlyMap<string, unknown>,
  gone: ReadonlySet<string>,
  referrers: (id: string) => Iterable<string>,
): Set<string> {
  const ids = new Set(fresh.keys());
  for (const id of [...fresh.keys(), ...gone]) for (const referrer of referrers(id)) ids.add(referrer);
  return ids;
}

// A node's references can break when it was written, when its host was (kind, own host), or
// when something it names was removed or renamed.
function concerns(id: string, node: MapNode, fresh: ReadonlyMap<string, unknown>, gone: ReadonlySet<string>): boolean {
  if (fresh.has(id)) return true;
  if (node.inside !== undefined && (fresh.has(node.inside) || gone.has(node.inside))) return true;
  return gone.size > 0 && (node.uses ?? []).some((u) => gone.has(u));
}
