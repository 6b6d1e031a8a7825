// The next document after an edit, built from the previous one plus the text the edit wrote: only
// that text is parsed, and only what it can break is checked (its own YAML and schema, the
// references from and to the nodes it changed, the annotations). Every other node keeps its parsed
// YAML, its node object and its place, moved by a shift (core/format/layout.ts). Returns undefined
// when it cannot vouch for the result; the caller then parses the whole text.
import { isCollection, isMap, isPair, isScalar, Pair, type Document, type YAMLMap } from 'yaml';
import { nodeShift, recordPairSource, type SourceLayout } from '../format/layout.ts';
import type { MapDocument } from '../format/parse.ts';
import { MAX_DEPTH, parseYamlSafely } from '../format/yaml-safety.ts';
import { jsKeyOf } from '../format/yaml-paths.ts';
import { editKeepsMapValid, NODES_CHECKED_LOCALLY } from './edit-checks.ts';
import { derivedText } from './lazy-text.ts';
import { deriveLineIndex, lineIndexOf } from './line-index.ts';
import { editRecord } from './edit-record.ts';
import { recordEdit } from './lineage.ts';
import { keepNodePositions } from './node-index.ts';
import { inTextOrder, type PlannedEdit } from './splice.ts';
import type { MapNode, WardleyMap } from './types.ts';
import { isPlainObject } from './yaml-node.ts';

/** An edit's text once parsed: its pairs with their shift into the new text, and their data. */
interface ParsedPiece {
  edit: PlannedEdit;
  pairs: Pair[];
  shift: number;
  data: Record<string, unknown>;
}

export function incrementalDocument(document: MapDocument, edits: readonly PlannedEdit[]): MapDocument | undefined {
  const root = document.yaml.contents;
  const nodesIndex = isMap(root) ? root.items.findIndex((p) => keyOf(p) === 'nodes') : -1;
  const nodesPair = isMap(root) ? root.items[nodesIndex] : undefined;
  if (!isMap(root) || !nodesPair || !isMap(nodesPair.value)) return undefined;
  const pieces = parsedPieces(edits);
  if (!pieces) return undefined;
  const moved = offsetsMoved(edits);
  const nodes = replacedNodes(document, nodesPair.value, pieces) ?? nextNodes(document, nodesPair.value, pieces, moved);
  if (!nodes) return undefined;
  const top = nextRoot(root, nodesIndex, new Pair(nodesPair.key, nodes.yaml), pieces, moved);
  if (!top) return undefined;
  placeNodesMap(nodes.yaml, nodes.shifts);
  const map = nextMap(document.map, nodes.record, pieces);
  if (!editKeepsMapValid(document.map, map, freshNodes(pieces), removedIds(document, pieces))) return undefined;
  const yaml = withContents(document.yaml, top);
  const layout: SourceLayout = { nodes: nodes.shifts, source: document.layout?.source ?? document.text };
  return editedDocument(document, edits, { bom: document.bom, eol: document.eol, map, yaml, layout });
}

function parsedPieces(edits: readonly PlannedEdit[]): ParsedPiece[] | undefined {
  const sorted = inTextOrder(edits);
  const pieces: ParsedPiece[] = [];
  let delta = 0;
  for (const edit of sorted) {
    const at = edit.start + delta;
    delta += edit.text.length - (edit.end - edit.start);
    if (edit.target === 'remove') {
      pieces.push({ edit, pairs: [], shift: at, data: {} });
      continue;
    }
    const keys = keysWritten(edit);
    // A map node sits one level deeper in the file than in its own text (under the root mapping).
    const piece = parsedPairs(edit.text, edit.target === 'root' ? MAX_DEPTH : MAX_DEPTH - 1, keys);
    if (!piece) return undefined;
    pieces.push({ edit, ...piece, shift: at });
  }
  return pieces;
}

/** The keys an edit's text must hold, in order; undefined for typed text, which may hold any. */
function keysWritten(edit: PlannedEdit): readonly string[] | undefined {
  if (edit.target === 'node') return [edit.id];
  if (edit.target === 'append') return edit.ids;
  return edit.target === 'root' ? [edit.key] : undefined;
}

/** The pairs `text` holds: those of `keys`, in order, or (no `keys`: typed text) any, even none. */
function parsedPairs(
  text: string,
  maxDepth: number,
  keys: readonly string[] | undefined,
): { pairs: Pair[]; data: Record<string, unknown> } | undefined {
  const parsed = parseYamlSafely(text, maxDepth);
  if (!parsed.ok || parsed.value.reservedKeys.length > 0) return undefined;
  const { doc } = parsed.value;
  const map = doc.contents;
  if (map === null && keys === undefined) return { pairs: [], data: {} };
  // A flow mapping cannot stand among the block pairs of the file.
  if (!isMap(map) || map.flow || (keys !== undefined && map.items.length !== keys.length)) return undefined;
  if (map.items.some((pair, i) => keyOf(pair) === undefined || (keys !== undefined && keyOf(pair) !== keys[i])))
    return undefined;
  for (const pair of map.items) recordPairSource(pair as Pair, text);
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  return isPlainObject(data) ? { pairs: map.items as Pair[], data } : undefined;
}

/**
 * How far the edits move a position of the old text: the change in length of the edits before
 * it, including text inserted right at it (an appended node lands where the next key was).
 */
function offsetsMoved(edits: readonly PlannedEdit[]): (offset: number) => number {
  const sorted = inTextOrder(edits);
  return (offset) => {
    let delta = 0;
    for (const e of sorted) {
      if (e.start > offset || (e.start === offset && e.end !== e.start)) break;
      delta += e.text.length - (e.end - e.start);
    }
    return delta;
  };
}

function keyStart(pair: Pair): number {
  return isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
}

function nextNodes(
  document: MapDocument,
  nodes: YAMLMap,
  pieces: readonly ParsedPiece[],
  moved: (offset: number) => number,
): { yaml: YAMLMap; shifts: Int32Array; record: Record<string, MapNode> } | undefined {
  const byIndex = new Map<number, ParsedPiece>();
  for (const p of pieces) if (p.edit.target !== 'append' && p.edit.target !== 'root') byIndex.set(p.edit.index, p);
  const items: Pair[] = [];
  const shifts: number[] = [];
  const record: Record<string, MapNode> = {};
  const add = (pair: Pair, shift: number, node: unknown): boolean => {
    const id = keyOf(pair);
    if (id === undefined || Object.hasOwn(record, id) || !isPlainObject(node)) return false;
    items.push(pair);
    shifts.push(shift);
    record[id] = node as unknown as MapNode;
    return true;
  };
  const old = document.map.nodes;
  for (let i = 0; i < nodes.items.length; i++) {
    const piece = byIndex.get(i);
    const pair = nodes.items[i] as Pair;
    if (piece?.edit.target === 'remove') continue;
    // Typed text over several nodes stands for all of them: its pairs, then the node after them.
    if (piece?.edit.target === 'nodes') {
      if (!addPiece(piece, add)) return undefined;
      i += piece.edit.count - 1;
      continue;
    }
    const id = keyOf(pair) ?? '';
    const ok = piece
      ? addPiece(piece, add)
      : add(pair, nodeShift(document, i) + moved(keyStart(pair) + nodeShift(document, i)), old[id]);
    if (!ok) return undefined;
  }
  for (const p of pieces) if (p.edit.target === 'append' && !addPiece(p, add)) return undefined;
  if (items.length === 0 || items.length > NODES_CHECKED_LOCALLY) return undefined;
  const yaml = shallowCopy(nodes);
  yaml.items = items;
  return { yaml, shifts: Int32Array.from(shifts), record };
}

// The `nodes` mapping starts at its first key, which may be another pair than before the edit
// (findings about the map as a whole point there).
function placeNodesMap(nodes: YAMLMap, shifts: Int32Array): void {
  const first = nodes.items[0] as Pair;
  const last = nodes.items[nodes.items.length - 1] as Pair;
  const start = keyStart(first) + (shifts[0] ?? 0);
  const lastValue = (last.value as YAMLMap | null)?.range;
  const end = (lastValue ? lastValue[2] : keyStart(last)) + (shifts[shifts.length - 1] ?? 0);
  nodes.range = [start, end, end];
}

// The common edit (move, re-source, link, a field): the same nodes under the same ids, some
// re-written. Copies of the arrays and of the node record, with no per-node work beyond that.
function replacedNodes(
  document: MapDocument,
  nodes: YAMLMap,
  pieces: readonly ParsedPiece[],
): { yaml: YAMLMap; shifts: Int32Array; record: Record<string, MapNode> } | undefined {
  const items = [...nodes.items] as Pair[];
  const shifts = document.layout ? document.layout.nodes.slice() : new Int32Array(items.length);
  // A key-by-key copy: V8 copies a large dictionary-mode object faster this way than by spreading.
  const record: Record<string, MapNode> = {};
  const before = document.map.nodes;
  for (const id of Object.keys(before)) record[id] = before[id] as MapNode;
  for (const p of pieces) {
    const { edit } = p;
    const pair = p.pairs[0];
    if (edit.target !== 'node' || !pair || keyOf(items[edit.index] as Pair) !== edit.id) return undefined;
    const node = p.data[edit.id];
    if (!isPlainObject(node)) return undefined;
    items[edit.index] = pair;
    shifts[edit.index] = p.shift;
    record[edit.id] = node as unknown as MapNode;
    const delta = edit.text.length - (edit.end - edit.start);
    if (delta !== 0) for (let i = edit.index + 1; i < shifts.length; i++) shifts[i] = (shifts[i] ?? 0) + delta;
  }
  const yaml = shallowCopy(nodes);
  yaml.items = items;
  keepNodePositions(nodes, yaml);
  return { yaml, shifts, record };
}

function addPiece(piece: ParsedPiece, add: (pair: Pair, shift: number, node: unknown) => boolean): boolean {
  return piece.pairs.every((pair) => add(pair, piece.shift, piece.data[keyOf(pair) ?? '']));
}

// Top-level pairs keep exact ranges: those after an edit are copied with their ranges moved
// (a handful of settings, not thousands of nodes), so settings edits need no shifts.
function nextRoot(
  root: YAMLMap,
  nodesIndex: number,
  nodesPair: Pair,
  pieces: readonly ParsedPiece[],
  moved: (offset: number) => number,
): YAMLMap | undefined {
  const items = (root.items as Pair[]).map((pair, i) => {
    const delta = i > nodesIndex ? moved(keyStart(pair)) : 0;
    return delta === 0 ? pair : shiftedCopy(pair, delta);
  });
  items[nodesIndex] = nodesPair;
  for (const p of pieces) {
    if (p.edit.target !== 'root') continue;
    // Settings above `nodes` would move every node; such files are parsed whole.
    if (p.edit.index < nodesIndex || !p.pairs[0]) return undefined;
    items[p.edit.index] = shiftedCopy(p.pairs[0], p.shift);
  }
  const yaml = shallowCopy(root);
  yaml.items = items;
  return yaml;
}

function shiftedCopy(pair: Pair, delta: number): Pair {
  const copy = pair.clone();
  moveRanges(copy.key, delta);
  moveRanges(copy.value, delta);
  return copy;
}

function moveRanges(node: unknown, delta: number): void {
  if (typeof node !== 'object' || node === null) return;
  const range = (node as { range?: [number, number, number] }).range;
  if (range)
    (node as { range: [number, number, number] }).range = [range[0] + delta, range[1] + delta, range[2] + delta];
  if (isPair(node)) {
    moveRanges(node.key, delta);
    moveRanges(node.value, delta);
  } else if (isCollection(node)) {
    for (const item of node.items) moveRanges(item, delta);
  }
}

function nextMap(before: WardleyMap, nodes: Record<string, MapNode>, pieces: readonly ParsedPiece[]): WardleyMap {
  const map: WardleyMap = { ...before, nodes };
  for (const p of pieces) {
    if (p.edit.target === 'root' && p.edit.key === 'annotations') {
      map.annotations = p.data.annotations as NonNullable<WardleyMap['annotations']>;
    }
  }
  return map;
}

/** The nodes whose text the edit wrote, as they now load. */
function freshNodes(pieces: readonly ParsedPiece[]): Map<string, unknown> {
  const fresh = new Map<string, unknown>();
  for (const p of pieces) {
    if (p.edit.target === 'remove' || p.edit.target === 'root') continue;
    for (const [id, node] of Object.entries(p.data)) fresh.set(id, node);
  }
  return fresh;
}

/** Ids the edit took off the map: removed nodes and the old ids of renamed or typed-over ones. */
function removedIds(document: MapDocument, pieces: readonly ParsedPiece[]): Set<string> {
  const nodes = document.yaml.get('nodes', true) as YAMLMap;
  const gone = new Set<string>();
  for (const { edit, data } of pieces) {
    if (edit.target === 'append' || edit.target === 'root') continue;
    const count = edit.target === 'nodes' ? edit.count : 1;
    for (let i = edit.index; i < edit.index + count; i++) {
      const id = keyOf(nodes.items[i] as Pair);
      if (id !== undefined && (edit.target === 'remove' || !Object.hasOwn(data, id))) gone.add(id);
    }
  }
  return gone;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? jsKeyOf(pair.key) : undefined;
}

// Own property descriptors, not Object.assign: yaml marks its nodes with a non-enumerable symbol.
function shallowCopy<T extends object>(value: T): T {
  return Object.create(Object.getPrototypeOf(value) as object, Object.getOwnPropertyDescriptors(value)) as T;
}

function withContents(doc: Document.Parsed, contents: YAMLMap): Document.Parsed {
  const copy = shallowCopy(doc);
  copy.contents = contents as YAMLMap.Parsed;
  return copy;
}

/** A document whose text and line index are made when first asked for, not on every edit. */
function editedDocument(
  parent: MapDocument,
  edits: readonly PlannedEdit[],
  fields: Omit<MapDocument, 'lineCounter' | 'text'>,
): MapDocument {
  const text = derivedText(parent, edits);
  const document: MapDocument = {
    ...fields,
    get text() {
      return text.read(document);
    },
    get lineCounter() {
      return lineIndexOf(document);
    },
  };
  text.adopt(document);
  deriveLineIndex(parent, document, edits);
  recordEdit(parent, document, editRecord(parent, edits));
  return document;
}
