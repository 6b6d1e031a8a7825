// Where sensitive data flows: every `uses` edge between two components with a holder at either
// end carries the holder's classes, whichever way the call goes (a caller sends data with its
// request; a callee returns its data in the response).
import type { DataClass, MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import { classesHeld, DATA_CLASSES } from './classes.ts';

export interface DataFlow {
  /** The component whose `uses` names `to`. */
  from: string;
  to: string;
  /** Classes carried: what either end holds, in canonical order. */
  classes: DataClass[];
}

export function dataFlows(map: WardleyMap): DataFlow[] {
  const entries = nodeEntries(map);
  const index = new Map<string, MapNode>(entries);
  const out: DataFlow[] = [];
  for (const [from, node] of entries) {
    if (node.kind !== 'component') continue;
    for (const to of node.uses ?? []) {
      const target = index.get(to);
      if (target?.kind !== 'component') continue;
      const classes = union(classesHeld(node), classesHeld(target));
      if (classes.length > 0) out.push({ from, to, classes });
    }
  }
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
  const all = new Set([...a, ...b]);
  return DATA_CLASSES.filter((c) => all.has(c));
}
