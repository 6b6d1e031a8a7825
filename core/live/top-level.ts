// Edits of a map's own settings (title, description, stages, deployment, annotations, x-…) as
// text splices, like node edits: only the changed key's lines are re-rendered; a new key goes
// where the canonical order puts it, with its own lines; every other line keeps its bytes.
import { Document, isMap, isScalar, Pair, Scalar, YAMLMap } from 'yaml';
import { parseMap, type MapDocument } from '../format/parse.ts';
import { MAP_FIELD_ORDER } from '../format/style.ts';
import type { EditResult } from '../model/commit.ts';
import {
  applyTextEdits,
  leadingCommentStart,
  pairRegion,
  renderPair,
  writtenText,
  type TextEdit,
} from '../model/splice.ts';
import { assignField, createYamlNode } from '../model/yaml-node.ts';

/** Sets each top-level key to its value (undefined removes the key). */
export function spliceTopLevel(document: MapDocument, settings: readonly [string, unknown][]): EditResult {
  const root = document.yaml.contents;
  const edits = isMap(root) && !root.flow ? textEdits(document.text, root, settings) : undefined;
  const text = edits ? applyTextEdits(document.text, edits) : reRendered(document, settings);
  const parsed = parseMap(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return { ok: true, document: { ...parsed.document, bom: document.bom, eol: document.eol }, ids: [] };
}

function textEdits(text: string, root: YAMLMap, settings: readonly [string, unknown][]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const [key, value] of settings) {
    const pair = root.items.find((p) => keyOf(p) === key);
    if (pair) {
      const edit = changedPair(text, pair, key, value);
      if (!edit) return undefined;
      edits.push(edit);
    } else if (value !== undefined) {
      edits.push(newPair(text, root, key, value));
    }
  }
  return edits;
}

function changedPair(text: string, pair: Pair, key: string, value: unknown): TextEdit | undefined {
  const region = pairRegion(text, pair);
  if (!region) return undefined;
  if (value === undefined) return { start: leadingCommentStart(text, region.start), end: region.end, text: '' };
  const holder = new YAMLMap();
  const valueNode = (pair.value as { clone?: () => unknown } | null)?.clone?.() ?? pair.value;
  const range = (pair.value as { range?: [number, number, number] } | null)?.range;
  // A trailing comment after the value's last line lies outside the region: it stays where it is.
  if (range && range[2] > region.end && valueNode && typeof valueNode === 'object') {
    delete (valueNode as { comment?: string }).comment;
  }
  holder.items.push(new Pair(new Scalar(key), valueNode));
  assignField(holder, key, value);
  const keyNode = (pair.key as Scalar).clone() as Scalar;
  return { start: region.start, end: region.end, text: renderPair(keyNode, holder.get(key, true), region.indent) };
}

// Before the first key the canonical order puts after it (x- keys go last), with its comments.
function newPair(text: string, root: YAMLMap, key: string, value: unknown): TextEdit {
  const rank = orderOf(key);
  const next = root.items.find((p) => orderOf(keyOf(p) ?? '') > rank);
  const region = next ? pairRegion(text, next) : undefined;
  const rendered = renderPair(key, createYamlNode(value), region?.indent ?? 0);
  if (region) {
    const at = leadingCommentStart(text, region.start);
    return { start: at, end: at, text: rendered };
  }
  const prefix = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
  return { start: text.length, end: text.length, text: prefix + rendered };
}

function orderOf(key: string): number {
  const i = (MAP_FIELD_ORDER as readonly string[]).indexOf(key);
  return i < 0 ? MAP_FIELD_ORDER.length : i;
}

function reRendered(document: MapDocument, settings: readonly [string, unknown][]): string {
  const doc = document.yaml.clone() as Document;
  const root = doc.contents;
  if (!isMap(root)) return document.text;
  for (const [key, value] of settings) assignField(root, key, value, MAP_FIELD_ORDER);
  return writtenText(doc);
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}
