// Turns a set of node changes into a new MapDocument: splices re-rendered node text into the
// file (see splice.ts), re-parses the result so an edit can never produce a file that does not
// load, and keeps the identity of every node object the edit did not touch.
import { isMap, isScalar, isSeq, Scalar, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseMap, type MapDocument } from '../format/parse.ts';
import { canonicalNode } from '../format/stringify.ts';
import { YAML_STYLE } from '../format/style.ts';
import type { Diagnostic, MapNode, WardleyMap } from './types.ts';
import { applyTextEdits, leadingCommentStart, pairRegion, renderPair, type TextEdit } from './splice.ts';
import { createYamlNode } from './yaml-node.ts';

export type EditResult = { ok: true; document: MapDocument; ids: string[] } | { ok: false; errors: Diagnostic[] };

/** What an operation changes; every id not named here keeps its text and its node object. */
export interface NodeChanges {
  update?: Map<string, (node: YAMLMap) => void>;
  rename?: Map<string, string>;
  remove?: Set<string>;
  append?: [string, MapNode][];
  annotations?: (seq: YAMLSeq) => void;
}

export function editFailed(rule: string, message: string, node?: string): EditResult {
  const d: Diagnostic = { line: 0, column: 0, severity: 'error', rule, message };
  if (node !== undefined) d.node = node;
  return { ok: false, errors: [d] };
}

export function commitChanges(document: MapDocument, changes: NodeChanges, ids: string[]): EditResult {
  const nodes = document.yaml.get('nodes', true);
  const spliceable = isMap(nodes) && !nodes.flow && nodes.items.length > 0 && !annotationsAreFlow(document);
  const text = spliceable ? splicedText(document, nodes, changes) : reRenderedText(document, changes);
  const parsed = parseMap(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const touched = touchedIds(changes);
  const map = sharingUntouched(document.map, parsed.map, touched);
  const next: MapDocument = { ...parsed.document, map, bom: document.bom, eol: document.eol };
  return { ok: true, document: next, ids };
}

function splicedText(document: MapDocument, nodes: YAMLMap, changes: NodeChanges): string {
  const { text } = document;
  const edits: TextEdit[] = [];
  for (const pair of nodes.items) {
    const id = keyOf(pair);
    const region = pairRegion(text, pair);
    if (id === undefined || !region) continue;
    if (changes.remove?.has(id)) {
      edits.push({ start: leadingCommentStart(text, region.start), end: region.end, text: '' });
      continue;
    }
    const update = changes.update?.get(id);
    const newId = changes.rename?.get(id);
    if (!update && newId === undefined) continue;
    const value = (pair.value as YAMLMap).clone() as YAMLMap;
    const range = (pair.value as YAMLMap).range;
    // A trailing comment after the value's last line lies outside the region: keep it where it is.
    if (range && range[2] > region.end) delete value.comment;
    update?.(value);
    const key = (pair.key as Scalar).clone() as Scalar;
    if (newId !== undefined) key.value = newId;
    edits.push({ start: region.start, end: region.end, text: renderPair(key, value, region.indent) });
  }
  const appended = changes.append ?? [];
  if (appended.length > 0) edits.push(appendEdit(text, nodes, appended));
  if (changes.annotations) {
    const edit = annotationsEdit(document, changes.annotations);
    if (edit) edits.push(edit);
  }
  return applyTextEdits(text, edits);
}

function appendEdit(text: string, nodes: YAMLMap, appended: [string, MapNode][]): TextEdit {
  const last = nodes.items[nodes.items.length - 1] as Pair;
  const region = pairRegion(text, last);
  const indent = region?.indent ?? 2;
  const valueEnd = (last.value as YAMLMap | null)?.range?.[2] ?? region?.end ?? text.length;
  let at = Math.max(region?.end ?? 0, valueEnd);
  if (at > 0 && text[at - 1] !== '\n') at = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
  const prefix = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
  const body = appended.map(([id, node]) => renderPair(id, createYamlNode(canonicalNode(node)), indent)).join('');
  return { start: at, end: at, text: prefix + body };
}

function annotationsEdit(document: MapDocument, mutate: (seq: YAMLSeq) => void): TextEdit | undefined {
  const root = document.yaml.contents;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((p) => keyOf(p) === 'annotations');
  if (!pair || !isSeq(pair.value)) return undefined;
  const region = pairRegion(document.text, pair);
  if (!region) return undefined;
  const seq = pair.value.clone() as YAMLSeq;
  mutate(seq);
  return {
    start: region.start,
    end: region.end,
    text: renderPair((pair.key as Scalar).clone() as Scalar, seq, region.indent),
  };
}

function annotationsAreFlow(document: MapDocument): boolean {
  const a = document.yaml.get('annotations', true);
  return isSeq(a) && a.flow === true;
}

// Fallback for files whose `nodes` is empty or written as a flow map: edit the whole document tree.
function reRenderedText(document: MapDocument, changes: NodeChanges): string {
  const doc = document.yaml.clone() as Document;
  let nodes = doc.get('nodes', true);
  if (!isMap(nodes)) {
    doc.set('nodes', createYamlNode({}));
    nodes = doc.get('nodes', true);
  }
  const map = nodes as YAMLMap;
  map.flow = false;
  map.items = map.items.filter((p) => !changes.remove?.has(keyOf(p) ?? ''));
  for (const pair of map.items) {
    const id = keyOf(pair);
    if (id === undefined) continue;
    changes.update?.get(id)?.(pair.value as YAMLMap);
    const newId = changes.rename?.get(id);
    if (newId !== undefined) pair.key = new Scalar(newId);
  }
  for (const [id, node] of changes.append ?? []) map.set(id, createYamlNode(canonicalNode(node)));
  const annotations = doc.get('annotations', true);
  if (changes.annotations && isSeq(annotations)) changes.annotations(annotations);
  return doc.toString(YAML_STYLE);
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function touchedIds(changes: NodeChanges): Set<string> {
  const ids = new Set<string>([...(changes.update?.keys() ?? []), ...(changes.remove ?? [])]);
  for (const [from, to] of changes.rename ?? []) ids.add(from).add(to);
  for (const [id] of changes.append ?? []) ids.add(id);
  return ids;
}

function sharingUntouched(before: WardleyMap, after: WardleyMap, touched: Set<string>): WardleyMap {
  const nodes: Record<string, MapNode> = {};
  for (const id of Object.keys(after.nodes)) {
    const old = Object.hasOwn(before.nodes, id) ? before.nodes[id] : undefined;
    const fresh = after.nodes[id];
    if (fresh) nodes[id] = old && !touched.has(id) ? old : fresh;
  }
  return { ...after, nodes };
}
