// The candidates of a migration plan and the dependency graph between them, condensed into
// strongly connected components (a cycle must leave the monolith in one piece).
import type { MapNode, WardleyMap } from '../model/types.ts';
import { forEachNode } from '../system/topology.ts';

export interface Candidate {
  id: string;
  node: MapNode;
  monolith: string;
  sourcing: 'build' | 'buy' | 'outsource';
}

export interface CandidateSet {
  /** Planned candidates in id order. */
  planned: Candidate[];
  /** Inside a monolith with `plan.exclude: true`. */
  excluded: string[];
  /** Inside a monolith with no sourcing decision: nothing says where they go. */
  unsourced: string[];
}

export function candidatesOf(map: WardleyMap): CandidateSet {
  const planned: Candidate[] = [];
  const excluded: string[] = [];
  const unsourced: string[] = [];
  forEachNode(map, (node, id) => {
    if (node.inside === undefined) return;
    if (node.plan?.exclude === true) excluded.push(id);
    else if (node.sourcing === undefined) unsourced.push(id);
    else planned.push({ id, node, monolith: node.inside, sourcing: node.sourcing });
  });
  planned.sort((a, b) => compareIds(a.id, b.id));
  return { planned, excluded: excluded.sort(compareIds), unsourced: unsourced.sort(compareIds) };
}

/** Code-unit order, so the tie-break never depends on the locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `uses` edges between planned candidates: id → the candidate ids it uses (sorted, no self loops). */
export function candidateEdges(candidates: readonly Candidate[]): Map<string, string[]> {
  const ids = new Set(candidates.map((c) => c.id));
  const edges = new Map<string, string[]>();
  for (const c of candidates) {
    const targets = (c.node.uses ?? []).filter((t) => t !== c.id && ids.has(t));
    // Most candidates use at most one other: no Set and no sort for those.
    edges.set(c.id, targets.length <= 1 ? targets : [...new Set(targets)].sort(compareIds));
  }
  return edges;
}

/**
 * Strongly connected components by Tarjan's algorithm, written iteratively (an explicit stack
 * instead of recursion) so a long dependency chain cannot overflow the call stack.
 * Each component's members are sorted by id; components come in id order of their first member.
 */
export function stronglyConnected(ids: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.id) ?? [];
      if (frame.next < targets.length) {
        const w = targets[frame.next++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, next: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) components.push(popComponent(stack, onStack, frame.id));
    }
  }
  return components.map((c) => c.sort(compareIds)).sort((a, b) => compareIds(a[0]!, b[0]!));
}

function popComponent(stack: string[], onStack: Set<string>, rootId: string): string[] {
  const members: string[] = [];
  for (;;) {
    const w = stack.pop()!;
    onStack.delete(w);
    members.push(w);
    if (w === rootId) return members;
  }
}

/** A node of the condensation: one candidate, or a whole cycle. */
export interface Unit {
  /** The id of its first member (sorted), used as the unit's id. */
  id: string;
  members: string[];
  /** Units this one uses (a DAG). */
  uses: Set<string>;
  /** Units that use this one. */
  usedBy: Set<string>;
}

export function condensation(components: readonly string[][], edges: ReadonlyMap<string, readonly string[]>): Unit[] {
  const unitOf = new Map<string, string>();
  const units = components.map((members) => {
    const unit: Unit = { id: members[0]!, members, uses: new Set(), usedBy: new Set() };
    for (const m of members) unitOf.set(m, unit.id);
    return unit;
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const [from, targets] of edges) {
    const a = unitOf.get(from)!;
    for (const to of targets) {
      const b = unitOf.get(to)!;
      if (a === b) continue;
      byId.get(a)!.uses.add(b);
      byId.get(b)!.usedBy.add(a);
    }
  }
  return units;
}
