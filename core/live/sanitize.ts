// What several people edited at once can be a map no one of them wrote: a link to a node someone
// else removed, a node inside a component that just became a user. Before the merged state
// becomes a document (and the file), such references are dropped, and anything the schema
// refuses (a peer sending bad data) falls back to the last good version, so the file always loads.
import { validate, type SchemaError } from '../../schema/validate-map.js';
import { nodeEntries, type Annotation, type MapNode, type WardleyMap } from '../model/types.ts';

/** `target` made loadable, preferring `base` (the last good map) for whatever the schema refuses. */
export function sanitizedLiveMap(target: WardleyMap, base: WardleyMap): WardleyMap {
  let map = withValidReferences(target);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (validate(map)) return map;
    map = withValidReferences(revertRefused(map, base, validate.errors ?? []));
  }
  return validate(map) ? map : base;
}

/** Drops links, `inside` and annotation references that name no node (or the node itself). */
export function withValidReferences(map: WardleyMap): WardleyMap {
  const nodes = new Map(nodeEntries(map));
  let changed = false;
  const fixed: Record<string, MapNode> = {};
  for (const [id, node] of nodes) {
    const next = nodeWithValidReferences(id, node, nodes);
    if (next !== node) changed = true;
    fixed[id] = next;
  }
  const annotations = map.annotations?.map((a) => annotationWithValidReferences(a, nodes));
  if (annotations && annotations.some((a, i) => a !== map.annotations?.[i])) changed = true;
  if (!changed) return map;
  const out: WardleyMap = { ...map, nodes: fixed };
  if (annotations) out.annotations = annotations;
  return out;
}

function nodeWithValidReferences(id: string, node: MapNode, nodes: Map<string, MapNode>): MapNode {
  const uses = node.uses?.filter((t) => t !== id && nodes.has(t));
  const host = node.inside === undefined ? undefined : nodes.get(node.inside);
  const insideOk =
    node.inside === undefined ||
    (node.inside !== id && host !== undefined && host.kind === 'component' && host.inside === undefined);
  const usesOk = uses === undefined || uses.length === node.uses?.length;
  if (usesOk && insideOk) return node;
  const next: MapNode = { ...node };
  if (!usesOk) {
    if (uses && uses.length > 0) next.uses = uses;
    else delete next.uses;
  }
  if (!insideOk) delete next.inside;
  return next;
}

function annotationWithValidReferences(a: Annotation, nodes: Map<string, MapNode>): Annotation {
  if (!a.nodes || a.nodes.every((n) => nodes.has(n))) return a;
  const kept = a.nodes.filter((n) => nodes.has(n));
  const next: Annotation = { ...a };
  if (kept.length > 0) next.nodes = kept;
  else delete next.nodes;
  return next;
}

// Each refused place goes back to the base version: a node's last good fields (or no node), a
// setting's last good value, an annotation dropped.
function revertRefused(map: WardleyMap, base: WardleyMap, errors: SchemaError[]): WardleyMap {
  const out = { ...map, nodes: { ...map.nodes } } as Record<string, unknown> & WardleyMap;
  const baseRecord = base as unknown as Record<string, unknown>;
  const badAnnotations = new Set<number>();
  for (const e of errors) {
    const path = pointer(e.instancePath);
    const [top, second] = path;
    const badKey = typeof e.params.propertyName === 'string' ? e.params.propertyName : undefined;
    if (top === 'nodes') {
      const id = second ?? badKey;
      if (id === undefined) return base;
      revertNode(out.nodes, base.nodes, id);
    } else if (top === 'annotations' && second !== undefined) {
      badAnnotations.add(Number(second));
    } else if (top !== undefined) {
      if (baseRecord[top] === undefined) delete out[top];
      else out[top] = baseRecord[top];
    } else if (badKey !== undefined) {
      delete out[badKey];
    } else {
      return base;
    }
  }
  if (badAnnotations.size > 0 && out.annotations) {
    const kept = out.annotations.filter((_, i) => !badAnnotations.has(i));
    if (kept.length > 0) out.annotations = kept;
    else delete out.annotations;
  }
  return out;
}

function revertNode(nodes: WardleyMap['nodes'], base: WardleyMap['nodes'], id: string): void {
  const good = Object.hasOwn(base, id) ? base[id] : undefined;
  if (good) nodes[id] = good;
  else delete nodes[id];
}

function pointer(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}
