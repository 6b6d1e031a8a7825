// Each phase's facade routing as Kubernetes objects: a Gateway API HTTPRoute (standard-channel
// fields only: weights for the canary, RequestMirror for the parallel run) and an Ingress
// variant for clusters without the Gateway API (it carries the primary backend only).
import { stringify } from 'yaml';
import type { Facade, Phase, Plan, RouteEntry } from './model.ts';

/** HTTPRoute allows at most 16 rules; more paths spill into further routes. */
const MAX_RULES = 16;

type Manifest = Record<string, unknown>;

function metadata(facade: Facade, name: string, phase: number): Manifest {
  const meta: Manifest = { name };
  if (facade.namespace !== undefined) meta.namespace = facade.namespace;
  meta.labels = { 'app.kubernetes.io/managed-by': 'mapwright', 'mapwright.dev/phase': String(phase) };
  return meta;
}

/** Rows the catch-all already covers need no rule of their own. */
function routedEntries(phase: Phase): RouteEntry[] {
  const catchAll = new Set(
    phase.routes.filter((r) => r.node === undefined && r.path === '/').map((r) => r.backends[0]?.service),
  );
  return phase.routes.filter(
    (r) => !(r.state === 'monolith' && r.node !== undefined && catchAll.has(r.backends[0]?.service)),
  );
}

function ruleFor(entries: readonly RouteEntry[]): Manifest {
  const first = entries[0]!;
  const rule: Manifest = { matches: entries.map((e) => ({ path: { type: 'PathPrefix', value: e.path } })) };
  if (first.mirror) {
    rule.filters = [
      { type: 'RequestMirror', requestMirror: { backendRef: { name: first.mirror.service, port: first.mirror.port } } },
    ];
  }
  rule.backendRefs = first.backends.map((b) => ({ name: b.service, port: b.port, weight: b.weight }));
  return rule;
}

/** One rule per candidate (all its paths) and one per catch-all, in routing-table order. */
function rulesOf(phase: Phase): Manifest[] {
  const groups = new Map<string, RouteEntry[]>();
  for (const entry of routedEntries(phase)) {
    const key = entry.node ?? `catch-all:${entry.path}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].map(ruleFor);
}

export function httpRoutesFor(plan: Plan, phase: Phase): Manifest[] {
  const rules = rulesOf(phase);
  const parent: Manifest = { name: plan.facade.gateway.name };
  if (plan.facade.gateway.namespace !== undefined) parent.namespace = plan.facade.gateway.namespace;
  const out: Manifest[] = [];
  for (let i = 0; i < rules.length; i += MAX_RULES) {
    const spec: Manifest = { parentRefs: [parent] };
    if (plan.facade.host !== undefined) spec.hostnames = [plan.facade.host];
    spec.rules = rules.slice(i, i + MAX_RULES);
    const name = i === 0 ? plan.facade.name : `${plan.facade.name}-${i / MAX_RULES + 1}`;
    out.push({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: metadata(plan.facade, name, phase.index),
      spec,
    });
  }
  return out;
}

export function ingressFor(plan: Plan, phase: Phase): Manifest | undefined {
  const entries = routedEntries(phase);
  if (entries.length === 0) return undefined;
  const paths = entries.map((e) => {
    const primary = [...e.backends].sort((a, b) => b.weight - a.weight)[0]!;
    return {
      path: e.path,
      pathType: 'Prefix',
      backend: { service: { name: primary.service, port: { number: primary.port } } },
    };
  });
  const rule: Manifest = {};
  if (plan.facade.host !== undefined) rule.host = plan.facade.host;
  rule.http = { paths };
  const meta = metadata(plan.facade, plan.facade.name, phase.index);
  const split = entries.filter((e) => e.state === 'canary' || e.state === 'mirror').map(trafficNote);
  // Ingress has no weights or mirroring: say what the HTTPRoute does so nobody assumes parity.
  if (split.length > 0) meta.annotations = { 'mapwright.dev/gateway-api-only': split.join('; ') };
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta, spec: { rules: [rule] } };
}

function trafficNote(e: RouteEntry): string {
  if (e.mirror) return `${e.path} mirrored to ${e.mirror.service}`;
  const canary = e.backends.filter((b) => b.service === e.node).map((b) => `${b.weight}% to ${b.service}`);
  return `${e.path} ${canary.join(', ')}`;
}

/** Kubernetes tools read YAML 1.1, so `yes`/`no`/`on` must come out quoted. */
function yamlDocuments(docs: readonly Manifest[]): string {
  return docs.map((d) => stringify(d, { version: '1.1', lineWidth: 0 })).join('---\n');
}

/** The routing files of every phase: `phase-01-httproute.yaml`, `phase-01-ingress.yaml`, … */
export function routeFiles(plan: Plan): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const width = Math.max(2, String(plan.phases.length).length);
  for (const phase of plan.phases) {
    const n = String(phase.index).padStart(width, '0');
    const routes = httpRoutesFor(plan, phase);
    if (routes.length > 0) files.push({ path: `phase-${n}-httproute.yaml`, text: yamlDocuments(routes) });
    const ingress = ingressFor(plan, phase);
    if (ingress) files.push({ path: `phase-${n}-ingress.yaml`, text: yamlDocuments([ingress]) });
  }
  return files;
}
