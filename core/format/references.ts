// Semantic checks the schema cannot express: every reference names an existing node, no node
// uses itself, `inside` names a component, stage boundaries increase.
import type { Diagnostic, MapNode, WardleyMap } from '../model/types.ts';
import { nodeIds } from '../model/node-table.ts';
import { nodeLookup } from '../model/types.ts';

/** A finding before it has a place in the file: the path of the YAML node it is about. */
export interface PathFinding {
  path: (string | number)[];
  rule: string;
  message: string;
  node?: string;
}

export function referenceFindings(map: WardleyMap): PathFinding[] {
  const lookup = nodeLookup(map);
  const out: PathFinding[] = [];
  // The ids listed once for the record (the schema's check and doctrine read the same list); a
  // node whose references hold, as nearly all do, costs no object.
  // By index: run once per load, seldom optimised, for-of made an iterator result per node.
  const ids = nodeIds(map);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const node = lookup(id);
    if (!node || (node.uses === undefined && node.inside === undefined)) continue;
    if (!referencesHold(id, node, lookup)) out.push(...nodeReferenceFindings(id, node, lookup));
  }
  out.push(...annotationFindings(map, (ref) => Boolean(lookup(ref))));
  out.push(...stageFindings(map));
  return out;
}

/** Whether nodeReferenceFindings finds nothing for `node`, without making anything. */
function referencesHold(id: string, node: MapNode, lookup: (ref: string) => MapNode | undefined): boolean {
  const uses = node.uses;
  // Anything but a list the schema has refused already: nodeReferenceFindings tells what it can.
  if (uses !== undefined && !Array.isArray(uses)) return false;
  if (uses !== undefined) {
    for (let i = 0; i < uses.length; i++) {
      const target = uses[i] as string;
      if (target === id || lookup(target) === undefined) return false;
    }
  }
  if (node.inside === undefined) return true;
  const host = node.inside === id ? undefined : lookup(node.inside);
  return host !== undefined && host.kind === 'component' && host.inside === undefined;
}

/** The reference findings of one node; `lookup` finds the node an id names. */
export function nodeReferenceFindings(
  id: string,
  node: MapNode,
  lookup: (ref: string) => MapNode | undefined,
): PathFinding[] {
  const out: PathFinding[] = [];
  (node.uses ?? []).forEach((target, i) => {
    if (target === id) {
      out.push({ path: ['nodes', id, 'uses', i], node: id, rule: 'ref/self', message: `node '${id}' uses itself` });
    } else if (!lookup(target)) {
      out.push({
        path: ['nodes', id, 'uses', i],
        node: id,
        rule: 'ref/dangling',
        message: `node '${id}' uses '${target}', which is not on the map`,
      });
    }
  });
  if (node.inside !== undefined) {
    const finding = insideFinding(id, node.inside, lookup(node.inside));
    if (finding) out.push(finding);
  }
  return out;
}

function insideFinding(id: string, inside: string, host: MapNode | undefined): PathFinding | undefined {
  const path = ['nodes', id, 'inside'];
  if (inside === id) return { path, node: id, rule: 'ref/inside', message: `node '${id}' is inside itself` };
  if (!host) {
    return {
      path,
      node: id,
      rule: 'ref/dangling',
      message: `node '${id}' is inside '${inside}', which is not on the map`,
    };
  }
  if (host.kind !== 'component') {
    return {
      path,
      node: id,
      rule: 'ref/inside',
      message: `node '${id}' is inside '${inside}', a ${host.kind}; a monolith must be a component`,
    };
  }
  if (host.inside !== undefined) {
    return {
      path,
      node: id,
      rule: 'ref/inside',
      message: `'${inside}' is itself inside '${host.inside}'; monoliths do not nest`,
    };
  }
  return undefined;
}

/** Annotations that name a node `exists` does not know. */
export function annotationFindings(map: WardleyMap, exists: (ref: string) => boolean): PathFinding[] {
  const out: PathFinding[] = [];
  (map.annotations ?? []).forEach((a, i) => {
    (a.nodes ?? []).forEach((target, j) => {
      if (!exists(target)) {
        out.push({
          path: ['annotations', i, 'nodes', j],
          rule: 'ref/dangling',
          message: `annotation ${i + 1} refers to '${target}', which is not on the map`,
        });
      }
    });
  });
  return out;
}

export function stageFindings(map: WardleyMap): PathFinding[] {
  const b = map.stages?.boundaries;
  if (!b || (b[0] < b[1] && b[1] < b[2])) return [];
  return [
    {
      path: ['stages', 'boundaries'],
      rule: 'stages/order',
      message: 'stage boundaries must increase from left to right',
    },
  ];
}

export function withPlaceholderPosition(f: PathFinding): Diagnostic {
  const d: Diagnostic = { line: 0, column: 0, severity: 'error', rule: f.rule, message: f.message };
  if (f.node !== undefined) d.node = f.node;
  return d;
}
