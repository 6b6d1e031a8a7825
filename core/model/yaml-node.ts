// Setting values inside a node's YAML so that what did not change keeps its comments and style:
// scalars are updated in place, nested maps are merged key by key, lists keep flow or block style.
import { Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';
import { NODE_FIELD_ORDER } from '../format/style.ts';

const factory = new Document();

export function createYamlNode(value: unknown): YamlNode {
  const node = factory.createNode(value) as YamlNode;
  markFlowLists(node);
  return node;
}

// Short lists of ids read best on one line (`uses: [a, b]`), as people write them by hand.
function markFlowLists(node: YamlNode): void {
  if (isSeq(node)) {
    node.flow = node.items.every((i) => isScalar(i));
    for (const item of node.items) markFlowLists(item as YamlNode);
  } else if (isMap(node)) {
    for (const pair of node.items) if (pair.value) markFlowLists(pair.value as YamlNode);
  }
}

/** Sets `key` in `map` to `value` (undefined removes it), keeping what is unchanged as it was. */
export function assignField(map: YAMLMap, key: string, value: unknown, order: readonly string[] = []): void {
  const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (value === undefined) {
    if (index >= 0) map.items.splice(index, 1);
    return;
  }
  const pair = index >= 0 ? map.items[index] : undefined;
  if (pair) {
    pair.value = updatedNode(pair.value as YamlNode | null, value);
    return;
  }
  const fresh = new Pair(new Scalar(key), createYamlNode(value));
  map.items.splice(insertionIndex(map, key, order), 0, fresh);
}

function updatedNode(existing: YamlNode | null, value: unknown): YamlNode {
  if (isScalar(existing) && (value === null || typeof value !== 'object')) {
    if (existing.value !== value) {
      existing.value = value;
      delete existing.source;
      delete existing.type;
    }
    return existing;
  }
  if (isMap(existing) && isPlainObject(value)) {
    for (const pair of [...existing.items]) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k !== undefined && !Object.hasOwn(value, k)) assignField(existing, k, undefined);
    }
    for (const [k, v] of Object.entries(value)) assignField(existing, k, v);
    return existing;
  }
  if (isSeq(existing) && Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    updateScalarList(existing, value);
    return existing;
  }
  return createYamlNode(value);
}

// Keeps the list node (its flow or block style) and each item that stays, with its comment.
function updateScalarList(seq: YAMLSeq, values: unknown[]): void {
  const pool = new Map<unknown, YamlNode[]>();
  for (const item of seq.items) {
    if (!isScalar(item)) continue;
    pool.set(item.value, [...(pool.get(item.value) ?? []), item]);
  }
  seq.items = values.map((v) => pool.get(v)?.shift() ?? new Scalar(v));
}

// A new field goes where the canonical order puts it among the fields already there.
function insertionIndex(map: YAMLMap, key: string, order: readonly string[]): number {
  const rank = order.indexOf(key);
  if (rank < 0) return map.items.length;
  for (let i = 0; i < map.items.length; i++) {
    const k = map.items[i]?.key;
    const other = isScalar(k) ? order.indexOf(String(k.value)) : -1;
    if (other > rank) return i;
  }
  return map.items.length;
}

export function assignNodeField(node: YAMLMap, key: string, value: unknown): void {
  assignField(node, key, value, NODE_FIELD_ORDER);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
