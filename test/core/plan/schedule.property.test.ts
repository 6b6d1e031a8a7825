import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../core/plan/graph.ts';
import type { Strategy } from '../../../core/plan/model.ts';
import { schedulePhases, type ScheduleInput } from '../../../core/plan/schedule.ts';
import { referenceSchedule } from './schedule-reference.ts';

const STRATEGIES: Strategy[] = ['dependencies-first', 'edge-first', 'most-evolved-first'];

/** Units u0…u(n-1) where a unit only uses later ones (a DAG), with pins, ranks, priorities and teams. */
const scheduleInput: fc.Arbitrary<ScheduleInput> = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.record({
      uses: fc.array(fc.array(fc.nat({ max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
      pins: fc.array(fc.option(fc.integer({ min: 1, max: n + 2 }), { freq: 4 }), { minLength: n, maxLength: n }),
      ranks: fc.array(fc.nat({ max: 3 }), { minLength: n, maxLength: n }),
      // Few distinct priorities, so ties (broken by id) are common.
      priorities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      teams: fc.array(fc.subarray(['a', 'b']), { minLength: n, maxLength: n }),
      strategy: fc.constantFrom(...STRATEGIES),
      capacity: fc.integer({ min: 1, max: 3 }),
      teamCapacity: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    }),
  )
  .map((r) => {
    const id = (i: number) => `u${String(i).padStart(2, '0')}`;
    const units: Unit[] = r.uses.map((_, i) => ({ id: id(i), members: [id(i)], uses: new Set(), usedBy: new Set() }));
    r.uses.forEach((targets, i) => {
      for (const t of targets)
        if (t > i) {
          units[i]!.uses.add(id(t));
          units[t]!.usedBy.add(id(i));
        }
    });
    const pins = new Map<string, number>();
    r.pins.forEach((p, i) => {
      if (p !== null) pins.set(id(i), p);
    });
    const input: ScheduleInput = {
      units,
      strategy: r.strategy,
      pins,
      priority: new Map(r.priorities.map((p, i) => [id(i), p / 2])),
      rank: new Map(r.ranks.map((k, i) => [id(i), r.strategy === 'most-evolved-first' ? k : 0])),
      capacity: r.capacity,
      teams: new Map(r.teams.map((t, i) => [id(i), t])),
    };
    if (r.teamCapacity !== undefined) input.teamCapacity = r.teamCapacity;
    return input;
  });

describe('schedulePhases', () => {
  it('places every unit in the phase the plain list scheduler does', () => {
    fc.assert(
      fc.property(scheduleInput, (input) => {
        expect(Object.fromEntries(schedulePhases(input))).toEqual(Object.fromEntries(referenceSchedule(input)));
      }),
      { numRuns: 400 },
    );
  });
});
