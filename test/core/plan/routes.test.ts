import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  extractionPhases,
  httpRoutesFor,
  ingressesFor,
  phaseAt,
  routeFiles,
  STRATEGIES,
} from '../../../core/plan/index.ts';
import { schemaValidator } from '../../support/k8s-schemas.ts';
import { arbitraryMap } from './arbitrary-map.ts';
import { loadMap, ROOT } from './load-map.ts';
import { routeProblems, TEST_ROUTE_CONTEXT } from './route-schemas.ts';

const validator = schemaValidator();

describe('routing manifests', () => {
  const plan = extractionPhases(loadMap('test/fixtures/plan/hie.yaml'));
  const ctx = TEST_ROUTE_CONTEXT;

  it('writes an HTTPRoute per phase at the Gateway, valid against the official schemas', () => {
    expect(routeFiles(plan, ctx).map((f) => f.path)).toEqual(
      plan.phases.map((p) => `phase-0${p.index}-httproute.yaml`),
    );
    expect(routeProblems(plan, validator)).toEqual([]);
    // The check can fail: a typo'd field is rejected.
    const [route] = httpRoutesFor(phaseAt(plan, 1)!, ctx) as [{ spec: Record<string, unknown> }];
    expect(validator.kubernetes({ ...route, spec: { ...route.spec, rulez: [] } })).not.toEqual([]);
  });

  it('uses weights for the canary, RequestMirror for the parallel run and an explicit catch-all rule', () => {
    const routes = httpRoutesFor(phaseAt(plan, 3)!, ctx) as {
      metadata: { namespace: string };
      spec: { rules: Record<string, unknown>[]; parentRefs: unknown; hostnames: unknown };
    }[];
    const [first] = routes;
    expect(first?.spec.parentRefs).toEqual([
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'edge', namespace: 'gateway-system' },
    ]);
    expect(first?.spec.hostnames).toEqual(['hie.example.org']);
    expect(first?.metadata.namespace).toBe('hie-prod');
    const rules = routes.flatMap((r) => r.spec.rules);
    const rule = (path: string) => rules.find((r) => JSON.stringify(r.matches).includes(`"${path}"`));
    expect(rule('/appointments')?.backendRefs).toEqual([
      { name: 'hie-monolith', port: 8080, weight: 90 },
      { name: 'appointments', port: 8080, weight: 10 },
    ]);
    expect(rule('/records')?.filters).toEqual([
      { type: 'RequestMirror', requestMirror: { backendRef: { name: 'records', port: 8080 } } },
    ]);
    expect(rule('/')?.backendRefs).toEqual([{ name: 'hie-monolith', port: 8080, weight: 100 }]);
    // Paths still on the monolith are routed explicitly, so the table and the objects match row for row.
    expect(rule('/billing')?.backendRefs).toEqual([{ name: 'hie-monolith', port: 8080, weight: 100 }]);
  });

  it('writes only Ingresses with --ingress, each path whole to one backend, valid against the schemas', () => {
    const plain = extractionPhases(loadMap('test/fixtures/plan/hie.yaml'), { ingress: true });
    const plainCtx = { ...ctx, facade: { ...ctx.facade, plain: true as const } };
    expect(routeFiles(plain, plainCtx).map((f) => f.path)).toEqual(
      plain.phases.map((p) => `phase-0${p.index}-ingress.yaml`),
    );
    expect(routeProblems(plain, validator, plainCtx)).toEqual([]);
    const ingresses = ingressesFor(phaseAt(plain, 3)!, plainCtx) as {
      spec: { rules: { http: { paths: unknown[] } }[] };
    }[];
    const paths = ingresses.flatMap((i) => i.spec.rules.flatMap((r) => r.http.paths));
    expect(paths).toContainEqual({
      path: '/records',
      pathType: 'Prefix',
      backend: { service: { name: 'hie-monolith', port: { number: 8080 } } },
    });
    expect(httpRoutesFor(phaseAt(plain, 3)!, plainCtx)).toEqual([]);
  });

  it('quotes YAML 1.1 booleans so Kubernetes tools read strings', () => {
    const text = routeFiles(plan, ctx)[0]!.text;
    expect(text).toContain('mapwright.dev/phase: "0"');
    expect(parseAllDocuments(text, { version: '1.1' })[0]?.toJS()).toMatchObject({ kind: 'HTTPRoute' });
  });

  it('stays valid for random maps and every strategy', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ acyclic: false, pins: true, maxCandidates: 8 }),
        fc.constantFrom(...STRATEGIES),
        (map, strategy) => {
          expect(routeProblems(extractionPhases(map, { strategy }), validator)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the example maps', () => {
  const maps = readdirSync(`${ROOT}/maps`)
    .filter((f) => f.endsWith('.yaml'))
    .filter((f) => /^\s+inside:/m.test(readFileSync(`${ROOT}/maps/${f}`, 'utf8')));

  it.each(maps.length > 0 ? maps : ['(none yet)'])('plans %s with valid routes under every strategy', (file) => {
    if (file === '(none yet)') return;
    for (const strategy of STRATEGIES) {
      const plan = extractionPhases(loadMap(`maps/${file}`), { strategy });
      expect(plan.phases.length).toBeGreaterThan(0);
      expect(routeProblems(plan, validator)).toEqual([]);
    }
  });
});
