// Writes a whole map as canonical YAML (used for new maps, imports and generated examples).
// Edits of an existing file go through core/model so they keep the user's text.
import { Document } from 'yaml';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import {
  inFieldOrder,
  MAP_FIELD_ORDER,
  NODE_FIELD_ORDER,
  roundCoordinate,
  SCHEMA_COMMENT,
  YAML_STYLE,
} from './style.ts';

export function stringifyMap(map: WardleyMap, options: { schemaComment?: boolean } = {}): string {
  const nodes: Record<string, MapNode> = {};
  for (const [id, node] of nodeEntries(map)) nodes[id] = canonicalNode(node);
  const doc = new Document(inFieldOrder({ ...map, nodes }, MAP_FIELD_ORDER));
  if (options.schemaComment !== false) doc.commentBefore = ` ${SCHEMA_COMMENT}`;
  return doc.toString(YAML_STYLE);
}

/** A node with its fields in canonical order and coordinates rounded to 3 decimals. */
export function canonicalNode(node: MapNode): MapNode {
  const rounded: MapNode = {
    ...node,
    evolution: roundCoordinate(node.evolution),
    visibility: roundCoordinate(node.visibility),
  };
  if (node.evolve !== undefined) rounded.evolve = roundCoordinate(node.evolve);
  return inFieldOrder(rounded, NODE_FIELD_ORDER);
}
