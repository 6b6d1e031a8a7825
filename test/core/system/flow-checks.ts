// "Every allowed flow is an edge of the map": the network policies of one resolved overlay,
// read peer by peer. A pod peer must be a map edge (or the facade's route), an address range
// must belong to a managed service on an edge, kube-system only for DNS, and a namespace only
// for the facade in front of a routed workload.
import type { WardleyMap } from '../../../core/model/types.ts';
import { facadeOfMap } from '../../../core/system/index.ts';
import type { Overlay } from './bundle-reader.ts';

type Peer = {
  podSelector?: { matchLabels?: Record<string, string> };
  namespaceSelector?: { matchLabels?: Record<string, string> };
  ipBlock?: { cidr: string };
};
export type Rule = { from?: Peer[]; to?: Peer[]; ports?: { port: number }[] };
type Policy = { podSelector: { matchLabels?: Record<string, string> }; ingress?: Rule[]; egress?: Rule[] };

export const INSTANCE = 'app.kubernetes.io/instance';
const NAMESPACE_NAME = 'kubernetes.io/metadata.name';

/** Map nodes a workload stands for: itself, and what is still inside it when it is a monolith. */
function represented(map: WardleyMap, id: string): string[] {
  return [id, ...Object.keys(map.nodes).filter((n) => map.nodes[n]?.inside === id)];
}

export function isEdge(map: WardleyMap, from: string, to: string): boolean {
  const targets = new Set(represented(map, to));
  return represented(map, from).some((a) => (map.nodes[a]?.uses ?? []).some((b) => targets.has(b)));
}

export function policies(o: Overlay): { self: string; spec: Policy }[] {
  return o.objects
    .filter((x) => x.kind === 'NetworkPolicy' && x.metadata.name !== 'default-deny')
    .map((x) => {
      const spec = x.spec as unknown as Policy;
      return { self: spec.podSelector.matchLabels?.[INSTANCE] ?? '', spec };
    });
}

/** Whether a rule's peers include the facade (the gateway's namespace or the controller's pods). */
export function fromFacade(map: WardleyMap, rule: Rule): boolean {
  const facade = facadeOfMap(map);
  return (rule.from ?? []).some((peer) =>
    facade.kind === 'gateway'
      ? peer.namespaceSelector?.matchLabels?.[NAMESPACE_NAME] === facade.namespace
      : peer.podSelector?.matchLabels?.[INSTANCE] === facade.id,
  );
}

interface PeerContext {
  map: WardleyMap;
  /**
   * Calls the plan allows beyond the map's edges: a new service writing through its monolith, or
   * a data owner syncing its records back into the monolith after its phase (`from>to`).
   */
  writeThrough: ReadonlySet<string>;
  o: Overlay;
  self: string;
  rule: Rule;
  direction: 'in' | 'out';
  where: string;
}

function ipBlockProblems(c: PeerContext, cidr: string): string[] {
  const owners = Object.entries(c.map.nodes).filter(([, n]) => n?.deploy?.service?.cidrs?.includes(cidr));
  const planned = (id: string) => c.writeThrough.has(`${c.self}>${id}`);
  return owners.some(([id]) => isEdge(c.map, c.self, id) || planned(id))
    ? []
    : [`${c.where}: ipBlock ${cidr} not on an edge`];
}

function namespaceProblems(c: PeerContext, ns: string): string[] {
  if (ns === 'kube-system')
    return (c.rule.ports ?? []).every((p) => p.port === 53) ? [] : [`${c.where}: kube-system beyond DNS`];
  const routed =
    c.o.routes.some((r) => r.backends.some((b) => b.service === c.self) || r.mirror?.service === c.self) ||
    streamListener(c);
  return routed && c.direction === 'in' ? [] : [`${c.where}: namespace ${ns} admitted without a route`];
}

/**
 * The facade may reach a stream listener of a workload whose Service carries one of the facade's
 * stream ports (the monolith before and the new service from its phase on: the rollback target).
 */
function streamListener(c: PeerContext, to: string = c.self): boolean {
  const ports = new Set(c.o.streams.map((s) => s.port));
  const own = (c.rule.ports ?? []).every((p) => ports.has(p.port)) && (c.rule.ports ?? []).length > 0;
  const service = c.o.objects.find((x) => x.kind === 'Service' && x.metadata.name === to);
  const listens = ((service?.spec as { ports?: { port: number }[] } | undefined)?.ports ?? []).some((p) =>
    ports.has(p.port),
  );
  return own && listens;
}

function podProblems(c: PeerContext, other: string): string[] {
  const facade = facadeOfMap(c.map);
  const [from, to] = c.direction === 'out' ? [c.self, other] : [other, c.self];
  const viaFacade =
    facade.kind === 'controller' &&
    from === facade.id &&
    (c.o.routes.some((r) => r.instance === to || r.backends.some((b) => b.service === to)) || streamListener(c, to));
  if (viaFacade || isEdge(c.map, from, to) || c.writeThrough.has(`${from}>${to}`)) return [];
  return [`${c.where}: ${from} -> ${to} is not an edge of the map`];
}

function peerProblems(c: PeerContext, peer: Peer): string[] {
  if (peer.ipBlock !== undefined) return ipBlockProblems(c, peer.ipBlock.cidr);
  const ns = peer.namespaceSelector?.matchLabels?.[NAMESPACE_NAME];
  if (ns !== undefined) return namespaceProblems(c, ns);
  const other = peer.podSelector?.matchLabels?.[INSTANCE];
  return other === undefined ? [] : podProblems(c, other);
}

function ruleProblems(c: PeerContext): string[] {
  const out: string[] = [];
  const facade = facadeOfMap(c.map);
  if (c.direction === 'out' && c.rule.ports === undefined) out.push(`${c.where}: egress rule without ports`);
  const peers = (c.direction === 'in' ? c.rule.from : c.rule.to) ?? [];
  if (c.direction === 'in' && peers.length === 0 && !(facade.kind === 'controller' && facade.id === c.self))
    out.push(`${c.where}: open to every source`);
  for (const peer of peers) out.push(...peerProblems(c, peer));
  return out;
}

export function flowProblems(map: WardleyMap, o: Overlay, writeThrough: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const { self, spec } of policies(o)) {
    const rules: [Rule, 'in' | 'out'][] = [
      ...(spec.egress ?? []).map((r): [Rule, 'out'] => [r, 'out']),
      ...(spec.ingress ?? []).map((r): [Rule, 'in'] => [r, 'in']),
    ];
    for (const [rule, direction] of rules)
      out.push(
        ...ruleProblems({ map, writeThrough, o, self, rule, direction, where: `${o.dir} ${self} ${direction}` }),
      );
  }
  return out;
}

/**
 * Each planned call (a write-through, or reverse sync after a data owner's phase) is open both
 * ways in the bundle: egress and ingress.
 */
export function writeThroughProblems(
  o: Overlay,
  writeThrough: ReadonlySet<string>,
  what: string = 'write through',
): string[] {
  const out: string[] = [];
  const all = policies(o);
  const reaches = (self: string, other: string, key: 'egress' | 'ingress'): boolean =>
    all.some(
      (p) =>
        p.self === self &&
        (p.spec[key] ?? []).some((r) =>
          ((key === 'egress' ? r.to : r.from) ?? []).some(
            (peer) => peer.podSelector?.matchLabels?.[INSTANCE] === other,
          ),
        ),
    );
  for (const pair of writeThrough) {
    const [from, to] = pair.split('>') as [string, string];
    // After its retirement the monolith is gone, and the call with it.
    if (!all.some((p) => p.self === to)) continue;
    if (!reaches(from, to, 'egress') || !reaches(to, from, 'ingress'))
      out.push(`${o.dir}: ${from} cannot ${what} ${to} (network policy)`);
  }
  return out;
}
