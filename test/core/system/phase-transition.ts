// Applying the bundle of phase k over the running bundle of phase k-1 is safe, read from the two
// emitted bundles (same overlay of each): while the objects change one by one, no path loses
// every backend, no route sends all of a path to a workload that was not already running, no
// workload that still carries traffic is removed, and no allowed call between workloads that
// both stay is cut (the old code stays the rollback target).
import type { Bundle } from '../../../core/export/bundle.ts';
import type { Overlay, RouteRow } from './bundle-reader.ts';
import { overlaysOf } from './bundle-reader.ts';
import { policies } from './flow-checks.ts';

const INSTANCE = 'app.kubernetes.io/instance';

/** Workloads of an overlay: Deployments and Helm releases installed in its namespace. */
function workloads(o: Overlay): Set<string> {
  return new Set([
    ...o.objects.filter((x) => x.kind === 'Deployment').map((x) => x.metadata.name),
    ...o.releases.keys(),
  ]);
}

type PolicyRule = { to?: Peer[]; from?: Peer[]; ports?: { port: number }[] };
type Peer = { podSelector?: { matchLabels?: Record<string, string> }; namespaceSelector?: unknown };

/** `a>b:port` for each pod peer of one rule (`self` first when it sends). */
function ruleCalls(self: string, rule: PolicyRule, direction: 'egress' | 'ingress'): string[] {
  const peers = (direction === 'egress' ? rule.to : rule.from) ?? [];
  const out: string[] = [];
  for (const peer of peers) {
    const other = peer.podSelector?.matchLabels?.[INSTANCE];
    if (other === undefined || peer.namespaceSelector !== undefined) continue;
    const [from, to] = direction === 'egress' ? [self, other] : [other, self];
    for (const p of rule.ports ?? []) out.push(`${from}>${to}:${p.port}`);
  }
  return out;
}

/** Pod-to-pod calls the overlay's policies allow on both ends: `from>to:port`. */
function calls(o: Overlay): Set<string> {
  const egress = new Set<string>();
  const ingress = new Set<string>();
  for (const { self, spec } of policies(o)) {
    for (const r of spec.egress ?? []) for (const c of ruleCalls(self, r, 'egress')) egress.add(c);
    for (const r of spec.ingress ?? []) for (const c of ruleCalls(self, r, 'ingress')) ingress.add(c);
  }
  return new Set([...egress].filter((c) => ingress.has(c)));
}

function served(row: Pick<RouteRow, 'backends'> | undefined): string[] {
  if (row === undefined) return [];
  return row.backends.filter((b) => b.weight > 0).map((b) => b.service);
}

function routeProblems(before: Overlay, after: Overlay): string[] {
  const out: string[] = [];
  const running = workloads(before);
  for (const old of before.routes) {
    const now = after.routes.find((r) => r.path === old.path);
    // The monolith's catch-all goes with the monolith in its retirement phase, by design.
    const catchAll = old.instance === undefined;
    if (now === undefined && !catchAll) out.push(`${old.path}: no route after (it had one before)`);
    if (now === undefined || now.redirect !== undefined) continue;
    const fresh = served(now).filter((s) => !running.has(s));
    const kept = served(now).filter((s) => running.has(s));
    if (fresh.length > 0 && kept.length === 0)
      out.push(`${old.path}: all traffic moves to ${fresh.join(', ')}, which was not running before`);
  }
  return out;
}

/** Stream ports as routes: never lost, never moved whole to a workload that was not running. */
function streamProblems(before: Overlay, after: Overlay): string[] {
  const out: string[] = [];
  const running = workloads(before);
  for (const old of before.streams) {
    const now = after.streams.find((r) => r.port === old.port);
    if (now === undefined) {
      out.push(`tcp/${old.port}: no backend after (it had one before)`);
      continue;
    }
    const live = now.backends.filter((b) => b.weight > 0).map((b) => b.service);
    const fresh = live.filter((x) => !running.has(x));
    if (fresh.length > 0 && fresh.length === live.length)
      out.push(`tcp/${old.port}: all connections move to ${fresh.join(', ')}, which was not running before`);
  }
  return out;
}

/**
 * A workload that still serves a path of a component may not leave: the clean-up phase sends
 * every path whole to its new service first, so the monolith leaves serving only its catch-all.
 */
function removalProblems(before: Overlay, after: Overlay): string[] {
  const out: string[] = [];
  const staying = workloads(after);
  for (const gone of [...workloads(before)].filter((w) => !staying.has(w))) {
    for (const r of before.routes)
      if (r.instance !== undefined && served(r).includes(gone))
        out.push(`${gone} removed while it still served ${r.path}`);
    for (const r of before.streams)
      if (served(r).includes(gone)) out.push(`${gone} removed while it still took tcp/${r.port}`);
  }
  return out;
}

function callProblems(before: Overlay, after: Overlay): string[] {
  const staying = workloads(after);
  const now = calls(after);
  return [...calls(before)]
    .filter((c) => {
      const [from, rest] = c.split('>') as [string, string];
      const to = rest.split(':')[0] as string;
      return staying.has(from) && staying.has(to) && !now.has(c);
    })
    .map((c) => `call ${c} is cut`);
}

/** Every way applying `after` over `before` could break live traffic, per overlay. */
export function transitionProblems(before: Bundle, after: Bundle): string[] {
  const a = overlaysOf(before);
  const b = overlaysOf(after);
  const out: string[] = [];
  for (const o of a) {
    const next = b.find((x) => x.dir === o.dir);
    if (next === undefined) {
      out.push(`${o.dir}: overlay gone`);
      continue;
    }
    const where = (p: string): string => `${o.dir}: ${p}`;
    const problems = [
      ...routeProblems(o, next),
      ...streamProblems(o, next),
      ...removalProblems(o, next),
      ...callProblems(o, next),
    ];
    out.push(...problems.map(where));
  }
  return out;
}
