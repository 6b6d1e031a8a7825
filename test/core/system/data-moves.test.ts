// How a data owner's writes move, the same in the system model, the bundle and the plan: a bought
// product behind ingress-nginx cannot write through, so it is staged beside the monolith (every
// request stays there) and cut over whole a phase later; a data owner mirrored by ingress-nginx
// gets copies it can tell apart (Host mirror.<host>, no body) and never writes through.
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, planMarkdown, scheduleOf } from '../../../core/plan/index.ts';
import { dataMoveOf, facadeOfMap, systemAt } from '../../../core/system/index.ts';
import { bundleObjects } from '../export/k8s/bundle-objects.ts';
import { loadMap } from '../plan/load-map.ts';
import { component, smallMap } from '../plan/small-map.ts';
import { overlaysOf } from './bundle-reader.ts';
import { behindController } from './facade-fixture.ts';
import { bundleViolations } from './phase-invariants.ts';

/** A map whose facade is an ingress-nginx release, with the given data owner inside `mono`. */
function nginxMap(owner: MapNode): WardleyMap {
  return behindController(smallMap({ owner }, { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } }));
}

const PRODUCT = component({
  name: 'Registry',
  sourcing: 'buy',
  plan: { data: true, paths: ['/docs'] },
  deploy: { port: 8080, chart: { name: 'registry', repository: 'https://charts.example', version: '1.2.3' } },
});

function phaseOf(map: WardleyMap, node: string): number {
  return extractionPhases(map).phases.find((p) => p.steps.some((s) => s.node === node))?.index ?? -1;
}

function ownerCalls(map: WardleyMap, k: number): string[] {
  return systemAt(map, scheduleOf(map, extractionPhases(map)), k)
    .flows.filter((f) => f.from === 'owner')
    .map((f) => f.to);
}

describe('a bought data owner behind ingress-nginx', () => {
  const map = nginxMap(PRODUCT);
  const plan = extractionPhases(map);
  const k = phaseOf(map, 'owner');
  const at = (n: number) => plan.phases.find((p) => p.index === n)!;

  it('is staged in its phase: every request stays on the monolith, which stays the record', () => {
    expect(dataMoveOf(PRODUCT, facadeOfMap(map), false)).toBe('cutover');
    const row = at(k).routes.find((r) => r.path === '/docs')!;
    expect(row).toMatchObject({ state: 'staged', backends: [{ service: 'mono', weight: 100 }] });
    expect(row.writes).toBeUndefined();
    expect(at(k).records).toEqual([{ owner: 'owner', system: 'mono', sync: 'cdc' }]);
    // The bundle routes every request of the path to the monolith: no canary Ingress, no mirror.
    const ingresses = bundleObjects(exportKubernetes(map, { phase: k }).files).filter(
      ({ object }) => object.kind === 'Ingress' && object.metadata.labels?.['app.kubernetes.io/instance'] === 'owner',
    );
    expect(ingresses.map(({ object }) => object.metadata.name)).toEqual(['owner']);
    const route = overlaysOf(exportKubernetes(map, { phase: k }).files)[0]!.routes.find((r) => r.path === '/docs');
    expect(route?.backends).toEqual([{ service: 'mono', port: 8080, weight: 100 }]);
    expect(bundleViolations(map, plan, exportKubernetes(map, { phase: k }).files, k)).toEqual([]);
  });

  it('cuts over whole in the next phase, in one step with a freeze window, then reverse sync', () => {
    expect(at(k + 1).routes.find((r) => r.path === '/docs')).toMatchObject({
      state: 'new',
      backends: [{ service: 'owner', weight: 100 }],
    });
    expect(at(k + 1).records).toEqual([{ owner: 'owner', system: 'owner', sync: 'reverse-sync' }]);
    const cut = at(k + 1).cleanups.find((c) => c.scaffold === 'owner-cutover')!;
    expect(cut.description).toContain('freeze');
    expect(cut.description).toContain('send all of /docs to owner');
    expect(plan.scaffolds.some((s) => s.node === 'owner' && s.kind === 'canary')).toBe(false);
    const text = planMarkdown(plan);
    expect(text).toContain('| `/docs` | mono (owner filled by its import; cut-over next phase) | staged | `owner` |');
    expect(at(k).dataSteps[0]!.description).toContain('cannot write through mono, so nothing is split');
    expect(at(k).dataSteps[0]!.description).not.toContain('writes through mono');
  });

  it('never gets a write-through call to the monolith; after the cut-over only reverse sync calls it', () => {
    expect(ownerCalls(map, k)).not.toContain('mono');
    // The next phase cuts over: its store is the record and reverse sync keeps mono's tables.
    expect(ownerCalls(map, k + 1)).toContain('mono');
    expect(at(k + 1).records).toContainEqual({ owner: 'owner', system: 'owner', sync: 'reverse-sync' });
    const policy = exportKubernetes(map, { phase: k }).files['base/owner.yaml'] ?? '';
    expect(policy).not.toContain('app.kubernetes.io/instance: mono');
  });

  it('at a Gateway the facade keeps writes itself, so the product canaries reads', () => {
    const gateway = smallMap({ owner: PRODUCT }, { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } });
    const g = phaseOf(gateway, 'owner');
    const row = extractionPhases(gateway)
      .phases.find((p) => p.index === g)!
      .routes.find((r) => r.path === '/docs')!;
    expect(row).toMatchObject({ state: 'canary', writes: { service: 'mono', by: 'facade' } });
  });
});

describe('an outsourced data owner', () => {
  it('is staged whole on the monolith before the facade redirects to it (the redirect cannot split)', () => {
    const saas = component({
      name: 'Archive',
      sourcing: 'outsource',
      plan: { data: true, paths: ['/archive'] },
      deploy: { service: { provider: 'Example', host: 'archive.example.com', port: 443 } },
    });
    const map = smallMap({ owner: saas }, { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } });
    const k = phaseOf(map, 'owner');
    const plan = extractionPhases(map);
    const row = (n: number) => plan.phases.find((p) => p.index === n)!.routes.find((r) => r.path === '/archive')!;
    expect(row(k).state).toBe('staged');
    expect(row(k + 1).state).toBe('redirect');
  });
});

describe('a data owner mirrored by ingress-nginx', () => {
  // High risk (genesis, inertia, owns data) makes it a parallel run.
  const map = nginxMap(
    component({
      name: 'Index',
      evolution: 0.05,
      inertia: true,
      plan: { data: true, paths: ['/index'] },
      deploy: { port: 8080 },
    }),
  );
  const plan = extractionPhases(map);
  const k = phaseOf(map, 'owner');
  const row = plan.phases.find((p) => p.index === k)!.routes.find((r) => r.path === '/index')!;
  const files = exportKubernetes(map, { phase: k }).files;

  it('sends every request to the monolith and marks the copies so the service drops mirrored writes', () => {
    expect(row.state).toBe('mirror');
    expect(row.mirror).toEqual({ service: 'owner', port: 8080, writes: 'dropped' });
    expect(row.writes).toEqual({ service: 'mono', port: 8080, by: 'facade' });
    const ingress = bundleObjects(files).find(
      ({ object }) => object.kind === 'Ingress' && object.metadata.name === 'owner',
    )!.object;
    const host = (ingress.spec as { rules: { host: string }[] }).rules[0]!.host;
    expect((ingress.metadata as { annotations?: Record<string, string> }).annotations).toEqual({
      // A full name: nginx resolves the mirror target itself, without the pod's DNS search domains.
      'nginx.ingress.kubernetes.io/mirror-target': 'http://owner.mapwright-prod.svc.cluster.local:8080$request_uri',
      'nginx.ingress.kubernetes.io/mirror-host': `mirror.${host}`,
      'nginx.ingress.kubernetes.io/mirror-request-body': 'off',
    });
    expect(planMarkdown(plan)).toContain('mirrored to owner, which drops mirrored writes');
    expect(bundleViolations(map, plan, files, k)).toEqual([]);
  });

  it('does not write through: no call from it to the monolith in its phase, and the plan says why', () => {
    expect(ownerCalls(map, k)).not.toContain('mono');
    expect(plan.phases.find((p) => p.index === k)!.dataSteps[0]!.description).toContain(
      'owner answers mirrored writes without storing or forwarding them',
    );
  });

  it('the checks fail when the mirror forwards writes unmarked', () => {
    const unmarked = Object.fromEntries(
      Object.entries(files).map(([f, t]) => [
        f,
        t.replace(/\n\s*nginx\.ingress\.kubernetes\.io\/mirror-host: .*/g, ''),
      ]),
    );
    expect(bundleViolations(map, plan, unmarked, k).join('\n')).toContain('plan table');
  });
});

describe('the hie map (document-registry is a bought product behind ingress-nginx)', () => {
  it('writes through only for its own services that canary; mirrors drop, the product is staged', () => {
    const map = loadMap('maps/hie-monolith.yaml');
    const rows = extractionPhases(map).phases.flatMap((p) => p.routes);
    const by = (pred: (r: (typeof rows)[number]) => boolean) => new Set(rows.filter(pred).map((r) => r.node));
    expect(by((r) => r.writes?.by === 'write-through')).toEqual(new Set(['message-archive', 'participant-directory']));
    expect(by((r) => r.mirror?.writes === 'dropped')).toEqual(new Set(['consent', 'patient-index']));
    expect(by((r) => r.state === 'staged')).toEqual(new Set(['document-registry']));
  });

  it('the sync is turned around, not dropped, when the new store becomes the record', () => {
    const plan = extractionPhases(loadMap('maps/hie-monolith.yaml'));
    const jobs = plan.phases.flatMap((p) =>
      p.cleanups.filter((c) => c.scaffold.endsWith('-sync-job')).map((c) => ({ p, c })),
    );
    expect(jobs.length).toBe(5);
    for (const { p, c } of jobs) {
      expect(c.description).toContain('start reverse sync');
      expect(c.description).not.toContain('drop');
      expect(p.records.find((r) => r.owner === c.node)).toEqual({
        owner: c.node,
        system: c.node,
        sync: 'reverse-sync',
      });
    }
  });
});
