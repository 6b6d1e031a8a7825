// Every change to a map is one of these named, pure operations: (document, args) → new document.
// The editor records their results as history; the CLI and importers use the same functions.
import type { YAMLMap, YAMLSeq } from 'yaml';
import { parseMap, type MapDocument } from '../format/parse.ts';
import { stringifyMap } from '../format/stringify.ts';
import { roundCoordinate } from '../format/style.ts';
import { commitChanges, editFailed, type EditResult, type NodeChanges } from './commit.ts';
import { isValidId, uniqueId } from './ids.ts';
import type { MapNode, Sourcing } from './types.ts';
import { nodeOf as mapNodeOf } from './node-table.ts';
import { referrersOf } from './referrers.ts';
import { assignNodeField, isPlainObject } from './yaml-node.ts';

export type { EditResult } from './commit.ts';

export type NewNode = Omit<MapNode, 'kind' | 'name' | 'evolution' | 'visibility'> & {
  id?: string;
  kind: MapNode['kind'];
  name: string;
  evolution: number;
  visibility: number;
};

export interface Move {
  id: string;
  evolution: number;
  visibility: number;
}

export function emptyMapDocument(title: string): MapDocument {
  const parsed = parseMap(stringifyMap({ version: 1, title, nodes: {} }));
  if (!parsed.ok) throw new Error(`empty map does not parse: ${parsed.errors[0]?.message ?? ''}`);
  return parsed.document;
}

export function addNode(document: MapDocument, node: NewNode): EditResult {
  const { id: wanted, ...fields } = node;
  const taken = (id: string) => hasNode(document, id);
  if (wanted !== undefined && (!isValidId(wanted) || taken(wanted))) {
    return editFailed('edit/id', `'${wanted}' is not a free, valid id`);
  }
  const id = wanted ?? uniqueId(node.name, taken);
  return commitChanges(document, { append: [[id, fields as MapNode]] }, [id]);
}

export function moveNodes(document: MapDocument, moves: readonly Move[]): EditResult {
  const update = new Map<string, (n: YAMLMap) => void>();
  for (const m of moves) {
    if (!hasNode(document, m.id)) return missing(m.id);
    update.set(m.id, (n) => {
      assignNodeField(n, 'evolution', roundCoordinate(clamp(m.evolution)));
      assignNodeField(n, 'visibility', roundCoordinate(clamp(m.visibility)));
    });
  }
  return commitChanges(
    document,
    { update },
    moves.map((m) => m.id),
  );
}

export function removeNodes(document: MapDocument, ids: readonly string[]): EditResult {
  const remove = new Set(ids);
  for (const id of remove) if (!hasNode(document, id)) return missing(id);
  const update = referenceUpdates(document, remove, (ref) => (remove.has(ref) ? null : ref));
  const changes: NodeChanges = { remove, update };
  if (annotationsMention(document, remove)) {
    changes.annotations = (seq) => rewriteAnnotationRefs(seq, (ref) => (remove.has(ref) ? null : ref));
  }
  return commitChanges(document, changes, [...remove]);
}

export function renameNode(document: MapDocument, from: string, to: string): EditResult {
  if (!hasNode(document, from)) return missing(from);
  if (from === to) return { ok: true, document, ids: [to] };
  if (!isValidId(to))
    return editFailed(
      'edit/id',
      `'${to}' is not a valid id (lowercase letters, digits and hyphens, starting with a letter)`,
      from,
    );
  if (hasNode(document, to)) return editFailed('edit/id', `id '${to}' is already taken`, from);
  const swap = (ref: string) => (ref === from ? to : ref);
  const rename = new Map([[from, to]]);
  const changes: NodeChanges = { rename, update: referenceUpdates(document, [from], swap), references: rename };
  if (annotationsMention(document, new Set([from]))) changes.annotations = (seq) => rewriteAnnotationRefs(seq, swap);
  return commitChanges(document, changes, [to]);
}

export function setNodeField(document: MapDocument, id: string, field: string, value: unknown): EditResult {
  if (!hasNode(document, id)) return missing(id);
  if (field === 'id')
    return typeof value === 'string' ? renameNode(document, id, value) : editFailed('edit/id', 'an id is text', id);
  const v =
    typeof value === 'number' && ['evolution', 'visibility', 'evolve'].includes(field) ? roundCoordinate(value) : value;
  const update = new Map([[id, (n: YAMLMap) => assignNodeField(n, field, v)]]);
  return commitChanges(document, { update }, [id]);
}

export function setSourcing(document: MapDocument, id: string, sourcing: Sourcing | undefined): EditResult {
  return setNodeField(document, id, 'sourcing', sourcing);
}

export function link(document: MapDocument, from: string, to: string): EditResult {
  const node = nodeOf(document, from);
  if (!node) return missing(from);
  if (!hasNode(document, to)) return missing(to);
  if (from === to) return editFailed('ref/self', `'${from}' cannot use itself`, from);
  const uses = node.uses ?? [];
  if (uses.includes(to)) return { ok: true, document, ids: [from] };
  return setNodeField(document, from, 'uses', [...uses, to]);
}

export function unlink(document: MapDocument, from: string, to: string): EditResult {
  const node = nodeOf(document, from);
  if (!node) return missing(from);
  const uses = (node.uses ?? []).filter((u) => u !== to);
  if (uses.length === (node.uses ?? []).length) return { ok: true, document, ids: [from] };
  return setNodeField(document, from, 'uses', uses.length > 0 ? uses : undefined);
}

/** Pastes copied nodes under fresh ids, shifted by `offset`; links among them follow, links out are kept when valid. */
export function pasteNodes(
  document: MapDocument,
  nodes: readonly [string, MapNode][],
  offset: { evolution: number; visibility: number },
): EditResult {
  const taken = new Set(Object.keys(document.map.nodes));
  const newIds = new Map<string, string>();
  for (const [id] of nodes) {
    const fresh = uniqueId(id, (c) => taken.has(c));
    taken.add(fresh);
    newIds.set(id, fresh);
  }
  const exists = (ref: string) => newIds.has(ref) || hasNode(document, ref);
  const append: [string, MapNode][] = nodes.map(([id, node]) => {
    const copy: MapNode = {
      ...node,
      evolution: roundCoordinate(clamp(node.evolution + offset.evolution)),
      visibility: roundCoordinate(clamp(node.visibility + offset.visibility)),
    };
    const uses = (node.uses ?? []).filter(exists).map((u) => newIds.get(u) ?? u);
    if (uses.length > 0) copy.uses = uses;
    else delete copy.uses;
    if (node.inside !== undefined && !exists(node.inside)) delete copy.inside;
    else if (node.inside !== undefined) copy.inside = newIds.get(node.inside) ?? node.inside;
    return [newIds.get(id) ?? id, copy];
  });
  return commitChanges(
    document,
    { append },
    append.map(([id]) => id),
  );
}

// Updates `uses` and `inside` of every node that refers to one of `ids`, which `rewrite` changes
// (null drops it): only those nodes are read (referrers.ts), not the whole map.
function referenceUpdates(
  document: MapDocument,
  ids: Iterable<string>,
  rewrite: (ref: string) => string | null,
): Map<string, (n: YAMLMap) => void> {
  const update = new Map<string, (n: YAMLMap) => void>();
  const referrers = new Set<string>();
  for (const id of ids) for (const referrer of referrersOf(document.map, id)) referrers.add(referrer);
  for (const id of referrers) {
    const node = mapNodeOf(document.map, id);
    if (!node) continue;
    const uses = node.uses?.map(rewrite);
    const usesChanged = uses !== undefined && uses.some((u, i) => u !== node.uses?.[i]);
    const inside = node.inside === undefined ? undefined : rewrite(node.inside);
    const insideChanged = node.inside !== undefined && inside !== node.inside;
    if (!usesChanged && !insideChanged) continue;
    update.set(id, (n) => {
      if (usesChanged) {
        const kept = (uses ?? []).filter((u): u is string => u !== null);
        assignNodeField(n, 'uses', kept.length > 0 ? kept : undefined);
      }
      if (insideChanged) assignNodeField(n, 'inside', inside ?? undefined);
    });
  }
  return update;
}

function annotationsMention(document: MapDocument, ids: Set<string>): boolean {
  return (document.map.annotations ?? []).some((a) => (a.nodes ?? []).some((n) => ids.has(n)));
}

function rewriteAnnotationRefs(seq: YAMLSeq, rewrite: (ref: string) => string | null): void {
  for (const item of seq.items) {
    const annotation = item as YAMLMap;
    const refs = annotation.toJSON?.() as unknown;
    if (!isPlainObject(refs) || !Array.isArray(refs.nodes)) continue;
    const next = (refs.nodes as string[]).map(rewrite).filter((r): r is string => r !== null);
    assignNodeField(annotation, 'nodes', next.length > 0 ? next : undefined);
  }
}

function hasNode(document: MapDocument, id: string): boolean {
  return mapNodeOf(document.map, id) !== undefined;
}

function nodeOf(document: MapDocument, id: string): MapNode | undefined {
  return mapNodeOf(document.map, id);
}

function missing(id: string): EditResult {
  return editFailed('edit/missing', `there is no node '${id}' on the map`, id);
}

function clamp(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
