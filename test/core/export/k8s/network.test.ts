// Network policy from the map: every `uses` edge has its matching ingress and egress allow,
// nothing is allowed without an edge, and for a small map exactly the right pods may talk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import type { MapNode, WardleyMap } from '../../../../core/model/types.ts';
import { kubernetesObjects, type K8sObject } from './bundle-objects.ts';
import { randomMap } from './random-map.ts';

type Selector = Record<string, string>;
type Peer = {
  podSelector?: { matchLabels?: Selector };
  namespaceSelector?: { matchLabels?: Selector };
  ipBlock?: { cidr: string };
};
type Rule = { from?: Peer[]; to?: Peer[]; ports?: { port: number; protocol: string }[] };
type PolicySpec = { podSelector: { matchLabels?: Selector }; ingress?: Rule[]; egress?: Rule[] };
interface Pod {
  id: string;
  labels: Selector;
  port: number;
}

const matches = (selector: Selector | undefined, labels: Selector): boolean =>
  Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);
const portAllowed = (rule: Rule, port: number): boolean =>
  rule.ports === undefined || rule.ports.some((p) => p.port === port);
const inNamespacePeer = (peer: Peer, pod: Pod): boolean =>
  peer.podSelector !== undefined &&
  peer.namespaceSelector === undefined &&
  peer.ipBlock === undefined &&
  matches(peer.podSelector.matchLabels, pod.labels);

function policies(objects: K8sObject[]): PolicySpec[] {
  return objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.spec as unknown as PolicySpec);
}

/** Whether `from` may open a connection to `to` on its port, given every policy in the namespace. */
function mayTalk(all: PolicySpec[], from: Pod, to: Pod): boolean {
  const egress = all
    .filter((p) => matches(p.podSelector.matchLabels, from.labels))
    .some((p) =>
      (p.egress ?? []).some((r) => portAllowed(r, to.port) && (r.to ?? []).some((peer) => inNamespacePeer(peer, to))),
    );
  const ingress = all
    .filter((p) => matches(p.podSelector.matchLabels, to.labels))
    .some((p) =>
      (p.ingress ?? []).some(
        (r) => portAllowed(r, to.port) && (r.from ?? []).some((peer) => inNamespacePeer(peer, from)),
      ),
    );
  return egress && ingress;
}

function podsOf(objects: K8sObject[], products: Pod[]): Pod[] {
  const built = objects
    .filter((o) => o.kind === 'Deployment')
    .map((o) => {
      const t = (
        o.spec as {
          template: { metadata: { labels: Selector }; spec: { containers: { ports: { containerPort: number }[] }[] } };
        }
      ).template;
      return {
        id: o.metadata.name,
        labels: t.metadata.labels,
        port: t.spec.containers[0]?.ports[0]?.containerPort ?? 0,
      };
    });
  return [...built, ...products];
}

function node(kind: MapNode['kind'], extra: Partial<MapNode> = {}): MapNode {
  return { kind, name: kind, evolution: 0.5, visibility: 0.5, ...extra };
}

const small: WardleyMap = {
  version: 1,
  title: 'Small',
  deployment: { gateway: { name: 'edge', namespace: 'edge-system' } },
  nodes: {
    visitor: node('user', { uses: ['browse'] }),
    browse: node('need', { uses: ['web'] }),
    web: node('component', { sourcing: 'build', uses: ['api'], deploy: { port: 3000 } }),
    api: node('component', { sourcing: 'build', uses: ['db', 'cache'], deploy: { port: 8080 } }),
    worker: node('component', { sourcing: 'build', uses: ['api'], deploy: { port: 9000 } }),
    cache: node('component', {
      sourcing: 'buy',
      deploy: { port: 6379, chart: { name: 'redis', repository: 'https://charts.example', version: '1.0.0' } },
    }),
    db: node('component', {
      sourcing: 'outsource',
      deploy: { service: { kind: 'postgres', host: 'db.example.net', cidrs: ['203.0.113.0/24'] } },
    }),
  },
};

describe('network policies for a small map', () => {
  const objects = kubernetesObjects(exportKubernetes(small).files).map((o) => o.object);
  const all = policies(objects);
  const pods = podsOf(objects, [
    { id: 'cache', labels: { 'app.kubernetes.io/instance': 'cache', 'app.kubernetes.io/name': 'redis' }, port: 6379 },
  ]);

  it('lets exactly the pods connected by `uses` talk, in the direction of the edge', () => {
    const allowed: string[] = [];
    for (const a of pods) for (const b of pods) if (a !== b && mayTalk(all, a, b)) allowed.push(`${a.id} -> ${b.id}`);
    expect(allowed.sort()).toEqual(['api -> cache', 'web -> api', 'worker -> api']);
  });

  it('opens the edge only to the user-facing component, and the outside only to the managed service port', () => {
    const byName = new Map(
      objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => [o.metadata.name, o.spec as unknown as PolicySpec]),
    );
    const edgeIngress = [...byName].filter(([, p]) =>
      (p.ingress ?? []).some((r) => (r.from ?? []).some((peer) => peer.namespaceSelector !== undefined)),
    );
    expect(edgeIngress.map(([n]) => n)).toEqual(['web-allow']);
    const external = [...byName].flatMap(([n, p]) =>
      (p.egress ?? []).filter((r) => (r.to ?? []).some((peer) => peer.ipBlock)).map((r) => [n, r.ports]),
    );
    expect(external).toEqual([['api-allow', [{ protocol: 'TCP', port: 5432 }]]]);
  });

  it('starts from a default deny for every pod', () => {
    expect(all.filter((p) => JSON.stringify(p.podSelector) === '{}' && !p.ingress && !p.egress)).toHaveLength(1);
  });
});

describe('network policies for random maps', () => {
  it('have an ingress and an egress allow for every edge between built components, and no allow without an edge', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const objects = kubernetesObjects(exportKubernetes(map).files).map((o) => o.object);
        const all = policies(objects);
        const pods = podsOf(objects, []);
        const built = new Set(pods.map((p) => p.id));
        for (const a of pods) {
          for (const b of pods) {
            if (a === b) continue;
            const edge = (map.nodes[a.id]?.uses ?? []).includes(b.id);
            expect(mayTalk(all, a, b), `${a.id} -> ${b.id}`).toBe(edge && built.has(b.id));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('name in each component policy exactly the users (ingress) and the dependencies (egress) the map has', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const objects = kubernetesObjects(exportKubernetes(map).files).map((o) => o.object);
        const sourcing = (id: string): string | undefined =>
          map.nodes[id]?.kind === 'component' ? map.nodes[id]?.sourcing : undefined;
        for (const o of objects.filter((x) => x.kind === 'NetworkPolicy' && x.metadata.name !== 'default-deny')) {
          const spec = o.spec as unknown as PolicySpec;
          const self = spec.podSelector.matchLabels?.['app.kubernetes.io/instance'] ?? '';
          const instance = (peer: Peer): string => peer.podSelector?.matchLabels?.['app.kubernetes.io/instance'] ?? '';
          const from = (spec.ingress ?? [])
            .flatMap((r) => r.from ?? [])
            .filter((p) => !p.namespaceSelector)
            .map(instance);
          const users = Object.entries(map.nodes)
            .filter(([id, n]) => n?.uses?.includes(self) && ['build', 'buy'].includes(sourcing(id) ?? ''))
            .map(([id]) => id);
          expect(from.sort()).toEqual(users.sort());
          const uses = map.nodes[self]?.uses ?? [];
          const to = (spec.egress ?? [])
            .flatMap((r) => r.to ?? [])
            .filter((p) => p.podSelector && !p.namespaceSelector)
            .map(instance);
          expect(to.sort()).toEqual(uses.filter((u) => ['build', 'buy'].includes(sourcing(u) ?? '')).sort());
          // Random maps give no address ranges: flows to managed services stay closed, never 0.0.0.0/0.
          const external = (spec.egress ?? []).filter((r) => (r.to ?? []).some((p) => p.ipBlock)).length;
          expect(external).toBe(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the FQDN flavour', () => {
  // Cilium's CRD schema uses a regex JavaScript cannot compile (\\PC), so the shape is checked here.
  it('opens a managed service without ranges by host name with a CiliumNetworkPolicy', () => {
    const map: WardleyMap = structuredClone(small);
    delete map.nodes['db']!.deploy!.service!.cidrs;
    const standard = kubernetesObjects(exportKubernetes(map).files).map((o) => o.object);
    expect(standard.some((o) => o.kind === 'CiliumNetworkPolicy')).toBe(false);
    const cilium = kubernetesObjects(exportKubernetes(map, { networkPolicy: 'cilium' }).files)
      .map((o) => o.object)
      .filter((o) => o.kind === 'CiliumNetworkPolicy');
    expect(cilium.map((o) => o.metadata.name)).toEqual(['api-fqdn']);
    expect(JSON.stringify(cilium[0]?.spec)).toContain('"matchName":"db.example.net"');
    expect(cilium[0]?.spec).toMatchObject({
      endpointSelector: { matchLabels: { 'app.kubernetes.io/instance': 'api' } },
      egress: [
        { toPorts: [{ rules: { dns: [{ matchPattern: '*' }] } }] },
        { toPorts: [{ ports: [{ port: '5432' }] }] },
      ],
    });
  });
});
