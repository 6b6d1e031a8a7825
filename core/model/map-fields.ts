// Editing the map's own fields (title, description, stages, deployment, annotations) the way node
// edits work: only the lines of the changed top-level field are re-rendered and spliced into the
// file, so comments and every other field keep their text; the result is parsed again, so a value
// the schema refuses comes back as errors and the map stays as it was.
import { isMap, isScalar, isSeq, YAMLMap, type Pair, type Node as YamlNode } from 'yaml';
import { parseMap, type MapDocument } from '../format/parse.ts';
import { MAP_FIELD_ORDER } from '../format/style.ts';
import type { EditResult } from './commit.ts';
import { editFailed } from './commit.ts';
import { applyTextEdits, leadingCommentStart, pairRegion, renderPair, type TextEdit } from './splice.ts';
import { assignField, isPlainObject } from './yaml-node.ts';

/** Canonical key order inside the map's settings, so a new key lands where `fmt` would put it. */
const KEY_ORDERS: Record<string, readonly string[]> = {
  stages: ['labels', 'boundaries'],
  deployment: ['registry', 'namespace', 'tag', 'host', 'gateway', 'environments'],
  'deployment.gateway': ['name', 'namespace'],
  'deployment.environments.*': ['namespace', 'replicas', 'tag', 'host', 'sites'],
};

function orderAt(path: readonly string[]): readonly string[] {
  return KEY_ORDERS[path.join('.')] ?? KEY_ORDERS[[...path.slice(0, -1), '*'].join('.')] ?? [];
}

/** Sets `map` to `value` key by key: kept keys keep their comments, new keys go in canonical order. */
function mergeMap(map: YAMLMap, value: Record<string, unknown>, path: readonly string[]): void {
  for (const pair of [...map.items]) {
    const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (k !== undefined && !Object.hasOwn(value, k)) assignField(map, k, undefined);
  }
  for (const [k, v] of Object.entries(value)) {
    const existing = map.items.find((p) => isScalar(p.key) && p.key.value === k)?.value;
    if (isMap(existing) && isPlainObject(v)) mergeMap(existing, v, [...path, k]);
    else assignField(map, k, v, orderAt(path));
  }
}

// An empty `{}` that gets content should become a block, as Mapwright writes new maps.
function unflowEmpty(node: YamlNode | null): void {
  if (isMap(node)) {
    if (node.items.length === 0) node.flow = false;
    for (const pair of node.items) unflowEmpty(pair.value as YamlNode | null);
  } else if (isSeq(node)) {
    for (const item of node.items) unflowEmpty(item as YamlNode | null);
  }
}

export type MapField = Exclude<(typeof MAP_FIELD_ORDER)[number], 'version' | 'nodes'>;

/**
 * Sets a top-level field of the map to `value` (undefined removes it). `mutate`, when given, edits
 * the field's existing YAML node in place instead (to keep comments inside a list or a map).
 */
export function setMapField(document: MapDocument, field: MapField, value: unknown): EditResult {
  const root = document.yaml.contents;
  if (!isMap(root) || root.flow) return editFailed('edit/map', 'the map file is not a block mapping: edit it as text');
  const index = root.items.findIndex((p) => keyOf(p) === field);
  const pair = index >= 0 ? root.items[index] : undefined;
  const edit = pair ? replaceEdit(document, pair, field, value) : insertEdit(document, root, field, value);
  if (!edit) return { ok: true, document, ids: [] };
  return reparsed(document, applyTextEdits(document.text, [edit]));
}

function replaceEdit(document: MapDocument, pair: Pair, field: string, value: unknown): TextEdit | undefined {
  const region = pairRegion(document.text, pair);
  if (!region) return undefined;
  if (value === undefined)
    return { start: leadingCommentStart(document.text, region.start), end: region.end, text: '' };
  // assignField merges into the existing node: unchanged keys and items keep their comments.
  const holder = new YAMLMap();
  holder.items.push((pair as Pair<YamlNode, YamlNode>).clone() as Pair);
  const range = (pair.value as YamlNode | null)?.range;
  const held = holder.items[0] as Pair;
  if (range && range[2] > region.end && held.value && typeof held.value === 'object' && 'comment' in held.value)
    delete (held.value as { comment?: string }).comment;
  unflowEmpty(held.value as YamlNode | null);
  if (isMap(held.value) && isPlainObject(value)) mergeMap(held.value, value, [field]);
  else assignField(holder, field, value);
  const next = holder.items[0] as Pair;
  return { start: region.start, end: region.end, text: renderPair(field, next.value, region.indent) };
}

function insertEdit(document: MapDocument, root: YAMLMap, field: string, value: unknown): TextEdit | undefined {
  if (value === undefined) return undefined;
  const rank = MAP_FIELD_ORDER.indexOf(field as MapField);
  const after = root.items.find((p) => {
    const k = keyOf(p);
    return k !== undefined && MAP_FIELD_ORDER.indexOf(k as MapField) > rank;
  });
  const text = renderPair(field, value, 0);
  const region = after ? pairRegion(document.text, after) : undefined;
  if (region) {
    const at = leadingCommentStart(document.text, region.start);
    return { start: at, end: at, text };
  }
  const end = document.text.length;
  const prefix = end > 0 && !document.text.endsWith('\n') ? '\n' : '';
  return { start: end, end, text: prefix + text };
}

function reparsed(document: MapDocument, text: string): EditResult {
  const parsed = parseMap(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => ({ ...e, line: 0, column: 0 })) };
  // Only a top-level field other than `nodes` changed: every node keeps its object (and its view).
  const map = { ...parsed.map, nodes: document.map.nodes };
  return { ok: true, document: { ...parsed.document, map, bom: document.bom, eol: document.eol }, ids: [] };
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}
