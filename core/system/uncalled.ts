// Workloads a phase runs that nothing reaches: no route or stream of the facade, and no caller
// that is itself reached. On a map they come from a chain through components with no sourcing
// decision (not deployed, so their calls are never made), or from users that reach them through
// components rather than needs. The bundle runs their pods behind a NetworkPolicy that admits
// nothing; the export says so and what would give them a caller. Managed services run nothing of
// ours, and the parked ones of the retirement phase have their own warning (unreached.ts).
import { appendTo } from '../model/lists.ts';
import { nodeIndex, type WardleyMap } from '../model/types.ts';
import type { SystemState, WorkloadKind } from './types.ts';

export interface Uncalled {
  id: string;
  name: string;
  kind: WorkloadKind;
  /** Nodes that use it on the map and run nothing in this phase (no sourcing, or not deployed). */
  undeployed: string[];
}

/** Workloads reached from the facade, following calls from reached workloads only. */
function reachedOf(state: SystemState): Set<string> {
  const workloads = new Set(state.workloads.map((w) => w.id));
  const calls = new Map<string, string[]>();
  for (const f of state.flows) appendTo(calls, f.from, f.to);
  const reached = new Set<string>();
  const from: string[] = [];
  const reach = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    from.push(id);
  };
  if (state.facade.kind === 'controller') reach(state.facade.id);
  for (const r of state.routes) for (const b of r.backends) reach(b.service);
  for (const s of state.streams) for (const b of s.backends) reach(b.service);
  // The Gateway is not a workload: its flows reach their targets from outside.
  for (const f of state.flows) if (!workloads.has(f.from)) reach(f.to);
  // Each reached workload's calls are followed once (passes over every flow until nothing grew
  // made one pass per step of the longest chain).
  for (let next = from.pop(); next !== undefined; next = from.pop()) for (const to of calls.get(next) ?? []) reach(to);
  return reached;
}

/** Built or bought workloads of this phase that nothing reaches, with the map's undeployed users of each. */
export function uncalledWorkloads(map: WardleyMap, state: SystemState): Uncalled[] {
  const reached = reachedOf(state);
  const running = new Set(state.workloads.map((w) => w.id));
  const uncalled = state.workloads.filter((w) => (w.kind === 'build' || w.kind === 'buy') && !reached.has(w.id));
  if (uncalled.length === 0) return [];
  // One pass over the map for all of them (a pass per uncalled workload was 72 % of a 10,000-node export).
  const users = undeployedUsers(map, running);
  return uncalled.map((w) => ({
    id: w.id,
    name: w.name,
    kind: w.kind,
    undeployed: [...(users.get(w.id) ?? [])].sort(),
  }));
}

/** For each node id, the nodes that use it and run nothing in this phase (one pass over the map). */
function undeployedUsers(map: WardleyMap, running: ReadonlySet<string>): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const [id, node] of nodeIndex(map)) {
    if (running.has(id)) continue;
    for (const target of node.uses ?? []) if (users.get(target)?.at(-1) !== id) appendTo(users, target, id);
  }
  return users;
}
