// A live session's map as a document: the session file's text brought to the room's shared state
// with the same minimal splices the host writes (reconcile.ts), the file's nodes kept in their
// place and new ones after them by id. Plain data in and out, so it runs in the map worker too.
import type { MapDocument } from '../format/parse.ts';
import { hasNode, nodeIds, nodeOf } from '../model/node-table.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { reconcileDocument } from './reconcile.ts';
import { sanitizedLiveMap } from './sanitize.ts';

/** `ids` in `order` where it names them, the others after it sorted: every peer places them alike. */
export function orderedIds(ids: readonly string[], has: (id: string) => boolean, order: readonly string[]): string[] {
  const known = order.filter(has);
  const seen = new Set(known);
  const added = ids.filter((id) => !seen.has(id)).sort();
  return [...known, ...added];
}

/** `base` brought to `live` (the shared state as liveMapOf reads it, its nodes in any order). */
export function sharedDocument(base: MapDocument, live: WardleyMap): MapDocument {
  const has = (id: string) => hasNode(live, id);
  const nodes: Record<string, MapNode> = {};
  for (const id of orderedIds(nodeIds(live), has, nodeIds(base.map))) nodes[id] = nodeOf(live, id) as MapNode;
  const result = reconcileDocument(base, sanitizedLiveMap({ ...live, nodes }, base.map));
  return result.ok ? result.document : base;
}
