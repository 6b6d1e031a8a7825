import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageOf } from '../../../core/doctrine/stages.ts';
import { extractionPhases, lastPhaseIndex, phaseAt, phaseOf, type Plan } from '../../../core/plan/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { arbitraryMap, reordered, sameCycle } from './arbitrary-map.ts';

const RUNS = { numRuns: 150 };

function planned(map: WardleyMap): string[] {
  return Object.entries(map.nodes)
    .filter(([, n]) => n?.inside !== undefined && n.plan?.exclude !== true && n.sourcing !== undefined)
    .map(([id]) => id)
    .sort();
}

function stepIds(plan: Plan): string[] {
  return plan.phases.flatMap((p) => p.steps.map((s) => s.node));
}

/** Every `uses` edge between two planned candidates: [user, used]. */
function candidateEdges(map: WardleyMap): [string, string][] {
  const ids = new Set(planned(map));
  return [...ids].flatMap((a) =>
    (map.nodes[a]!.uses ?? []).filter((b) => ids.has(b) && b !== a).map((b): [string, string] => [a, b]),
  );
}

describe('extractionPhases properties', () => {
  it('plans every candidate exactly once, and nothing else', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true }), (map) => {
        const ids = stepIds(extractionPhases(map));
        expect([...ids].sort()).toEqual(planned(map));
      }),
      RUNS,
    );
  });

  it('dependencies first: B leaves before A when A uses B, together only inside one cycle', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false }), fc.integer({ min: 1, max: 4 }), (map, maxPerPhase) => {
        const plan = extractionPhases(map, { maxPerPhase });
        const cycle = sameCycle(map, planned(map));
        for (const [a, b] of candidateEdges(map)) {
          const [pa, pb] = [phaseOf(plan, a)!, phaseOf(plan, b)!];
          if (cycle(a, b)) expect(pa).toBe(pb);
          else expect(pb).toBeLessThan(pa);
        }
      }),
      RUNS,
    );
  });

  it('edge first: A leaves before B when A uses B, together only inside one cycle', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false }), (map) => {
        const plan = extractionPhases(map, { strategy: 'edge-first' });
        const cycle = sameCycle(map, planned(map));
        for (const [a, b] of candidateEdges(map)) {
          const [pa, pb] = [phaseOf(plan, a)!, phaseOf(plan, b)!];
          if (cycle(a, b)) expect(pa).toBe(pb);
          else expect(pa).toBeLessThan(pb);
        }
      }),
      RUNS,
    );
  });

  it('most evolved first: a more evolved cycle-free component never leaves after a less evolved one', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: true }), (map) => {
        const plan = extractionPhases(map, { strategy: 'most-evolved-first' });
        const ids = planned(map);
        const stage = (id: string): number => stageOf(map.nodes[id]!.evolution);
        for (const a of ids) {
          for (const b of ids) {
            if (stage(a) > stage(b)) expect(phaseOf(plan, a)!).toBeLessThanOrEqual(phaseOf(plan, b)!);
          }
        }
        for (const [a, b] of candidateEdges(map)) {
          if (stage(a) === stage(b)) expect(phaseOf(plan, b)!).toBeLessThan(phaseOf(plan, a)!);
        }
      }),
      RUNS,
    );
  });

  it('most evolved first: every component leaving after a less evolved one is warned plan/stage-order, naming both', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true }), (map) => {
        const plan = extractionPhases(map, { strategy: 'most-evolved-first' });
        const ids = planned(map);
        const stage = (id: string): number => stageOf(map.nodes[id]!.evolution);
        for (const a of ids) {
          for (const b of ids) {
            if (!(stage(a) > stage(b) && phaseOf(plan, a)! > phaseOf(plan, b)!)) continue;
            const warned = plan.warnings.some(
              (w) => w.rule === 'plan/stage-order' && w.nodes[0] === a && w.nodes.includes(b),
            );
            expect(warned, `${a} after ${b}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('team capacity: no team runs more extractions in a phase than allowed, unless a warning says which', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true }), fc.integer({ min: 1, max: 2 }), (map, capacity) => {
        const plan = extractionPhases(map, { teamCapacity: capacity, maxPerPhase: 4 });
        for (const phase of plan.phases)
          for (const { team, extractions } of phase.load) {
            if (extractions <= capacity) continue;
            const members = phase.steps.filter((s) => s.team === team).map((s) => s.node);
            const warned = plan.warnings.some(
              (w) => w.rule === 'plan/team-capacity' && members.every((m) => w.nodes.includes(m)),
            );
            // A cycle counts once against the capacity, so its members may exceed it together.
            const cycles = new Set(phase.steps.filter((s) => s.team === team).map((s) => s.cycle.join() || s.node));
            if (cycles.size > capacity) expect(warned, `${team} in phase ${phase.index}`).toBe(true);
          }
      }),
      RUNS,
    );
  });

  it('team capacity: without pins no team ever runs more units in a phase than allowed', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false }), (map) => {
        const plan = extractionPhases(map, { teamCapacity: 1, maxPerPhase: 4 });
        expect(plan.warnings.filter((w) => w.rule === 'plan/team-capacity')).toEqual([]);
        for (const phase of plan.phases) {
          const byTeam = new Map<string, Set<string>>();
          for (const s of phase.steps)
            if (s.team !== undefined)
              byTeam.set(s.team, (byTeam.get(s.team) ?? new Set()).add(s.cycle.join() || s.node));
          for (const [team, units] of byTeam) expect(units.size, `${team} in phase ${phase.index}`).toBe(1);
        }
      }),
      RUNS,
    );
  });

  it('pins win: a pinned component lands in its phase (the earliest pin of its cycle)', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true }), (map) => {
        const plan = extractionPhases(map);
        const ids = planned(map);
        const cycle = sameCycle(map, ids);
        for (const id of ids) {
          const pins = ids.filter((o) => cycle(id, o)).flatMap((o) => map.nodes[o]!.plan?.phase ?? []);
          if (pins.length > 0) expect(phaseOf(plan, id)).toBe(Math.min(...pins));
        }
      }),
      RUNS,
    );
  });

  it('every edge a pin breaks is reported as plan/pin-order', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true }), (map) => {
        const plan = extractionPhases(map);
        const cycle = sameCycle(map, planned(map));
        for (const [a, b] of candidateEdges(map)) {
          if (cycle(a, b) || phaseOf(plan, b)! < phaseOf(plan, a)!) continue;
          expect(plan.warnings.some((w) => w.rule === 'plan/pin-order' && w.nodes.join() === `${a},${b}`)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic and ignores the order of nodes in the file', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ acyclic: false, pins: true }),
        fc.constantFrom('dependencies-first', 'edge-first', 'most-evolved-first' as const),
        (map, strategy) => {
          const plan = extractionPhases(map, { strategy });
          expect(extractionPhases(map, { strategy })).toEqual(plan);
          expect(extractionPhases(reordered(map), { strategy })).toEqual(plan);
        },
      ),
      RUNS,
    );
  });

  it('removes every scaffold in a later phase that exists, and lists it there', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true }), (map) => {
        const plan = extractionPhases(map, { strategy: 'edge-first' });
        for (const s of plan.scaffolds) {
          expect(s.removedIn).toBeGreaterThan(s.addedIn);
          expect(s.removedIn).toBeLessThanOrEqual(lastPhaseIndex(plan));
          expect(phaseAt(plan, s.removedIn)!.cleanups.map((c) => c.scaffold)).toContain(s.id);
        }
        // Phase 0 (preparation) first, then 1…last without gaps.
        expect(plan.phases.map((p) => p.index)).toEqual(plan.phases.map((_, i) => i));
      }),
      RUNS,
    );
  });

  it('keeps the catch-all to the monolith until the last phase, and then only if something stays', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false }), (map) => {
        const plan = extractionPhases(map);
        const stays = Object.values(map.nodes).some(
          (n) => n?.inside !== undefined && (n.plan?.exclude === true || n.sourcing === undefined),
        );
        for (const phase of plan.phases) {
          const catchAll = phase.routes.some((r) => r.path === '/' && r.node === undefined);
          expect(catchAll).toBe(phase.index < lastPhaseIndex(plan) || stays);
        }
      }),
      RUNS,
    );
  });
});
