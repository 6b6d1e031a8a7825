// Map-level edits that are not about one node: the title and free-form notes (annotations).
// Like node edits they splice only the text they change, so the rest of the file stays as written.
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { parseMap, type MapDocument } from '../format/parse.ts';
import { commitChanges, editFailed, type EditResult } from './commit.ts';
import { applyTextEdits, pairRegion, renderPair } from './splice.ts';
import type { Annotation } from './types.ts';
import { createYamlNode } from './yaml-node.ts';

/** Adds a note to the map, at a place on it or attached to nodes. */
export function addAnnotation(document: MapDocument, annotation: Annotation): EditResult {
  if (annotation.text.trim() === '') return editFailed('edit/note', 'a note needs some text');
  for (const id of annotation.nodes ?? []) {
    if (!Object.hasOwn(document.map.nodes, id))
      return editFailed('edit/missing', `there is no node '${id}' on the map`);
  }
  const existing = document.yaml.get('annotations', true);
  if (isSeq(existing)) {
    return commitChanges(document, { annotations: (seq) => void seq.items.push(createYamlNode(annotation)) }, []);
  }
  if (existing !== undefined) return editFailed('edit/note', 'the file’s annotations are not a list');
  const text = document.text;
  const gap = text === '' || text.endsWith('\n') ? '' : '\n';
  return reparsed(document, `${text}${gap}${renderPair('annotations', [annotation], 0)}`);
}

/** Sets the map's title, keeping the rest of the file byte for byte. */
export function setMapTitle(document: MapDocument, title: string): EditResult {
  const trimmed = title.trim();
  if (trimmed === '') return editFailed('edit/title', 'a map needs a title');
  const root = document.yaml.contents;
  const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'title') : undefined;
  const region = pair ? pairRegion(document.text, pair) : undefined;
  if (!pair || !region) return editFailed('edit/title', 'the file has no title line to change');
  const key = (pair.key as Scalar).clone() as Scalar;
  delete key.commentBefore;
  delete key.spaceBefore;
  const text = renderPair(key, createYamlNode(trimmed), region.indent);
  return reparsed(document, applyTextEdits(document.text, [{ start: region.start, end: region.end, text }]));
}

// Node text is unchanged by these edits, so every node object keeps its identity.
function reparsed(document: MapDocument, text: string): EditResult {
  const parsed = parseMap(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const map = { ...parsed.map, nodes: document.map.nodes };
  return { ok: true, document: { ...parsed.document, map, bom: document.bom, eol: document.eol }, ids: [] };
}
