// Semantic checks the schema cannot express: every reference names an existing node, no node
// uses itself, `inside` names a component, stage boundaries increase.
import type { Diagnostic, WardleyMap } from '../model/types.ts';
import { nodeEntries, nodeIndex } from '../model/types.ts';

/** A finding before it has a place in the file: the path of the YAML node it is about. */
export interface PathFinding {
  path: (string | number)[];
  rule: string;
  message: string;
  node?: string;
}

export function referenceFindings(map: WardleyMap): PathFinding[] {
  const index = nodeIndex(map);
  const out: PathFinding[] = [];
  for (const [id, node] of nodeEntries(map)) {
    (node.uses ?? []).forEach((target, i) => {
      const path = ['nodes', id, 'uses', i];
      if (target === id) out.push({ path, node: id, rule: 'ref/self', message: `node '${id}' uses itself` });
      else if (!index.has(target)) {
        out.push({
          path,
          node: id,
          rule: 'ref/dangling',
          message: `node '${id}' uses '${target}', which is not on the map`,
        });
      }
    });
    if (node.inside !== undefined) {
      const path = ['nodes', id, 'inside'];
      const host = index.get(node.inside);
      if (node.inside === id)
        out.push({ path, node: id, rule: 'ref/inside', message: `node '${id}' is inside itself` });
      else if (!host) {
        out.push({
          path,
          node: id,
          rule: 'ref/dangling',
          message: `node '${id}' is inside '${node.inside}', which is not on the map`,
        });
      } else if (host.kind !== 'component') {
        out.push({
          path,
          node: id,
          rule: 'ref/inside',
          message: `node '${id}' is inside '${node.inside}', a ${host.kind}; a monolith must be a component`,
        });
      } else if (host.inside !== undefined) {
        out.push({
          path,
          node: id,
          rule: 'ref/inside',
          message: `'${node.inside}' is itself inside '${host.inside}'; monoliths do not nest`,
        });
      }
    }
  }
  (map.annotations ?? []).forEach((a, i) => {
    (a.nodes ?? []).forEach((target, j) => {
      if (!index.has(target)) {
        out.push({
          path: ['annotations', i, 'nodes', j],
          rule: 'ref/dangling',
          message: `annotation ${i + 1} refers to '${target}', which is not on the map`,
        });
      }
    });
  });
  const b = map.stages?.boundaries;
  if (b && !(b[0] < b[1] && b[1] < b[2])) {
    out.push({
      path: ['stages', 'boundaries'],
      rule: 'stages/order',
      message: 'stage boundaries must increase from left to right',
    });
  }
  return out;
}

export function withPlaceholderPosition(f: PathFinding): Diagnostic {
  const d: Diagnostic = { line: 0, column: 0, severity: 'error', rule: f.rule, message: f.message };
  if (f.node !== undefined) d.node = f.node;
  return d;
}
