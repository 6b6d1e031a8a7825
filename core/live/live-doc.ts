// The shape of a map inside a Yjs document, so several people can edit it at once and merge:
// - `nodes`: Y.Map id → Y.Map of that node's fields (concurrent edits of different fields or
//   different nodes both survive; the same field edited twice resolves the same way everywhere);
//   a node's `uses` is a Y.Map set target → rank, so two people linking at once keep both links
//   in one agreed order; nested fields (deploy, plan, ignore) are whole values.
// - `meta`: Y.Map of the map's own settings (title, description, stages, deployment, x-…).
// - `annotations`: Y.Array of annotations, each a whole value.
import * as Y from 'yjs';
import { isValidId } from '../model/ids.ts';
import type { Annotation, MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import { orderedIds } from './shared-document.ts';

export const NODES = 'nodes';
export const META = 'meta';
export const ANNOTATIONS = 'annotations';
const USES = 'uses';
const PROTO = '__proto__';

/** Top-level keys of a map kept outside `meta`. */
const STRUCTURAL = new Set(['version', 'nodes', 'annotations']);

export function liveNodes(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(NODES);
}

export function liveMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META);
}

export function liveAnnotations(doc: Y.Doc): Y.Array<Annotation> {
  return doc.getArray(ANNOTATIONS);
}

/** Fills an empty Yjs document with a map: done once, by the host, when a session starts. */
export function seedLiveDoc(doc: Y.Doc, map: WardleyMap, origin: unknown = null): void {
  doc.transact(() => {
    const meta = liveMeta(doc);
    for (const [key, value] of Object.entries(map)) {
      if (!STRUCTURAL.has(key) && value !== undefined) meta.set(key, plain(value));
    }
    const nodes = liveNodes(doc);
    for (const [id, node] of nodeEntries(map)) nodes.set(id, liveNodeOf(node));
    const annotations = map.annotations ?? [];
    if (annotations.length > 0) liveAnnotations(doc).push(annotations.map(plain));
  }, origin);
}

/** A node's fields as a Y.Map (not yet part of a document). */
export function liveNodeOf(node: MapNode): Y.Map<unknown> {
  const fields = new Y.Map<unknown>();
  for (const [field, value] of Object.entries(node)) {
    if (value === undefined) continue;
    if (field === USES) fields.set(USES, usesSetOf(value as string[]));
    else fields.set(field, plain(value));
  }
  return fields;
}

function usesSetOf(uses: readonly string[]): Y.Map<number> {
  const set = new Y.Map<number>();
  uses.forEach((target, rank) => set.set(target, rank));
  return set;
}

/** Adds `targets` after the ones already there (ranks past the highest), keeping their order. */
export function addUses(fields: Y.Map<unknown>, targets: readonly string[]): void {
  if (targets.length === 0) return;
  let set = fields.get(USES);
  if (!(set instanceof Y.Map)) {
    set = new Y.Map<number>();
    fields.set(USES, set);
  }
  const uses = set as Y.Map<number>;
  let next = Math.max(-1, ...[...uses.values()].filter((r) => typeof r === 'number')) + 1;
  for (const target of targets) uses.set(target, next++);
}

/** The map a Yjs document holds right now; node order as given by `order` (others follow by id). */
export function liveMapOf(doc: Y.Doc, order: readonly string[] = []): WardleyMap {
  const map: Record<string, unknown> = { version: 1 };
  for (const [key, value] of liveMeta(doc).entries()) if (key !== PROTO && !STRUCTURAL.has(key)) map[key] = value;
  const live = liveNodes(doc);
  const nodes: Record<string, MapNode> = {};
  for (const id of orderedIds([...live.keys()], (id) => live.has(id), order)) {
    const fields = live.get(id);
    // A peer may send anything: only slug ids become nodes (never `__proto__`).
    if (fields instanceof Y.Map && isValidId(id)) nodes[id] = plainNodeOf(fields);
  }
  map.nodes = nodes;
  const annotations = liveAnnotations(doc).toArray();
  if (annotations.length > 0) map.annotations = annotations;
  return map as unknown as WardleyMap;
}

function plainNodeOf(fields: Y.Map<unknown>): MapNode {
  const node: Record<string, unknown> = {};
  for (const [field, value] of fields.entries()) {
    if (field === PROTO) continue;
    if (field === USES) {
      const uses = value instanceof Y.Map ? usesInOrder(value as Y.Map<number>) : [];
      if (uses.length > 0) node[USES] = uses;
    } else {
      node[field] = value;
    }
  }
  return node as unknown as MapNode;
}

// Rank first, then id: every peer sorts the same set the same way.
function usesInOrder(set: Y.Map<number>): string[] {
  return [...set.entries()]
    .sort(([a, ra], [b, rb]) => (ra === rb ? (a < b ? -1 : a > b ? 1 : 0) : ra - rb))
    .map(([target]) => target);
}

/** A deep copy as plain JSON data: Yjs stores values, never the caller's objects. */
export function plain<T>(value: T): T {
  return value !== null && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as T) : value;
}
