// Phase 0 puts the facade in front of the monolith "passing every path through unchanged": read
// beside its own routing table, that task must list exactly the paths that go to the monolith.
// The hint-free conference map routes /video-streaming (a bought product outside the monolith)
// straight to video-streaming in phase 0; the task used to say it passed through the monolith.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases } from '../../../core/plan/index.ts';
import { monolithsOf } from '../../../core/system/index.ts';
import { arbitraryMap } from './arbitrary-map.ts';
import { loadMap, ROOT } from './load-map.ts';

const PASS = 'passing every path through unchanged: ';

/** Where phase 0's task text and its routing table disagree (empty when they agree). */
function disagreements(map: WardleyMap): string[] {
  const phase0 = extractionPhases(map).phases[0];
  if (phase0 === undefined) return [];
  const monoliths = new Set(monolithsOf(map));
  const through = phase0.routes
    .filter((r) => r.backends.length > 0 && r.backends.every((b) => monoliths.has(b.service)))
    .map((r) => r.path);
  const task = phase0.tasks.find((t) => t.includes(PASS)) ?? '';
  const listed = task.slice(task.indexOf(PASS) + PASS.length).split(', ');
  const out = JSON.stringify(listed) === JSON.stringify(through) ? [] : [`passes ${listed} but routes ${through}`];
  const elsewhere = phase0.tasks.find((t) => t.startsWith('route at the facade, as today')) ?? '';
  for (const r of phase0.routes)
    if (!through.includes(r.path) && !elsewhere.includes(`${r.path} → `)) out.push(`${r.path}: not in any task`);
  return out;
}

const examples = readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml'));

describe('phase 0 tasks say what its routing table does', () => {
  it.each([...examples.map((f) => `maps/${f}`), 'test/fixtures/system/conference-seed.yaml'])('%s', (file) => {
    expect(disagreements(loadMap(file))).toEqual([]);
  });

  it('routes a bought product outside the monolith as today, not through the monolith', () => {
    const tasks = extractionPhases(loadMap('test/fixtures/system/conference-seed.yaml')).phases[0]?.tasks;
    expect(tasks).toContain(
      'put the facade (platform-gateway) in front of conference, passing every path through unchanged: /ticketing, /',
    );
    expect(tasks).toContain(
      'route at the facade, as today, what already runs outside conference: /video-streaming → video-streaming',
    );
  });

  it('holds for random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 8 }), (map) => {
        expect(disagreements(map)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
