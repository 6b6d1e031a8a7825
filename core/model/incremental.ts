// The next document after an edit, built from the previous one plus the text the edit wrote: only
// that text is parsed, and only what it can break is checked (its own YAML and schema, the
// references from and to the nodes it changed, the annotations). Every other node keeps its parsed
// YAML, its node object and its place, moved by a shift (core/format/layout.ts). Returns undefined
// when it cannot vouch for the result; the caller then parses the whole text.
import { isCollection, isMap, isNode, isPair, Pair, type Document, type YAMLMap } from 'yaml';
import { recordPairSource, type SourceLayout } from '../format/layout.ts';
import type { MapDocument } from '../format/parse.ts';
import { MAX_DEPTH, parseYamlSafely } from '../format/yaml-safety.ts';
import { editKeepsMapValid } from './edit-checks.ts';
import { derivedText } from './lazy-text.ts';
import { deriveLineIndex, lineIndexOf } from './line-index.ts';
import { editRecord } from './edit-record.ts';
import { recordEdit } from './lineage.ts';
import {
  keyOf,
  keyStart,
  nextNodes,
  placeNodesMap,
  shallowCopy,
  type NextNodes,
  type ParsedPiece,
} from './next-nodes.ts';
import { mapWithTable } from './node-table.ts';
import { handOnReferrers, referrersOf } from './referrers.ts';
import { inTextOrder, type PlannedEdit } from './splice.ts';
import type { WardleyMap } from './types.ts';
import { isPlainObject } from './yaml-node.ts';

export function incrementalDocument(document: MapDocument, edits: readonly PlannedEdit[]): MapDocument | undefined {
  const root = document.yaml.contents;
  const nodesIndex = isMap(root) ? root.items.findIndex((p) => keyOf(p) === 'nodes') : -1;
  const nodesPair = isMap(root) ? root.items[nodesIndex] : undefined;
  if (!isMap(root) || !nodesPair || !isMap(nodesPair.value)) return undefined;
  const pieces = parsedPieces(edits);
  if (!pieces) return undefined;
  const moved = offsetsMoved(edits);
  const nodes = nextNodes(document, nodesPair.value, pieces, moved);
  if (!nodes) return undefined;
  const top = nextRoot(root, nodesIndex, new Pair(nodesPair.key, nodes.yaml), pieces, moved);
  if (!top) return undefined;
  placeNodesMap(nodes.yaml, nodes.shifts);
  const map = nextMap(document.map, nodes.nodes, pieces);
  const referrers = (id: string) => referrersOf(document.map, id);
  if (!editKeepsMapValid(document.map, map, freshNodes(pieces), removedIds(document, pieces), referrers))
    return undefined;
  handOnReferrers(document.map, map, writtenIds(nodesPair.value, pieces));
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

// Top-level pairs keep exact ranges: those after an edit are copied with their ranges moved
// (a handful of settings, not thousands of nodes), so settings edits need no shifts. A setting
// typed above `nodes` moves every node: their shifts took that in (nextNodes); here only the
// `nodes` key itself moves.
function nextRoot(
  root: YAMLMap,
  nodesIndex: number,
  nodesPair: Pair,
  pieces: readonly ParsedPiece[],
  moved: (offset: number) => number,
): YAMLMap | undefined {
  const items = (root.items as Pair[]).map((pair) => {
    const delta = moved(keyStart(pair));
    return delta === 0 ? pair : shiftedCopy(pair, delta);
  });
  const nodesMoved = moved(keyStart(root.items[nodesIndex] as Pair));
  items[nodesIndex] = nodesMoved === 0 ? nodesPair : new Pair(movedKey(nodesPair.key, nodesMoved), nodesPair.value);
  for (const p of pieces) {
    if (p.edit.target !== 'root') continue;
    if (p.edit.index === nodesIndex || !p.pairs[0]) return undefined;
    items[p.edit.index] = shiftedCopy(p.pairs[0], p.shift);
  }
  const yaml = shallowCopy(root);
  yaml.items = items;
  return yaml;
}

function movedKey(key: unknown, delta: number): unknown {
  if (!isNode(key)) return key;
  const copy = key.clone();
  moveRanges(copy, delta);
  return copy;
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

function nextMap(before: WardleyMap, nodes: NextNodes['nodes'], pieces: readonly ParsedPiece[]): WardleyMap {
  const fields = withoutNodes(before);
  const map = 'table' in nodes ? mapWithTable(fields, nodes.table) : ({ ...fields, nodes: nodes.record } as WardleyMap);
  for (const p of pieces) {
    if (p.edit.target !== 'root') continue;
    // The setting as its own text loads (the schema check of the whole map's top level follows).
    (map as unknown as Record<string, unknown>)[p.edit.key] = p.data[p.edit.key];
  }
  return map;
}

// The map's fields with `nodes` left empty in its place, so the next map lists its fields in the
// same order (spreading the map would read its nodes: a record still to be made would be made).
function withoutNodes(map: WardleyMap): Omit<WardleyMap, 'nodes'> {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(map)) fields[key] = key === 'nodes' ? undefined : Reflect.get(map, key);
  return fields as Omit<WardleyMap, 'nodes'>;
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

/** The ids of the nodes the edit wrote, took away or added: as they were, and as they are now. */
function writtenIds(nodes: YAMLMap, pieces: readonly ParsedPiece[]): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  for (const { edit, data } of pieces) {
    if (edit.target === 'root') continue;
    if (edit.target !== 'append') {
      const count = edit.target === 'nodes' ? edit.count : 1;
      for (let i = edit.index; i < edit.index + count; i++) {
        const id = keyOf(nodes.items[i] as Pair);
        if (id !== undefined) before.push(id);
      }
    }
    if (edit.target !== 'remove') after.push(...Object.keys(data));
  }
  return { before, after };
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
