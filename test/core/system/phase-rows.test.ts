// The plan's per-phase rows (routes, stream ports, systems of record) come from phaseRows, which shares the
// per-map work between phases: they must be what systemAt says for each phase.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, STRATEGIES } from '../../../core/plan/index.ts';
import { scheduleOf } from '../../../core/plan/phase-assembly.ts';
import { phaseRows, systemAt } from '../../../core/system/system.ts';
import { arbitraryMap } from '../plan/arbitrary-map.ts';
import { loadMap, ROOT } from '../plan/load-map.ts';

function mismatches(map: WardleyMap): string[] {
  const out: string[] = [];
  for (const strategy of STRATEGIES) {
    const schedule = scheduleOf(map, extractionPhases(map, { strategy }));
    const rows = phaseRows(map, schedule);
    for (let k = 0; k <= schedule.last + 1; k++) {
      const state = systemAt(map, schedule, k);
      const row = rows(k);
      const streams = state.streams.length > 0 ? { streams: state.streams } : {};
      if (JSON.stringify(row) !== JSON.stringify({ routes: state.routes, ...streams, records: state.records }))
        out.push(`${strategy} phase ${k}`);
    }
  }
  return out;
}

const examples = readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml'));

describe('phaseRows', () => {
  it.each(examples)('equals systemAt at every phase of maps/%s', (file) => {
    expect(mismatches(loadMap(`maps/${file}`))).toEqual([]);
  });

  it('equals systemAt at every phase of random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true }), (map) => {
        expect(mismatches(map)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
