import { describe, expect, it } from 'vitest';
import type { MapNode } from '../../../core/model/types.ts';
import { extractionPhases, phaseAt, phaseOf, stepOf, type Plan } from '../../../core/plan/index.ts';
import { loadMap } from './load-map.ts';
import { component, smallMap } from './small-map.ts';

const HIE = 'test/fixtures/plan/hie.yaml';

/** What leaves in phases 1…last (phase 0 prepares and moves nothing). */
function order(plan: Plan): string[][] {
  expect(plan.phases[0]?.steps ?? []).toEqual([]);
  return plan.phases.filter((p) => p.index > 0).map((p) => p.steps.map((s) => s.node));
}

describe('extractionPhases on the HIE monolith fixture', () => {
  const map = loadMap(HIE);

  it('dependencies first: commodity leaves go first, the appointments/scheduling cycle together, the portal and billing last', () => {
    expect(order(extractionPhases(map))).toEqual([
      ['identity', 'document-store'],
      ['notifications', 'patient-index'],
      ['appointments', 'scheduling', 'records'],
      ['patient-portal', 'reporting'],
      ['billing'],
      [],
    ]);
  });

  it('edge first: the portal and reporting go first, the patient index last', () => {
    expect(order(extractionPhases(map, { strategy: 'edge-first' }))).toEqual([
      ['patient-portal', 'reporting'],
      ['billing', 'records'],
      ['identity', 'appointments', 'scheduling'],
      ['document-store', 'notifications'],
      ['patient-index'],
      [],
    ]);
  });

  it('most evolved first: commodity and product parts before the custom-built core', () => {
    expect(order(extractionPhases(map, { strategy: 'most-evolved-first' }))).toEqual([
      ['identity', 'document-store'],
      ['notifications'],
      ['reporting', 'appointments', 'scheduling'],
      ['patient-portal', 'billing'],
      ['patient-index'],
      ['records'],
      [],
    ]);
  });

  it('picks a pattern per step from sourcing, risk, users, monolith callers and data', () => {
    const plan = extractionPhases(map);
    const pattern = (id: string): string | undefined => stepOf(plan, id)?.pattern;
    expect(pattern('identity')).toBe('replace-with-product');
    expect(pattern('document-store')).toBe('replace-with-utility');
    expect(pattern('records')).toBe('parallel-run');
    // The monolith's own pages call appointments: its fragment is composed into them.
    expect(pattern('appointments')).toBe('ui-composition');
    expect(pattern('patient-index')).toBe('branch-by-abstraction');
    expect(stepOf(plan, 'records')?.risk.level).toBe('high');
    expect(stepOf(extractionPhases(map, { strategy: 'edge-first' }), 'patient-index')?.pattern).toBe(
      'change-data-capture',
    );
  });

  it('warns about the cycle and the component with no sourcing, naming the nodes, and leaves out the excluded one', () => {
    const plan = extractionPhases(map);
    expect(plan.warnings.map((w) => [w.rule, w.nodes])).toEqual([
      ['chain/cycle', ['appointments', 'scheduling']],
      ['monolith/unplanned', ['fax-gateway']],
    ]);
    expect(plan.excluded).toEqual(['legacy-admin']);
    expect(phaseOf(plan, 'legacy-admin')).toBeUndefined();
    expect(phaseOf(plan, 'fax-gateway')).toBeUndefined();
  });

  it('drops a warning the map ignores on every node it names, as the doctrine checks do', () => {
    const silenced = structuredClone(map);
    const nodes = silenced.nodes as Record<string, MapNode>;
    for (const id of ['appointments', 'scheduling'])
      nodes[id]!.ignore = { 'chain/cycle': 'extracted together on purpose' };
    expect(extractionPhases(silenced).warnings.map((w) => w.rule)).toEqual(['monolith/unplanned']);
    nodes['scheduling']!.ignore = {};
    expect(extractionPhases(silenced).warnings.map((w) => w.rule)).toEqual(['chain/cycle', 'monolith/unplanned']);
  });

  it('routes a phase’s paths as a canary, or a mirror for a parallel run, and fully once the phase is over', () => {
    const plan = extractionPhases(map);
    const route = (phase: number, path: string) => phaseAt(plan, phase)!.routes.find((r) => r.path === path);
    expect(route(1, '/login')?.backends).toEqual([
      { service: 'hie-monolith', port: 8080, weight: 90 },
      { service: 'identity', port: 8080, weight: 10 },
    ]);
    expect(route(2, '/login')).toMatchObject({ state: 'new', backends: [{ service: 'identity', weight: 100 }] });
    expect(route(3, '/records')).toMatchObject({
      state: 'mirror',
      mirror: { service: 'records' },
      backends: [{ service: 'hie-monolith' }],
    });
    expect(route(3, '/portal')).toMatchObject({ state: 'monolith' });
    expect(route(4, '/portal')?.backends[1]).toEqual({ service: 'patient-portal', port: 3000, weight: 10 });
    // fax-gateway and legacy-admin stay inside: the catch-all stays too.
    expect(route(6, '/')).toMatchObject({ state: 'monolith', backends: [{ service: 'hie-monolith' }] });
  });

  it('writes data steps, teams, rollback and exit criteria per phase', () => {
    const phase3 = phaseAt(extractionPhases(map), 3)!;
    expect(phase3.dataSteps.map((d) => d.node)).toEqual(['records']);
    expect(phase3.dataSteps[0]!.description).toContain('reporting');
    expect(phase3.teams).toEqual(['Platform', 'Records', 'Scheduling']);
    expect(phase3.rollback.join('\n')).toContain('stop mirroring /records');
    expect(phase3.exitCriteria.join('\n')).toContain('code path; their contract tests against');
    expect(phase3.cleanups.map((c) => c.scaffold)).toEqual([
      'notifications-toggle',
      'patient-index-sync-job',
      'patient-index-toggle',
    ]);
  });

  it('edge first adds an anti-corruption API for each call back into the monolith, removed when the callee leaves', () => {
    const plan = extractionPhases(map, { strategy: 'edge-first' });
    const api = plan.scaffolds.find((s) => s.id === 'billing-monolith-api-appointments');
    expect(api).toMatchObject({ kind: 'monolith-api', addedIn: 2, removedIn: phaseOf(plan, 'appointments') });
  });
});

describe('pins, exclusions and retiring the monolith', () => {
  it('a pin pulls what the pinned component needs into an earlier phase, ahead of better value', () => {
    const map = smallMap({
      a: component({ uses: ['b'], plan: { phase: 2 } }),
      b: component({ visibility: 0.1 }),
      c: component({ visibility: 1, evolution: 0.9 }),
    });
    expect(order(extractionPhases(map, { maxPerPhase: 1 }))).toEqual([['b'], ['a'], ['c'], [], []]);
  });

  it('a pin that breaks the order wins and is reported with both nodes', () => {
    const map = smallMap({ a: component({ uses: ['b'], plan: { phase: 1 } }), b: component({ plan: { phase: 3 } }) });
    const plan = extractionPhases(map);
    expect(phaseOf(plan, 'a')).toBe(1);
    expect(phaseOf(plan, 'b')).toBe(3);
    expect(phaseAt(plan, 2)!.title).toMatch(/nothing moves/);
    expect(plan.warnings).toContainEqual(expect.objectContaining({ rule: 'plan/pin-order', nodes: ['a', 'b'] }));
  });

  it('cleans up, then retires the monolith in a phase of its own when nothing stays inside: no catch-all left', () => {
    const map = smallMap({ a: component({ plan: { paths: ['/a'] } }) });
    const plan = extractionPhases(map);
    expect(plan.phases.map((p) => p.title)).toEqual([
      'Prepare: the facade passes everything through to mono',
      'Extract X',
      'Clean up: every path goes whole to its new service',
      'Retire mono',
    ]);
    const a = { path: '/a', node: 'a', state: 'new', backends: [{ service: 'a', port: 8080, weight: 100 }] };
    // The clean-up phase leaves the monolith its catch-all only; the retirement removes that.
    expect(phaseAt(plan, 2)!.routes).toEqual([
      a,
      { path: '/', state: 'monolith', backends: [{ service: 'mono', port: 8080, weight: 100 }] },
    ]);
    expect(phaseAt(plan, 3)!.routes).toEqual([a]);
  });

  it('reports a path the Gateway API cannot route and a path two components claim', () => {
    const map = smallMap({
      a: component({ plan: { paths: ['/x', '/a//b'] } }),
      b: component({ plan: { paths: ['/x'] } }),
    });
    const plan = extractionPhases(map);
    expect(plan.warnings.map((w) => w.rule).sort()).toEqual(['plan/bad-path', 'plan/duplicate-path']);
    expect(stepOf(plan, 'b')?.paths).toEqual([]);
  });

  it('plans nothing for a map without a monolith, and says why', () => {
    const plan = extractionPhases({
      version: 1,
      title: 'Flat',
      nodes: { a: { kind: 'component', name: 'A', evolution: 0.5, visibility: 0.5 } },
    });
    expect(plan.phases).toEqual([]);
    expect(plan.warnings.map((w) => w.rule)).toEqual(['plan/empty']);
    expect(plan.warnings[0]?.message).toContain('no component of "Flat" is inside a monolith');
  });
});
