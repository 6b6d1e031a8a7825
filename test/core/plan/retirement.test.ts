// Retirement is a phase of its own (MIGRATION.md): a clean-up phase after the last extraction
// sends every path whole to its new service, so the monolith keeps only its catch-all; then the
// retirement phase, owned by the monolith's team, moves nothing and removes the monolith.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, STRATEGIES } from '../../../core/plan/index.ts';
import { monolithsOf } from '../../../core/system/index.ts';
import { arbitraryMap } from './arbitrary-map.ts';
import { loadMap } from './load-map.ts';
import { component, smallMap } from './small-map.ts';

/** What breaks the clean-up / retirement order in one plan (empty when it holds). */
function retirementProblems(map: WardleyMap, strategy: (typeof STRATEGIES)[number]): string[] {
  const plan = extractionPhases(map, { strategy });
  if (plan.phases.length === 0) return [];
  const out: string[] = [];
  const lastStep = Math.max(...plan.phases.filter((p) => p.steps.length > 0).map((p) => p.index));
  const cleanUp = plan.phases.find((p) => p.index === lastStep + 1)!;
  const retire = plan.phases.at(-1)!;
  const monoliths = new Set(monolithsOf(map));
  // Still serving the catch-all in the clean-up phase means the monolith is retired after it.
  const retired = [...monoliths].filter(
    (m) => !cleanUp.routes.some((r) => r.node !== undefined && r.backends.some((b) => b.service === m)),
  );
  for (const r of cleanUp.routes)
    if (r.state === 'canary' || r.state === 'mirror' || r.state === 'staged')
      out.push(`clean-up phase: ${r.path} still ${r.state}`);
  if (retire.index === cleanUp.index) return out;
  if (retire.index !== cleanUp.index + 1) out.push(`retirement is phase ${retire.index}, clean-up ${cleanUp.index}`);
  if (retire.steps.length > 0 || retire.cleanups.length > 0) out.push('the retirement phase moves something');
  if (retire.owner === undefined) out.push('the retirement phase has no owner');
  for (const m of retired) {
    if (retire.routes.some((r) => r.backends.some((b) => b.service === m)))
      out.push(`${m} still routed after retirement`);
    const only = cleanUp.routes.filter((r) => r.backends.some((b) => b.service === m));
    if (only.some((r) => r.node !== undefined)) out.push(`${m} serves a component's path in the clean-up phase`);
  }
  return out;
}

describe('retirement after a clean-up phase', () => {
  it('the hie map: phase 7 cleans up, phase 8 retires legacy-hie, owned by its team', () => {
    const plan = extractionPhases(loadMap('maps/hie-monolith.yaml'));
    const [cleanUp, retire] = plan.phases.slice(-2);
    expect(cleanUp!.title).toBe('Clean up: every path goes whole to its new service');
    expect(cleanUp!.cleanups.map((c) => c.scaffold)).toContain('referrals-canary');
    expect(cleanUp!.routes.filter((r) => r.backends.some((b) => b.service === 'legacy-hie'))).toEqual([
      { path: '/', state: 'monolith', backends: [{ service: 'legacy-hie', port: 8080, weight: 100 }] },
    ]);
    expect(retire!.title).toBe('Retire legacy-hie');
    expect(retire!.owner).toBe('Core platform (owns legacy-hie)');
    expect(retire!.steps).toEqual([]);
    expect(retire!.cleanups).toEqual([]);
    expect(retire!.routes.some((r) => r.node === undefined)).toBe(false);
    expect(retire!.tasks.join('\n')).toContain('decommission legacy-hie');
    for (const s of STRATEGIES) expect(retirementProblems(loadMap('maps/hie-monolith.yaml'), s)).toEqual([]);
  });

  it('a monolith that keeps something inside it gets the clean-up phase and no retirement', () => {
    const map = smallMap({
      a: component({ plan: { paths: ['/a'] } }),
      b: component({ plan: { exclude: true, paths: ['/b'] } }),
    });
    const plan = extractionPhases(map);
    expect(plan.phases.map((p) => p.title)).toEqual([
      'Prepare: the facade passes everything through to mono',
      'Extract X',
      'Clean up: every path goes whole to its new service',
    ]);
  });

  it('holds for random maps under every strategy', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 6 }), (map) => {
        for (const s of STRATEGIES) expect(retirementProblems(map, s)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
