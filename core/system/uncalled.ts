// Workloads a phase runs that nothing reaches: no route or stream of the facade, and no caller
// that is itself reached. On a map they come from a chain through components with no sourcing
// decision (not deployed, so their calls are never made), or from users that reach them through
// components rather than needs. The bundle runs their pods behind a NetworkPolicy that admits
// nothing; the export says so and what would give them a caller. Managed services run nothing of
// ours, and the parked ones of the retirement phase have their own warning (unreached.ts).
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
  const reached = new Set<string>();
  if (state.facade.kind === 'controller') reached.add(state.facade.id);
  for (const r of state.routes) for (const b of r.backends) reached.add(b.service);
  for (const s of state.streams) for (const b of s.backends) reached.add(b.service);
  // The Gateway is not a workload: its flows reach their targets from outside.
  for (const f of state.flows) if (!workloads.has(f.from)) reached.add(f.to);
  for (let grew = true; grew;) {
    grew = false;
    for (const f of state.flows)
      if (reached.has(f.from) && !reached.has(f.to)) {
        reached.add(f.to);
        grew = true;
      }
  }
  return reached;
}

/** Built or bought workloads of this phase that nothing reaches, with the map's undeployed users of each. */
export function uncalledWorkloads(map: WardleyMap, state: SystemState): Uncalled[] {
  const reached = reachedOf(state);
  const running = new Set(state.workloads.map((w) => w.id));
  const index = nodeIndex(map);
  return state.workloads
    .filter((w) => (w.kind === 'build' || w.kind === 'buy') && !reached.has(w.id))
    .map((w) => ({
      id: w.id,
      name: w.name,
      kind: w.kind,
      undeployed: [...index]
        .filter(([id, n]) => !running.has(id) && (n.uses ?? []).includes(w.id))
        .map(([id]) => id)
        .sort(),
    }));
}
