// A local edit (the map before → the map after) written into the shared Yjs document as the
// smallest set of changes: only the fields, links, settings and annotations that differ, so
// concurrent edits elsewhere on the map are never overwritten by a stale copy.
import * as Y from 'yjs';
import { hasNode, mapNodesChange, nodeIds, nodeOf } from '../model/node-table.ts';
import type { Annotation, MapNode, WardleyMap } from '../model/types.ts';
import { sameValue as same } from './same-value.ts';
import { addUses, liveAnnotations, liveMeta, liveNodeOf, liveNodes, plain } from './live-doc.ts';

const STRUCTURAL = new Set(['version', 'nodes', 'annotations']);

export function writeEditToLive(doc: Y.Doc, before: WardleyMap, after: WardleyMap, origin: unknown = null): void {
  if (before === after) return;
  doc.transact(() => {
    writeMeta(liveMeta(doc), before, after);
    writeNodes(liveNodes(doc), before, after);
    if (before.annotations !== after.annotations) {
      writeAnnotations(liveAnnotations(doc), before.annotations ?? [], after.annotations ?? []);
    }
  }, origin);
}

function writeMeta(meta: Y.Map<unknown>, before: WardleyMap, after: WardleyMap): void {
  const was = before as unknown as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (STRUCTURAL.has(key) || same(was[key], now[key])) continue;
    if (now[key] === undefined) meta.delete(key);
    else meta.set(key, plain(now[key]));
  }
}

/**
 * The nodes that differ written into the shared map. When an edit made `after` from `before` (or
 * `before` from `after`, an undo), it tells which nodes it wrote and only those are compared: at
 * 10,000 nodes listing both maps' nodes costs milliseconds, and would make the record of a map
 * an edit made. Otherwise every node of both is compared.
 */
function writeNodes(live: Y.Map<Y.Map<unknown>>, before: WardleyMap, after: WardleyMap): void {
  const written = mapNodesChange(before, after)?.changed;
  for (const id of written ?? nodeIds(before)) if (!hasNode(after, id)) live.delete(id);
  for (const id of written ?? nodeIds(after)) {
    const node = nodeOf(after, id);
    if (node) writeNode(live, id, nodeOf(before, id), node);
  }
}

function writeNode(live: Y.Map<Y.Map<unknown>>, id: string, old: MapNode | undefined, node: MapNode): void {
  if (old === node) return;
  const fields = live.get(id);
  if (!old) live.set(id, liveNodeOf(node));
  // Someone removed the node meanwhile: their removal stands.
  else if (fields instanceof Y.Map) writeFields(fields, old, node);
}

function writeFields(fields: Y.Map<unknown>, before: MapNode, after: MapNode): void {
  const was = before as unknown as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (same(was[field], now[field])) continue;
    if (field === 'uses') writeUses(fields, before.uses ?? [], after.uses ?? []);
    else if (now[field] === undefined) fields.delete(field);
    else fields.set(field, plain(now[field]));
  }
}

function writeUses(fields: Y.Map<unknown>, before: readonly string[], after: readonly string[]): void {
  const set = fields.get('uses');
  const gone = before.filter((t) => !after.includes(t));
  if (set instanceof Y.Map) for (const target of gone) set.delete(target);
  addUses(
    fields,
    after.filter((t) => !before.includes(t)),
  );
}

// Annotations have no ids: keep the common head and tail, replace what lies between.
function writeAnnotations(live: Y.Array<Annotation>, before: Annotation[], after: Annotation[]): void {
  let head = 0;
  while (head < before.length && head < after.length && same(before[head], after[head])) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    same(before[before.length - 1 - tail], after[after.length - 1 - tail])
  )
    tail++;
  const removed = before.length - head - tail;
  // The shared list may have grown meanwhile; never delete past its end.
  const deletable = Math.max(0, Math.min(removed, live.length - head));
  if (deletable > 0) live.delete(head, deletable);
  const inserted = after.slice(head, after.length - tail).map(plain);
  if (inserted.length > 0) live.insert(Math.min(head, live.length), inserted);
}
