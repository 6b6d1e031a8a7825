// Who reaches a workload, read straight from its definition: start from the facade, its routes,
// its streams and the flows from outside, then follow calls of reached workloads until nothing
// grows; a workload's undeployed users are the map's nodes that use it and run nothing. The
// export follows each call once and gathers users in one pass over the map; on random maps, at
// every phase, it names the same workloads with the same users.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeEntries, type WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, scheduleOf } from '../../../core/plan/index.ts';
import { systemPhases, type SystemState } from '../../../core/system/index.ts';
import { uncalledWorkloads } from '../../../core/system/uncalled.ts';
import { arbitraryMap } from '../plan/arbitrary-map.ts';

function byDefinition(map: WardleyMap, state: SystemState): { id: string; undeployed: string[] }[] {
  const workloads = new Set(state.workloads.map((w) => w.id));
  const reached = new Set<string>(state.facade.kind === 'controller' ? [state.facade.id] : []);
  for (const r of [...state.routes, ...state.streams]) for (const b of r.backends) reached.add(b.service);
  for (const f of state.flows) if (!workloads.has(f.from)) reached.add(f.to);
  for (let size = -1; size !== reached.size;) {
    size = reached.size;
    for (const f of state.flows) if (reached.has(f.from)) reached.add(f.to);
  }
  return state.workloads
    .filter((w) => (w.kind === 'build' || w.kind === 'buy') && !reached.has(w.id))
    .map((w) => ({
      id: w.id,
      undeployed: nodeEntries(map)
        .filter(([id, n]) => !workloads.has(id) && (n.uses ?? []).includes(w.id))
        .map(([id]) => id)
        .sort(),
    }));
}

describe('workloads nothing reaches', () => {
  it('are those the definition gives, with the same undeployed users, at every phase', () => {
    let named = 0;
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 5 }), (map) => {
        for (const state of systemPhases(map, scheduleOf(map, extractionPhases(map)))) {
          const found = uncalledWorkloads(map, state).map((u) => ({ id: u.id, undeployed: u.undeployed }));
          expect(found).toEqual(byDefinition(map, state));
          named += found.length;
        }
      }),
      { numRuns: 40 },
    );
    // The random maps do leave workloads unreached, so the comparison is not of empty lists.
    expect(named).toBeGreaterThan(0);
  });
});
