// Text-level edits of a map file. An edit re-renders only the YAML of the nodes it changes and
// splices that text into the file in their place, so comments, blank lines, key order and the
// formatting of every other node stay byte-for-byte as the user wrote them (one node's change
// touches only that node's lines in `git diff`).
import { Document, isMap, isScalar, Pair, Scalar, YAMLMap, type Node as YamlNode } from 'yaml';
import { settleCommentBreaks } from '../format/comment-breaks.ts';
import { YAML_STYLE } from '../format/style.ts';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A text edit plus what it does to the parsed document, so only its own text is parsed again. */
export type PlannedEdit = TextEdit &
  (
    | { target: 'node'; index: number; id: string }
    // `count` nodes from `index` on replaced by whatever pairs the text holds (none or several).
    | { target: 'nodes'; index: number; count: number }
    | { target: 'remove'; index: number }
    | { target: 'append'; ids: string[] }
    | { target: 'root'; index: number; key: string }
  );

/**
 * The order edits land in the text: by offset; at one offset, insertions first, in the order
 * given, then the edit that replaces text from there. An append at the end of `nodes` and a
 * rewrite of the `annotations` key right after it share an offset; the append goes before.
 */
export function inTextOrder<T extends TextEdit>(edits: readonly T[]): T[] {
  // Array.prototype.sort is stable, so equal keys keep the order given.
  return [...edits].sort((a, b) => a.start - b.start || replaces(a) - replaces(b));
}

function replaces(edit: TextEdit): number {
  return edit.end > edit.start ? 1 : 0;
}

/** Applies non-overlapping edits, each given in offsets of the original `text` (see inTextOrder). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const e of inTextOrder(edits)) {
    if (e.start < cursor || e.end < e.start) throw new RangeError(`overlapping text edits at offset ${e.start}`);
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the newline that ends the line containing `offset - 1` (the last content character). */
function afterLineOf(text: string, contentEnd: number): number {
  const nl = text.indexOf('\n', Math.max(0, contentEnd - 1));
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The text region of a block-map pair: from its key's line to the end of its value's last content
 * line. `shift` is added to the pair's parsed ranges (see core/format/layout.ts).
 */
export function pairRegion(
  text: string,
  pair: Pair,
  shift = 0,
): { start: number; end: number; indent: number } | undefined {
  const key = pair.key;
  const value = pair.value as YamlNode | null;
  if (!isScalar(key) || !key.range) return undefined;
  const start = lineStart(text, key.range[0] + shift);
  const contentEnd = (value?.range ? value.range[1] : key.range[1]) + shift;
  return { start, end: afterLineOf(text, contentEnd), indent: key.range[0] + shift - start };
}

/** Comment lines directly above `start` (no blank line between), which belong to the pair below them. */
export function leadingCommentStart(text: string, start: number): number {
  let at = start;
  while (at > 0) {
    const prev = lineStart(text, at - 1);
    if (!/^\s*#/.test(text.slice(prev, at - 1))) break;
    at = prev;
  }
  return at;
}

/** YAML text of `key: value` indented by `indent` spaces, as Mapwright writes it. */
export function renderPair(key: string | Scalar, value: YamlNode | unknown, indent: number): string {
  const doc = new Document();
  const keyNode = typeof key === 'string' ? new Scalar(key) : detachedKey(key);
  const valueNode = isNodeLike(value) ? value : doc.createNode(value, { flow: false });
  const map = new YAMLMap();
  map.items.push(new Pair(keyNode, valueNode));
  doc.contents = map;
  const pad = ' '.repeat(indent);
  return writtenText(doc)
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/**
 * The text an edit writes for `doc`, with comment breaks settled as `fmt` does (comment-breaks.ts):
 * yaml writes a comment holding CR, U+2028 or U+2029 with an extra `#` after it, so without this
 * every save of an edited node grew its comment.
 */
export function writtenText(doc: Document): string {
  settleCommentBreaks(doc);
  return doc.toString(YAML_STYLE);
}

// Comments and blank lines above a key sit outside its region; don't write them twice.
function detachedKey(key: Scalar): Scalar {
  const copy = key.clone() as Scalar;
  delete copy.commentBefore;
  delete copy.spaceBefore;
  return copy;
}

function isNodeLike(value: unknown): value is YamlNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    'range' in value &&
    (isMap(value) || isScalar(value) || 'items' in value)
  );
}
