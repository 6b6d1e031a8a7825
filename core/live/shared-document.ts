// A live session's map as a document: the session file's text brought to the room's shared state
// with the same minimal splices the host writes (reconcile.ts), the file's nodes kept in their
// place and new ones after them by id. Plain data in and out, so it runs in the map worker too.
import type { MapDocument } from '../format/parse.ts';
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
  const order = Object.keys(base.map.nodes);
  const has = (id: string) => Object.hasOwn(live.nodes, id);
  const nodes: Record<string, MapNode> = {};
  for (const id of orderedIds(Object.keys(live.nodes), has, order)) nodes[id] = live.nodes[id] as MapNode;
  const result = reconcileDocument(base, sanitizedLiveMap({ ...live, nodes }, base.map));
  return result.ok ? result.document : base;
}
