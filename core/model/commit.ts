// Turns a set of node changes into a new MapDocument: splices re-rendered node text into the
// file (see splice.ts), parses and checks what changed (incremental.ts) so an edit can never
// produce a file that does not load, and keeps the identity of every node object the edit did not
// touch. The cost of an edit follows the size of the change, not of the map.
import { isMap, isScalar, isSeq, Scalar, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { nodeShift, sourceOfPair } from '../format/layout.ts';
import { parseMap, type MapDocument } from '../format/parse.ts';
import { canonicalNode } from '../format/stringify.ts';
import type { Diagnostic, MapNode, WardleyMap } from './types.ts';
import { incrementalDocument } from './incremental.ts';
import {
  applyTextEdits,
  leadingCommentStart,
  pairRegion,
  renderPair,
  writtenText,
  type PlannedEdit,
} from './splice.ts';
import { nodePositions } from './node-index.ts';
import { retextedReferences } from './reference-text.ts';
import { createYamlNode } from './yaml-node.ts';

export type EditResult = { ok: true; document: MapDocument; ids: string[] } | { ok: false; errors: Diagnostic[] };

/** What an operation changes; every id not named here keeps its text and its node object. */
export interface NodeChanges {
  update?: Map<string, (node: YAMLMap) => void>;
  rename?: Map<string, string>;
  remove?: Set<string>;
  append?: [string, MapNode][];
  annotations?: (seq: YAMLSeq) => void;
  /**
   * Ids renamed (old → new) when every `update` only rewrites references to them (`uses`,
   * `inside`): those nodes' text may then be changed in place (reference-text.ts).
   */
  references?: ReadonlyMap<string, string>;
}

export function editFailed(rule: string, message: string, node?: string): EditResult {
  const d: Diagnostic = { line: 0, column: 0, severity: 'error', rule, message };
  if (node !== undefined) d.node = node;
  return { ok: false, errors: [d] };
}

export function commitChanges(document: MapDocument, changes: NodeChanges, ids: string[]): EditResult {
  const nodes = document.yaml.get('nodes', true);
  const spliceable = isMap(nodes) && !nodes.flow && nodes.items.length > 0 && !annotationsAreFlow(document);
  if (!spliceable) return fullyParsed(document, reRenderedText(document, changes), changes, ids);
  const edits = plannedEdits(document, nodes, changes);
  // The fast path proves the result loads by checking only what the edit touched; when it cannot
  // (or the edit is invalid) the whole text is parsed, which also gives the errors their places.
  const next = incrementalDocument(document, edits);
  if (next) return { ok: true, document: next, ids };
  return fullyParsed(document, applyTextEdits(document.text, edits), changes, ids);
}

function fullyParsed(document: MapDocument, text: string, changes: NodeChanges, ids: string[]): EditResult {
  const parsed = parseMap(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const map = sharingUntouched(document.map, parsed.map, touchedIds(changes));
  const next: MapDocument = { ...parsed.document, map, bom: document.bom, eol: document.eol };
  return { ok: true, document: next, ids };
}

function plannedEdits(document: MapDocument, nodes: YAMLMap, changes: NodeChanges): PlannedEdit[] {
  const edits: PlannedEdit[] = [];
  for (const index of changedPositions(nodes, changes)) {
    const edit = nodeEdit(document, nodes.items[index] as Pair, index, changes);
    if (edit) edits.push(edit);
  }
  const appended = changes.append ?? [];
  if (appended.length > 0) edits.push(appendEdit(document, nodes, appended));
  if (changes.annotations) {
    const edit = annotationsEdit(document, changes.annotations);
    if (edit) edits.push(edit);
  }
  return edits;
}

/** The edit of the pair at `index`: removed, or re-rendered with its updates and new id. */
function nodeEdit(document: MapDocument, pair: Pair, index: number, changes: NodeChanges): PlannedEdit | undefined {
  const id = keyOf(pair);
  if (id === undefined) return undefined;
  const remove = changes.remove?.has(id) === true;
  const update = changes.update?.get(id);
  const newId = changes.rename?.get(id);
  if (!remove && !update && newId === undefined) return undefined;
  const shift = nodeShift(document, index);
  if (remove) {
    const whole = document.text;
    const region = pairRegion(whole, pair, shift);
    if (!region) return undefined;
    return { start: leadingCommentStart(whole, region.start), end: region.end, text: '', target: 'remove', index };
  }
  // The pair's own lines, found in the text it was parsed from: no need to build the whole text.
  const source = sourceOfPair(document, pair);
  const own = pairRegion(source, pair);
  if (!own) return undefined;
  const region = { start: own.start + shift, end: own.end + shift, indent: own.indent };
  const retexted =
    changes.references && newId === undefined ? retextedReferences(source, own, pair, changes.references) : undefined;
  if (retexted !== undefined)
    return { start: region.start, end: region.end, text: retexted, target: 'node', index, id };
  const value = (pair.value as YAMLMap).clone() as YAMLMap;
  const range = (pair.value as YAMLMap).range;
  // A trailing comment after the value's last line lies outside the region: keep it where it is.
  if (range && range[2] + shift > region.end) delete value.comment;
  update?.(value);
  const key = (pair.key as Scalar).clone() as Scalar;
  if (newId !== undefined) key.value = newId;
  const rendered = renderPair(key, value, region.indent);
  return { start: region.start, end: region.end, text: rendered, target: 'node', index, id: newId ?? id };
}

/** The positions of the pairs `changes` names, in file order (every pair when ids are not unique). */
function changedPositions(nodes: YAMLMap, changes: NodeChanges): number[] {
  const positions = nodePositions(nodes);
  if (!positions) return nodes.items.map((_, i) => i);
  const named = new Set([
    ...(changes.remove ?? []),
    ...(changes.update?.keys() ?? []),
    ...(changes.rename?.keys() ?? []),
  ]);
  const out: number[] = [];
  for (const id of named) {
    const at = positions.get(id);
    if (at !== undefined) out.push(at);
  }
  return out.sort((a, b) => a - b);
}

function appendEdit(document: MapDocument, nodes: YAMLMap, appended: [string, MapNode][]): PlannedEdit {
  const { text } = document;
  const lastIndex = nodes.items.length - 1;
  const last = nodes.items[lastIndex] as Pair;
  const shift = nodeShift(document, lastIndex);
  const region = pairRegion(text, last, shift);
  const indent = region?.indent ?? 2;
  const lastEnd = (last.value as YAMLMap | null)?.range?.[2];
  const valueEnd = lastEnd === undefined ? (region?.end ?? text.length) : lastEnd + shift;
  let at = Math.max(region?.end ?? 0, valueEnd);
  if (at > 0 && text[at - 1] !== '\n') at = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
  const prefix = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
  const body = appended.map(([id, node]) => renderPair(id, createYamlNode(canonicalNode(node)), indent)).join('');
  return { start: at, end: at, text: prefix + body, target: 'append', ids: appended.map(([id]) => id) };
}

function annotationsEdit(document: MapDocument, mutate: (seq: YAMLSeq) => void): PlannedEdit | undefined {
  const root = document.yaml.contents;
  if (!isMap(root)) return undefined;
  const index = root.items.findIndex((p) => keyOf(p) === 'annotations');
  const pair = root.items[index];
  if (!pair || !isSeq(pair.value)) return undefined;
  const region = pairRegion(document.text, pair);
  if (!region) return undefined;
  const seq = pair.value.clone() as YAMLSeq;
  mutate(seq);
  const text = renderPair((pair.key as Scalar).clone() as Scalar, seq, region.indent);
  return { start: region.start, end: region.end, text, target: 'root', index, key: 'annotations' };
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
  return writtenText(doc);
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
