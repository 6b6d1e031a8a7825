// Brings a document to a target map with the same minimal-splice edits a local save uses: each
// changed node's lines re-rendered in place, removed nodes cut, new nodes appended, changed
// settings re-rendered as their own key. Comments, key order and untouched nodes keep their
// text, so `git diff` after a live session shows what the room changed and nothing else.
import type { YAMLMap, YAMLSeq } from 'yaml';
import type { MapDocument } from '../format/parse.ts';
import { commitChanges, type EditResult, type NodeChanges } from '../model/commit.ts';
import { hasNode, nodeIds, nodeOf } from '../model/node-table.ts';
import { nodeEntries, type Annotation, type MapNode, type WardleyMap } from '../model/types.ts';
import { assignNodeField, createYamlNode } from '../model/yaml-node.ts';
import { sameValue } from './same-value.ts';
import { spliceTopLevel } from './top-level.ts';

const STRUCTURAL = new Set(['version', 'nodes', 'annotations']);

export function reconcileDocument(base: MapDocument, target: WardleyMap): EditResult {
  let document = base;
  const settings = changedSettings(base.map, target);
  if (settings.length > 0) {
    const next = spliceTopLevel(document, settings);
    if (!next.ok) return next;
    document = next.document;
  }
  const hadAnnotations = document.map.annotations !== undefined;
  const wantsAnnotations = target.annotations !== undefined && target.annotations.length > 0;
  // Removing the whole list first, adding it last: in between, no annotation names a missing node.
  if (hadAnnotations && !wantsAnnotations) {
    const next = spliceTopLevel(document, [['annotations', undefined]]);
    if (!next.ok) return next;
    document = next.document;
  }
  const changes = nodeChanges(document.map, target);
  if (document.map.annotations !== undefined && wantsAnnotations) {
    const wanted = target.annotations ?? [];
    if (!sameValue(document.map.annotations, wanted)) changes.annotations = (seq) => replaceAnnotations(seq, wanted);
  }
  // One commit: appended nodes and a changed annotations list splice at the same place, in a
  // defined order (core/model/splice.ts), and the result is checked as a whole.
  if (hasChanges(changes)) {
    const next = commitChanges(document, changes, []);
    if (!next.ok) return next;
    document = next.document;
  }
  if (!hadAnnotations && wantsAnnotations) {
    const next = spliceTopLevel(document, [['annotations', target.annotations]]);
    if (!next.ok) return next;
    document = next.document;
  }
  return { ok: true, document, ids: [] };
}

function changedSettings(before: WardleyMap, after: WardleyMap): [string, unknown][] {
  const was = before as unknown as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  return [...keys].filter((k) => !STRUCTURAL.has(k) && !sameValue(was[k], now[k])).map((k) => [k, now[k]]);
}

function nodeChanges(before: WardleyMap, after: WardleyMap): NodeChanges {
  const remove = new Set(nodeIds(before).filter((id) => !hasNode(after, id)));
  const update = new Map<string, (n: YAMLMap) => void>();
  const append: [string, MapNode][] = [];
  for (const [id, node] of nodeEntries(after)) {
    const old = nodeOf(before, id);
    if (!old) append.push([id, node]);
    else if (old !== node && !sameValue(old, node)) update.set(id, (n) => assignFields(n, old, node));
  }
  const changes: NodeChanges = {};
  if (remove.size > 0) changes.remove = remove;
  if (update.size > 0) changes.update = update;
  if (append.length > 0) changes.append = append;
  return changes;
}

function assignFields(yamlNode: YAMLMap, before: MapNode, after: MapNode): void {
  const was = before as unknown as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (!sameValue(was[field], now[field])) assignNodeField(yamlNode, field, now[field]);
  }
}

// Annotations that stay keep their YAML (and comments); changed or new ones are rendered fresh.
function replaceAnnotations(seq: YAMLSeq, wanted: readonly Annotation[]): void {
  const pool = new Map<string, unknown[]>();
  for (const item of seq.items) {
    const key = canonicalJson((item as YAMLMap).toJSON?.());
    pool.set(key, [...(pool.get(key) ?? []), item]);
  }
  seq.items = wanted.map((a) => pool.get(canonicalJson(a))?.shift() ?? createYamlNode(a));
}

function hasChanges(c: NodeChanges): boolean {
  return Boolean(c.remove || c.update || c.append || c.annotations);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
