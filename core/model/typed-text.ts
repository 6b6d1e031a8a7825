// Text typed into one node's lines, taken as an edit of that node: only its own lines are parsed
// and only what they can break is checked (incremental.ts), the way a canvas edit is committed.
// Typing in a 2,000-node file then costs what the node costs, not what the file costs. Any other
// change (several nodes, the settings, a new key, text that does not load) is left to a whole parse.
import type { Pair, YAMLMap } from 'yaml';
import { isMap, isScalar } from 'yaml';
import { nodeShift, sourceOfPair } from '../format/layout.ts';
import type { MapDocument } from '../format/parse.ts';
import { jsKeyOf } from '../format/yaml-paths.ts';
import { incrementalDocument } from './incremental.ts';
import { pairRegion } from './splice.ts';

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
 * The document for `text` when it differs from `document.text` inside one node's lines and still
 * loads; undefined when the change reaches beyond one node or the result must be parsed whole
 * (the caller then parses `text` itself, which also places any error). `known`, when given, is a
 * change that turns `document.text` into `text` (the editor's own record of what was typed).
 */
export function typedDocument(document: MapDocument, text: string, known?: TextChange): MapDocument | undefined {
  const before = document.text;
  const change = known ? narrowedChange(before, known) : textChange(before, text);
  const nodes = document.yaml.get('nodes', true);
  if (!change || !isMap(nodes) || nodes.flow || nodes.items.length === 0) return undefined;
  const index = nodeAt(document, nodes, change.from);
  const pair = nodes.items[index] as Pair | undefined;
  const id = pair && isScalar(pair.key) ? jsKeyOf(pair.key) : undefined;
  if (!pair || id === undefined) return undefined;
  const shift = nodeShift(document, index);
  const own = pairRegion(sourceOfPair(document, pair), pair);
  if (!own) return undefined;
  const start = own.start + shift;
  const end = own.end + shift;
  // Text typed at the very start or end of the node's lines could belong to its neighbour.
  if (change.from <= start || change.to >= end) return undefined;
  const written = before.slice(start, change.from) + change.insert + before.slice(change.to, end);
  const next = incrementalDocument(document, [{ start, end, text: written, target: 'node', index, id }]);
  return next && next.text === text ? next : undefined;
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
