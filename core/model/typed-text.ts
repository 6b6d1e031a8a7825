// Text typed into the lines of the map's nodes, taken as an edit of those nodes: only their lines
// are parsed and only what they can break is checked (incremental.ts), the way a canvas edit is
// committed. Typing in one node of a 2,000-node file then costs what the node costs, and a paste of
// a few nodes what those nodes cost, not what the file costs. Any other change (the settings, text
// after the nodes, text that does not load) is left to a whole parse.
import type { Pair, YAMLMap } from 'yaml';
import { isMap, isScalar } from 'yaml';
import { nodeShift, sourceOfPair } from '../format/layout.ts';
import type { MapDocument } from '../format/parse.ts';
import { jsKeyOf } from '../format/yaml-paths.ts';
import { incrementalDocument } from './incremental.ts';
import { pairRegion, type PlannedEdit } from './splice.ts';

/** The one change that turns `before` into `after`: their common prefix and suffix stay untouched. */
export interface TextChange {
  from: number;
  /** End of the replaced text in `before`. */
  to: number;
  insert: string;
}

export function textChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

/**
 * `change` (a change known to turn `before` into some text) without the characters it keeps the same
 * at either end: an editor that reports where it changed the text saves diffing whole files.
 */
export function narrowedChange(before: string, change: TextChange): TextChange | undefined {
  const { insert } = change;
  let from = change.from;
  let start = 0;
  while (from < change.to && start < insert.length && before.charCodeAt(from) === insert.charCodeAt(start)) {
    from++;
    start++;
  }
  let to = change.to;
  let end = insert.length;
  while (to > from && end > start && before.charCodeAt(to - 1) === insert.charCodeAt(end - 1)) {
    to--;
    end--;
  }
  if (from === to && start === end) return undefined;
  return { from, to, insert: insert.slice(start, end) };
}

/**
 * The document for `text` when it differs from `document.text` only inside the lines of the map's
 * nodes and still loads: the lines of the nodes the change touched are parsed again, as one piece,
 * and nothing else (typing in one node, a paste of several, lines deleted across nodes).
 * Undefined when the change reaches beyond the nodes or the result must be parsed whole (the
 * caller then parses `text` itself, which also places any error). `known`, when given, is a change
 * that turns `document.text` into `text` (the editor's own record of what was typed).
 */
export function typedDocument(document: MapDocument, text: string, known?: TextChange): MapDocument | undefined {
  const before = document.text;
  const found = known ? narrowedChange(before, known) : textChange(before, text);
  if (!found) return undefined;
  const edit = typedInNodes(document, found) ?? typedInSetting(document, found);
  const next = edit && incrementalDocument(document, [edit]);
  return next && next.text === text ? next : undefined;
}

/** Typing inside the lines of the nodes, as an edit of the node (or run of nodes) it touches. */
function typedInNodes(document: MapDocument, found: TextChange): PlannedEdit | undefined {
  const before = document.text;
  const nodes = document.yaml.get('nodes', true);
  if (!isMap(nodes) || nodes.flow || nodes.items.length === 0) return undefined;
  const change = fromLineStart(before, found);
  const span = typedSpan(document, nodes, change);
  if (!span) return undefined;
  const { start, end, first, count } = span;
  const written = before.slice(start, change.from) + change.insert + before.slice(change.to, end);
  if (!standsAmongNodes(written, span.indent, before.slice(end, end + 400), end === before.length)) return undefined;
  const id = keyOf(nodes.items[first] as Pair);
  // The same node under the same key: the edit a canvas makes, which keeps every other node's place.
  const pad = ' '.repeat(span.indent);
  const oneKey = !new RegExp(`\\n${pad}[^\\s#]`).test(written);
  const sameNode = count === 1 && id !== undefined && oneKey && written.startsWith(`${pad}${id}:`);
  return sameNode
    ? { start, end, text: written, target: 'node', index: first, id }
    : { start, end, text: written, target: 'nodes', index: first, count };
}

/**
 * Typing inside one of the map's settings (a top-level key other than `nodes`: the title, the
 * stages, the annotations…), as an edit of that key alone: its lines are parsed, not the nodes'.
 * The typed lines must still hold that one key and nothing after it.
 */
function typedInSetting(document: MapDocument, change: TextChange): PlannedEdit | undefined {
  const before = document.text;
  const root = document.yaml.contents;
  if (!isMap(root) || root.flow) return undefined;
  for (let index = 0; index < root.items.length; index++) {
    const pair = root.items[index] as Pair;
    const key = keyOf(pair);
    // Top-level pairs carry exact ranges into the current text (core/format/layout.ts).
    const region = pairRegion(before, pair);
    if (!region || key === undefined || key === 'nodes' || region.indent !== 0) continue;
    if (change.from < region.start || change.to > region.end) continue;
    const { start, end } = region;
    const written = before.slice(start, change.from) + change.insert + before.slice(change.to, end);
    const atEnd = end === before.length;
    if (!written.startsWith(`${key}:`) || /\n[^\s#]/.test(written.slice(0, -1))) return undefined;
    if (!standsAmongNodes(written, 0, before.slice(end, end + 400), atEnd)) return undefined;
    return { start, end, text: written, target: 'root', index, key };
  }
  return undefined;
}

/**
 * Lines typed after the end of a line (End, Enter, type or paste) as the same text typed at the
 * start of the next line: after `nodes:`, that is where the first node starts.
 */
function fromLineStart(before: string, change: TextChange): TextChange {
  const { from, to, insert } = change;
  if (from !== to || insert[0] !== '\n' || before[from] !== '\n') return change;
  return { from: from + 1, to: from + 1, insert: `${insert.slice(1)}\n` };
}

/** The lines of the nodes `change` touches: from the first one's key line to the end of the last one. */
function typedSpan(document: MapDocument, nodes: YAMLMap, change: TextChange) {
  const first = nodeAt(document, nodes, change.from);
  let last = nodeAt(document, nodes, change.to);
  const head = regionOf(document, nodes, first);
  let tail = regionOf(document, nodes, last);
  if (!head || !tail || change.from < head.start) return undefined;
  // Text replaced up to the lines after a node reaches the next node; past the last node, the
  // rest of the file, which is not for this edit to read.
  if (change.to > tail.end) {
    last += 1;
    tail = last < nodes.items.length ? regionOf(document, nodes, last) : undefined;
    if (!tail) return undefined;
  }
  return { start: head.start, end: tail.end, indent: head.indent, first, count: last - first + 1 };
}

function regionOf(document: MapDocument, nodes: YAMLMap, index: number) {
  const pair = nodes.items[index] as Pair;
  const region = pairRegion(sourceOfPair(document, pair), pair);
  if (!region) return undefined;
  const shift = nodeShift(document, index);
  return { start: region.start + shift, end: region.end + shift, indent: region.indent };
}

/**
 * Whether `written`, put where the nodes' lines were, is read as the same pairs in the file as on
 * its own: it starts with a key at the nodes' indent and ends a line; no line of it but comments
 * is less indented (which would end the nodes mapping); and a block scalar in it cannot run on into
 * the lines after it (`after`, the file from there: they must begin with a key or end of file).
 */
function standsAmongNodes(written: string, indent: number, after: string, atEnd: boolean): boolean {
  // Nothing written: the lines of whole nodes deleted.
  if (written === '') return true;
  if (!written.endsWith('\n') && !atEnd) return false;
  const lines = written.split('\n');
  const firstLine = lines[0] ?? '';
  if (indentOf(firstLine) !== indent || /^[\s#]/.test(firstLine.slice(indent)) || firstLine.length === indent)
    return false;
  for (const line of lines) {
    const at = indentOf(line);
    if (at === line.length || line[at] === '#') continue;
    if (at < indent || line[at] === '\t') return false;
  }
  if (!BLOCK_SCALAR.test(written)) return true;
  return after === '' || new RegExp(`^ {0,${indent}}[^\\s#]`).test(after);
}

const BLOCK_SCALAR = /(?:^|[\s:-])[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/m;

function indentOf(line: string): number {
  let at = 0;
  while (line.charCodeAt(at) === 32) at++;
  return at;
}

function keyOf(pair: Pair | undefined): string | undefined {
  return pair && isScalar(pair.key) ? jsKeyOf(pair.key) : undefined;
}
/** Index of the last node whose key starts at or before `offset` (nodes are in file order). */
function nodeAt(document: MapDocument, nodes: YAMLMap, offset: number): number {
  let low = 0;
  let high = nodes.items.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const key = (nodes.items[mid] as Pair).key;
    const at = (isScalar(key) ? (key.range?.[0] ?? 0) : 0) + nodeShift(document, mid);
    if (at <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
