// Where sensitive data flows: every `uses` edge between two components with a holder at either
// end carries the holder's classes, whichever way the call goes (a caller sends data with its
// request; a callee returns its data in the response).
import type { DataClass, WardleyMap } from '../model/types.ts';
import { nodeOf, visitNodes } from '../model/node-table.ts';
import { classesHeld, DATA_CLASSES } from './classes.ts';

export interface DataFlow {
  /** The component whose `uses` names `to`. */
  from: string;
  to: string;
  /** Classes carried: what either end holds, in canonical order. */
  classes: DataClass[];
}

export function dataFlows(map: WardleyMap): DataFlow[] {
  const out: DataFlow[] = [];
  // Each end is looked up through the map's record (nodeOf), not in an index of every node made
  // per call: at 10,000 nodes that Map cost over twice per node what it did at 2,000.
  visitNodes(map, (node, from) => {
    if (node.kind !== 'component') return;
    const held = classesHeld(node);
    for (const to of node.uses ?? []) {
      const target = nodeOf(map, to);
      if (target?.kind !== 'component') continue;
      const classes = union(held, classesHeld(target));
      if (classes.length > 0) out.push({ from, to, classes });
    }
  });
  return out;
}

/** For each component, the classes that reach it along a flow (held by it or by a neighbour). */
export function classesReaching(flows: readonly DataFlow[]): Map<string, DataClass[]> {
  const out = new Map<string, DataClass[]>();
  for (const flow of flows) {
    for (const end of [flow.from, flow.to]) out.set(end, union(out.get(end) ?? [], flow.classes));
  }
  return out;
}

export function union(a: readonly DataClass[], b: readonly DataClass[]): DataClass[] {
  // Most components hold no sensitive data: no set made for them.
  if (a.length === 0 && b.length === 0) return [];
  const all = new Set([...a, ...b]);
  return DATA_CLASSES.filter((c) => all.has(c));
}
