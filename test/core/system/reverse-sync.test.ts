// After a data owner's phase its own store is the system of record, and reverse sync keeps the
// monolith's tables current while the monolith runs. That sync is a call from the owner's
// workload to the monolith's API, on the monolith's port: a flow of the system model and an
// allow in both NetworkPolicies, in exactly the phases whose records say `reverse-sync`, and
// nothing else new.
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, planMarkdown, scheduleOf } from '../../../core/plan/index.ts';
import { FACADE, facadeOfMap, systemAt, type Flow } from '../../../core/system/index.ts';
import { loadMap } from '../plan/load-map.ts';
import { component, smallMap } from '../plan/small-map.ts';
import { overlaysOf } from './bundle-reader.ts';
import { INSTANCE, isEdge, policies } from './flow-checks.ts';
import { behindController } from './facade-fixture.ts';
import { bundleViolations, reverseSyncCalls } from './phase-invariants.ts';

const MONO_PORT = 9000;

const OWN = component({ name: 'Orders', plan: { data: true, paths: ['/orders'] }, deploy: { port: 8080 } });
const PRODUCT = component({
  name: 'Registry',
  sourcing: 'buy',
  plan: { data: true, paths: ['/docs'] },
  deploy: { port: 8080, chart: { name: 'registry', repository: 'https://charts.example', version: '1.2.3' } },
});

function ownerMap(owner: MapNode, nginx: boolean, mirror = false): WardleyMap {
  const node: MapNode = mirror ? { ...owner, plan: { ...owner.plan, mirror: true } } : owner;
  const map = smallMap({ owner: node }, { user: true, mono: { sourcing: 'build', deploy: { port: MONO_PORT } } });
  return nginx ? behindController(map) : map;
}

const CASES: [string, WardleyMap][] = [
  ['our service behind a Gateway (writes by method)', ownerMap(OWN, false)],
  ['our service mirrored by ingress-nginx (mirrored writes dropped)', ownerMap(OWN, true, true)],
  ['our service behind ingress-nginx (writes through)', ownerMap(OWN, true)],
  ['a bought product behind ingress-nginx (cut over whole)', ownerMap(PRODUCT, true)],
];

function statesOf(map: WardleyMap) {
  const plan = extractionPhases(map);
  const schedule = scheduleOf(map, plan);
  return { plan, states: Array.from({ length: schedule.last + 1 }, (_, k) => systemAt(map, schedule, k)) };
}

function allowed(files: ReturnType<typeof exportKubernetes>['files'], self: string, other: string) {
  const o = overlaysOf(files)[0]!;
  const peers = (key: 'egress' | 'ingress', of: string, to: string) =>
    policies(o)
      .filter((p) => p.self === of)
      .flatMap((p) => p.spec[key] ?? [])
      .filter((r) =>
        ((key === 'egress' ? r.to : r.from) ?? []).some((x) => x.podSelector?.matchLabels?.[INSTANCE] === to),
      )
      .flatMap((r) => (r.ports ?? []).map((p) => p.port));
  return { egress: peers('egress', self, other), ingress: peers('ingress', other, self) };
}

describe.each(CASES)('reverse sync: %s', (_, map) => {
  const { plan, states } = statesOf(map);
  const k = plan.phases.find((p) => p.steps.some((s) => s.node === 'owner'))!.index;

  it('is a flow owner → monolith on the monolith port exactly while the records say reverse-sync', () => {
    const after = states.filter((s) => s.records.some((r) => r.owner === 'owner' && r.sync === 'reverse-sync'));
    expect(after.map((s) => s.phase)).toContain(k + 1);
    for (const s of after) expect(s.flows).toContainEqual({ from: 'owner', to: 'mono', port: MONO_PORT });
    for (const s of states.filter((x) => x.phase < k || x.phase === states.length - 1))
      expect(s.flows.filter((f) => f.from === 'owner' && f.to === 'mono')).toEqual([]);
  });

  it('is allowed both ways by the NetworkPolicies of the next phase, on that port only', () => {
    const { files } = exportKubernetes(map, { phase: k + 1 });
    expect(allowed(files, 'owner', 'mono')).toEqual({ egress: [MONO_PORT], ingress: [MONO_PORT] });
    expect(bundleViolations(map, plan, files, k + 1)).toEqual([]);
  });

  it('the checks fail when the bundle closes it', () => {
    const { files } = exportKubernetes(map, { phase: k + 1 });
    const monoPolicy = files['base/mono.yaml']!;
    // Drop mono's ingress rule that admits the owner's pods.
    const closed = {
      ...files,
      'base/mono.yaml': monoPolicy.replace(
        /app\.kubernetes\.io\/instance: owner/g,
        'app.kubernetes.io/instance: nobody',
      ),
    };
    expect(bundleViolations(map, plan, closed, k + 1).join('\n')).toContain('owner cannot sync back into mono');
  });
});

describe('reverse sync of an outsourced data owner (a managed service outside the cluster)', () => {
  const SERVICE_PORT = 5432;
  const outsourced = (cidrs?: string[]) =>
    ownerMap(
      component({
        ...OWN,
        sourcing: 'outsource',
        deploy: { service: { port: SERVICE_PORT, ...(cidrs === undefined ? {} : { cidrs }) } },
      }),
      false,
    );
  const map = outsourced();
  const { plan, states } = statesOf(map);
  const k = plan.phases.find((p) => p.steps.some((s) => s.node === 'owner'))!.index;

  it('is the monolith pulling the service on its port, exactly while the records say reverse-sync', () => {
    // It cannot call in: no pods, nothing admits the outside. It used to have no flow at all.
    for (const s of states) {
      const syncing = s.records.some((r) => r.owner === 'owner' && r.sync === 'reverse-sync');
      expect(s.flows.filter((f) => f.from === 'owner')).toEqual([]);
      expect(s.flows.filter((f) => f.from === 'mono' && f.to === 'owner')).toEqual(
        syncing ? [{ from: 'mono', to: 'owner', port: SERVICE_PORT }] : [],
      );
    }
    expect(states[k + 1]!.records).toContainEqual({ owner: 'owner', system: 'owner', sync: 'reverse-sync' });
  });

  it('the plan says how the writes get back, and the bundle opens it or says it is closed', () => {
    const text = planMarkdown(plan);
    expect(text).toContain(
      `owner runs outside the cluster and cannot call in: mono pulls its changes from owner's API, the one call this adds, mono → owner on port ${SERVICE_PORT}`,
    );
    const closed = exportKubernetes(map, { phase: k + 1 });
    const readme = closed.files['README.md'] ?? '';
    expect(readme).toContain(
      '`owner` is a managed service outside the cluster and cannot call in: `mono` pulls its changes',
    );
    expect(readme).toContain('closed until the map gives its address ranges');
    expect(readme).toMatch(new RegExp(`\\| \`mono\` \\| \`owner\` \\| \\S+ \\| ${SERVICE_PORT} \\|`));
    expect(bundleViolations(map, plan, closed.files, k + 1)).toEqual([]);
    // With the service's address ranges on the map the monolith's egress is opened to them.
    const ranged = outsourced(['10.20.0.0/16']);
    const files = exportKubernetes(ranged, { phase: k + 1 }).files;
    const egress = policies(overlaysOf(files)[0]!)
      .filter((p) => p.self === 'mono')
      .flatMap((p) => p.spec.egress ?? [])
      .filter((r) => (r.to ?? []).some((x) => x.ipBlock?.cidr === '10.20.0.0/16'));
    expect(egress.flatMap((r) => (r.ports ?? []).map((p) => p.port))).toEqual([SERVICE_PORT]);
    expect(bundleViolations(ranged, extractionPhases(ranged), files, k + 1)).toEqual([]);
    expect(files['README.md']).toContain('opened by its policy');
  });
});

describe('reverse sync on the hie map adds nothing else', () => {
  const map = loadMap('maps/hie-monolith.yaml');
  const { plan, states } = statesOf(map);
  const facade = facadeOfMap(map);
  const front = facade.kind === 'gateway' ? FACADE : facade.id;

  it('every flow is an edge, the facade, a declared write-through, or a reverse sync at the monolith port', () => {
    const problems: string[] = [];
    let syncs = 0;
    for (const s of states) {
      const writeThrough = new Set(
        plan.phases
          .filter((p) => p.index <= s.phase)
          .flatMap((p) => p.routes)
          .flatMap((r) =>
            r.writes?.by === 'write-through' && r.node !== undefined ? [`${r.node}>${r.writes.service}`] : [],
          ),
      );
      const sync = reverseSyncCalls(map, plan, s.phase);
      const port = (id: string) => s.workloads.find((w) => w.id === id)?.port;
      const explained = (f: Flow) =>
        f.from === front ||
        isEdge(map, f.from, f.to) ||
        writeThrough.has(`${f.from}>${f.to}`) ||
        (sync.has(`${f.from}>${f.to}`) && f.port === port(f.to));
      for (const f of s.flows) if (!explained(f)) problems.push(`phase ${s.phase}: ${f.from} -> ${f.to}:${f.port}`);
      for (const pair of sync) {
        const [from, to] = pair.split('>') as [string, string];
        if (!s.flows.some((f) => f.from === from && f.to === to)) problems.push(`phase ${s.phase}: no sync ${pair}`);
        syncs++;
      }
    }
    expect(problems).toEqual([]);
    expect(syncs).toBeGreaterThan(0);
  });
});
