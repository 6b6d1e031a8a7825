// While a data owner moves, its monolith stays the system of record: the plan says so and the
// bundle enforces it. A Gateway splits (or mirrors) only reads and sends writes to the monolith;
// behind ingress-nginx, which cannot match methods, our new service may call the monolith's API
// (mirrors and bought products: data-moves.test.ts).
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, planMarkdown } from '../../../core/plan/index.ts';
import { schemaValidator } from '../../support/k8s-schemas.ts';
import { bundleObjects } from '../export/k8s/bundle-objects.ts';
import { loadMap } from '../plan/load-map.ts';
import { component, smallMap } from '../plan/small-map.ts';
import { overlaysOf } from './bundle-reader.ts';
import { bundleViolations } from './phase-invariants.ts';

const validator = schemaValidator();

function ownerMap(): WardleyMap {
  return smallMap(
    {
      orders: component({ name: 'Orders', plan: { data: true, paths: ['/orders'] }, deploy: { port: 8080 } }),
      catalog: component({ name: 'Catalog', evolution: 0.5, plan: { paths: ['/catalog'] }, deploy: { port: 8080 } }),
    },
    { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } },
  );
}

function phaseOf(map: WardleyMap, node: string): number {
  return extractionPhases(map).phases.find((p) => p.steps.some((s) => s.node === node))?.index ?? -1;
}

describe('a data owner behind a Gateway', () => {
  const map = ownerMap();
  const k = phaseOf(map, 'orders');
  const { files } = exportKubernetes(map, { phase: k });
  const route = overlaysOf(files)[0]!.routes.find((r) => r.path === '/orders')!;

  it('splits only GET and HEAD; every other method goes to the monolith', () => {
    expect(k).toBeGreaterThan(0);
    expect(route.backends.map((b) => [b.service, b.weight])).toEqual([
      ['mono', 90],
      ['orders', 10],
    ]);
    expect(route.writes).toEqual({ service: 'mono', port: 8080 });
    // A component that owns no data is split whole.
    const catalog = extractionPhases(map)
      .phases.flatMap((p) => p.routes)
      .filter((r) => r.path === '/catalog');
    expect(catalog.every((r) => r.writes === undefined)).toBe(true);
  });

  it('the HTTPRoute is valid Gateway API, and the plan table says the same', () => {
    const routes = bundleObjects(files).filter(({ object }) => object.kind === 'HTTPRoute');
    expect(routes.length).toBeGreaterThan(0);
    for (const { object } of routes) expect(validator.kubernetes(object)).toEqual([]);
    const plan = extractionPhases(map);
    expect(planMarkdown(plan)).toContain(
      '| `/orders` | reads: mono 90%, orders 10%; writes: mono (the facade sends them) | canary |',
    );
    expect(bundleViolations(map, plan, files, k)).toEqual([]);
  });

  it('the checks fail when the bundle lets writes reach the new service', () => {
    const broken = Object.fromEntries(
      Object.entries(files).map(([f, t]) => [f, t.replace(/\n\s*method: (GET|HEAD)/g, '')]),
    );
    expect(bundleViolations(map, extractionPhases(map), broken, k).join('\n')).not.toBe('');
  });

  it('after its phase the new store is the record: the route no longer names writes', () => {
    const after = exportKubernetes(map, { phase: k + 1 }).files;
    expect(overlaysOf(after)[0]!.routes.find((r) => r.path === '/orders')?.writes).toBeUndefined();
  });
});

describe('data owners behind ingress-nginx (the hie map)', () => {
  const map = loadMap('maps/hie-monolith.yaml');
  const plan = extractionPhases(map);

  it('write through the monolith: the plan names it and the network lets exactly those calls through', () => {
    const rows = plan.phases.flatMap((p) => p.routes.map((r) => ({ k: p.index, r })));
    const through = rows.filter(({ r }) => r.writes?.by === 'write-through');
    // Only our own services that canary: mirrors drop their copies, the bought registry is staged.
    expect(new Set(through.map(({ r }) => r.node))).toEqual(new Set(['message-archive', 'participant-directory']));
    for (const { k, r } of through) {
      const { files } = exportKubernetes(map, { phase: k });
      const policy = Object.entries(files).find(([f]) => f === `base/${r.node}.yaml`)?.[1] ?? '';
      expect(policy, `${r.node} phase ${k}`).toContain('app.kubernetes.io/instance: legacy-hie');
      expect(bundleViolations(map, plan, files, k)).toEqual([]);
    }
  });
});
