// The `uses` edges of a rule context by node position, made once per context: the rules that walk
// the graph (what users reach, cycles, upward edges) read positions from typed arrays instead of
// looking every target up by id in a table of every node. At 10,000 nodes such a lookup costs
// several times more than at 2,000, and the walks allocated a list or a Set entry per node.
import type { MapNode } from '../model/types.ts';
import { wholeTables, type PositionEdges } from './columns.ts';
import type { RuleContext } from './finding.ts';

export type { PositionEdges } from './columns.ts';

/**
 * The edges of a whole context's nodes (made with it, in ruleContext's one pass); undefined
 * for a context of some nodes only, whose nodes are not in position order.
 */
export function positionEdges(context: RuleContext): PositionEdges | undefined {
  return wholeTables(context)?.edges;
}

/** The edges among `nodes` (by their place in the list), each target's position read from `positions`. */
export function edgesAmong(nodes: readonly MapNode[], positions: ReadonlyMap<string, number>): PositionEdges {
  const n = nodes.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] as number) + (nodes[i]?.uses?.length ?? 0);
  const targets = new Int32Array(start[n] as number);
  const inside = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as MapNode;
    const uses = node.uses ?? [];
    const from = start[i] as number;
    for (let k = 0; k < uses.length; k++) targets[from + k] = positions.get(uses[k] as string) ?? -1;
    if (node.inside !== undefined) inside[i] = positions.get(node.inside) ?? -1;
  }
  return { start, targets, inside };
}
