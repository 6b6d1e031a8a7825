// What an edit did to its parent document, as the doctrine check needs it to follow the edit
// (lineage.ts): the ranges of text it replaced, and the nodes it wrote again in place.
import { isScalar, type Pair, type YAMLMap } from 'yaml';
import type { MapDocument } from '../format/parse.ts';
import { jsKeyOf } from '../format/yaml-paths.ts';
import type { EditRecord, NodeSlot } from './lineage.ts';
import { inTextOrder, type PlannedEdit } from './splice.ts';

/** Node slots only when every edit rewrote one node in place (none added, removed or regrouped). */
export function editRecord(parent: MapDocument, edits: readonly PlannedEdit[]): EditRecord {
  const spans = inTextOrder(edits).map((e) => ({ start: e.start, end: e.end, length: e.text.length }));
  if (edits.some((e) => e.target !== 'node' && e.target !== 'root')) return { spans, nodes: undefined };
  const items = (parent.yaml.get('nodes', true) as YAMLMap).items;
  const nodes: NodeSlot[] = [];
  for (const e of edits) {
    if (e.target !== 'node') continue;
    const key = (items[e.index] as Pair | undefined)?.key;
    if (!isScalar(key)) return { spans, nodes: undefined };
    nodes.push({ at: e.index, before: jsKeyOf(key), after: e.id });
  }
  return { spans, nodes };
}
