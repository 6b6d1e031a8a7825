// The `nodes` mapping of the document an edit makes: the pairs the edit wrote put in place of the
// old ones, every other pair kept (with the shift that places it in the new text), and the node
// nodes the map reads. A rename or an edit of a few fields keeps every node in its place and costs
// copies of the arrays; an edit that adds, removes or regroups nodes walks them.
import { isScalar, type Pair, type YAMLMap } from 'yaml';
import { nodeShift } from '../format/layout.ts';
import type { MapDocument } from '../format/parse.ts';
import { jsKeyOf } from '../format/yaml-paths.ts';
import { NODES_CHECKED_LOCALLY } from './edit-checks.ts';
import { keepNodePositions, renamedNodePositions } from './node-index.ts';
import { changedTable, nodeOf, type NodeTable } from './node-table.ts';
import type { PlannedEdit } from './splice.ts';
import type { MapNode } from './types.ts';
import { isPlainObject } from './yaml-node.ts';

/** An edit's text once parsed: its pairs with their shift into the new text, and their data. */
export interface ParsedPiece {
  edit: PlannedEdit;
  pairs: Pair[];
  shift: number;
  data: Record<string, unknown>;
}

export interface NextNodes {
  yaml: YAMLMap;
  shifts: Int32Array;
  /** The nodes: a table over the previous map's (the common edit), or else a new record. */
  nodes: { table: NodeTable } | { record: Record<string, MapNode> };
}

/** The next `nodes` mapping, or undefined when the pieces do not make a valid one. */
export function nextNodes(
  document: MapDocument,
  nodes: YAMLMap,
  pieces: readonly ParsedPiece[],
  moved: (offset: number) => number,
): NextNodes | undefined {
  return replacedNodes(document, nodes, pieces) ?? walkedNodes(document, nodes, pieces, moved);
}

export function keyStart(pair: Pair): number {
  return isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
}

function walkedNodes(
  document: MapDocument,
  nodes: YAMLMap,
  pieces: readonly ParsedPiece[],
  moved: (offset: number) => number,
): NextNodes | undefined {
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
      : add(pair, nodeShift(document, i) + moved(keyStart(pair) + nodeShift(document, i)), nodeOf(document.map, id));
    if (!ok) return undefined;
  }
  for (const p of pieces) if (p.edit.target === 'append' && !addPiece(p, add)) return undefined;
  if (items.length === 0 || items.length > NODES_CHECKED_LOCALLY) return undefined;
  const yaml = shallowCopy(nodes);
  yaml.items = items;
  return { yaml, shifts: Int32Array.from(shifts), nodes: { record } };
}

// The `nodes` mapping starts at its first key, which may be another pair than before the edit
// (findings about the map as a whole point there).
export function placeNodesMap(nodes: YAMLMap, shifts: Int32Array): void {
  const first = nodes.items[0] as Pair;
  const last = nodes.items[nodes.items.length - 1] as Pair;
  const start = keyStart(first) + (shifts[0] ?? 0);
  const lastValue = (last.value as YAMLMap | null)?.range;
  const end = (lastValue ? lastValue[2] : keyStart(last)) + (shifts[shifts.length - 1] ?? 0);
  nodes.range = [start, end, end];
}

// The common edit (move, re-source, link, a field, a rename): the same nodes in the same places,
// some re-written (a renamed one under its new id). Copies of the arrays; the nodes are a table
// over the previous map's (node-table.ts), not a copy of its record.
function replacedNodes(document: MapDocument, nodes: YAMLMap, pieces: readonly ParsedPiece[]): NextNodes | undefined {
  const items = [...nodes.items] as Pair[];
  const shifts = document.layout ? document.layout.nodes.slice() : new Int32Array(items.length);
  const written = new Map<string, MapNode>();
  const renamed = new Map<string, string>();
  for (const p of pieces) {
    const { edit } = p;
    const pair = p.pairs[0];
    const old = edit.target === 'node' ? keyOf(items[edit.index] as Pair) : undefined;
    if (edit.target !== 'node' || !pair || old === undefined) return undefined;
    const node = p.data[edit.id];
    if (!isPlainObject(node)) return undefined;
    if (old !== edit.id) renamed.set(old, edit.id);
    written.set(edit.id, node as unknown as MapNode);
    items[edit.index] = pair;
    shifts[edit.index] = p.shift;
    const delta = edit.text.length - (edit.end - edit.start);
    if (delta !== 0) for (let i = edit.index + 1; i < shifts.length; i++) shifts[i] = (shifts[i] ?? 0) + delta;
  }
  const table = changedTable(document.map, written, renamed);
  if (!table) return undefined;
  const yaml = shallowCopy(nodes);
  yaml.items = items;
  if (renamed.size === 0) keepNodePositions(nodes, yaml);
  else renamedNodePositions(nodes, yaml, renamed);
  return { yaml, shifts, nodes: { table } };
}

function addPiece(piece: ParsedPiece, add: (pair: Pair, shift: number, node: unknown) => boolean): boolean {
  return piece.pairs.every((pair) => add(pair, piece.shift, piece.data[keyOf(pair) ?? '']));
}

export function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? jsKeyOf(pair.key) : undefined;
}

// Own property descriptors, not Object.assign: yaml marks its nodes with a non-enumerable symbol.
export function shallowCopy<T extends object>(value: T): T {
  return Object.create(Object.getPrototypeOf(value) as object, Object.getOwnPropertyDescriptors(value)) as T;
}
