import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractionPhases, httpRoutesFor, ingressFor, routeFiles, STRATEGIES } from '../../../core/plan/index.ts';
import { schemaValidator } from '../../support/k8s-schemas.ts';
import { arbitraryMap } from './arbitrary-map.ts';
import { loadMap, ROOT } from './load-map.ts';
import { routeProblems } from './route-schemas.ts';

const validator = schemaValidator();

describe('routing manifests', () => {
  const plan = extractionPhases(loadMap('test/fixtures/plan/hie.yaml'));

  it('writes an HTTPRoute and an Ingress per phase, valid against the official schemas', () => {
    expect(routeFiles(plan).map((f) => f.path)).toEqual(
      plan.phases.flatMap((p) => [`phase-0${p.index}-httproute.yaml`, `phase-0${p.index}-ingress.yaml`]),
    );
    expect(routeProblems(plan, validator)).toEqual([]);
    // The check can fail: a typo'd field is rejected.
    const [route] = httpRoutesFor(plan, plan.phases[0]!) as [{ spec: Record<string, unknown> }];
    expect(validator.kubernetes({ ...route, spec: { ...route.spec, rulez: [] } })).not.toEqual([]);
  });

  it('uses weights for the canary, RequestMirror for the parallel run and keeps the catch-all rule', () => {
    const [route] = httpRoutesFor(plan, plan.phases[2]!) as [
      { spec: { rules: Record<string, unknown>[]; parentRefs: unknown; hostnames: unknown } },
    ];
    expect(route.spec.parentRefs).toEqual([{ name: 'edge', namespace: 'gateway-system' }]);
    expect(route.spec.hostnames).toEqual(['hie.example.org']);
    const rule = (path: string) => route.spec.rules.find((r) => JSON.stringify(r.matches).includes(`"${path}"`));
    expect(rule('/appointments')?.backendRefs).toEqual([
      { name: 'hie-monolith', port: 8080, weight: 90 },
      { name: 'appointments', port: 8080, weight: 10 },
    ]);
    expect(rule('/records')?.filters).toEqual([
      { type: 'RequestMirror', requestMirror: { backendRef: { name: 'records', port: 8080 } } },
    ]);
    expect(rule('/')?.backendRefs).toEqual([{ name: 'hie-monolith', port: 8080, weight: 100 }]);
    // Paths still on the monolith ride the catch-all; they need no rule of their own.
    expect(rule('/billing')).toBeUndefined();
  });

  it('gives the Ingress the primary backend and says what only the Gateway API does', () => {
    const ingress = ingressFor(plan, plan.phases[2]!) as { metadata: { annotations: Record<string, string> } };
    expect(ingress.metadata.annotations['mapwright.dev/gateway-api-only']).toContain('/records mirrored to records');
  });

  it('quotes YAML 1.1 booleans so Kubernetes tools read strings', () => {
    const text = routeFiles(plan)[0]!.text;
    expect(text).toContain('mapwright.dev/phase: "1"');
    expect(parse(text, { version: '1.1' })).toMatchObject({ kind: 'HTTPRoute' });
  });

  it('splits more than 16 rules over several HTTPRoutes, all valid', () => {
    const nodes: Record<string, unknown> = { mono: { kind: 'component', name: 'M', evolution: 0.3, visibility: 0.5 } };
    for (let i = 0; i < 20; i++) {
      nodes[`c${i}`] = {
        kind: 'component',
        name: `C${i}`,
        evolution: 0.3,
        visibility: 0.5,
        sourcing: 'build',
        inside: 'mono',
        plan: { paths: [`/c${i}`] },
      };
    }
    const big = extractionPhases({ version: 1, title: 'Big', nodes } as never, { maxPerPhase: 20 });
    expect(httpRoutesFor(big, big.phases[1]!).map((r) => (r.metadata as { name: string }).name)).toEqual([
      'mono-facade',
      'mono-facade-2',
    ]);
    expect(routeProblems(big, validator)).toEqual([]);
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
