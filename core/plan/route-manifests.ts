// Each phase's facade routing as Kubernetes objects, rendered by the same function as the
// bundle's overlay routes (core/system), with the bundle's namespace, Service names and ports:
// the kinds the bundle made with the same options uses, and no others (HTTPRoutes and TCPRoutes
// at a Gateway; Ingresses with `--ingress` or behind an ingress controller named as facade).
import { stringify } from 'yaml';
import { routeManifests, type RouteContext } from '../system/route-manifests.ts';
import { nginxTcpValues, tcpRoutes } from '../system/stream-manifests.ts';
import type { Phase, Plan } from './model.ts';

type Manifest = Record<string, unknown>;

/** Where the routes go: the bundle's target (namespace, host) and its facade. */
export type PlanRouteContext = Omit<RouteContext, 'phase' | 'ingress'>;

/** Whether the bundle routes by Ingress: `--ingress` (a plain Gateway facade) or a controller facade. */
function byIngress(facade: PlanRouteContext['facade']): boolean {
  return facade.kind === 'controller' || facade.plain === true;
}

export function httpRoutesFor(phase: Phase, ctx: PlanRouteContext): Manifest[] {
  if (byIngress(ctx.facade)) return [];
  return routeManifests(phase.routes, { ...ctx, ingress: false, phase: phase.index });
}

export function ingressesFor(phase: Phase, ctx: PlanRouteContext): Manifest[] {
  if (!byIngress(ctx.facade)) return [];
  return routeManifests(phase.routes, { ...ctx, ingress: true, phase: phase.index });
}

/** The phase's stream ports as TCPRoutes on the Gateway's listener for the environment's namespace. */
export function tcpRoutesFor(phase: Phase, ctx: PlanRouteContext): Manifest[] {
  const facade = ctx.facade;
  // A plain Ingress carries no streams (the bundle has no TCPRoutes with `--ingress` either).
  if (facade.kind !== 'gateway' || facade.plain === true || phase.streams === undefined) return [];
  const listenerNamespace = ctx.namespace ?? ctx.partOf;
  return tcpRoutes(phase.streams, { ...ctx, facade, listenerNamespace, phase: phase.index });
}

/** Behind ingress-nginx: the release values that carry the phase's stream ports (`tcp:`). */
function nginxValuesFor(phase: Phase, ctx: PlanRouteContext): Manifest | undefined {
  const facade = ctx.facade;
  if (facade.kind !== 'controller' || facade.annotations !== 'ingress-nginx') return undefined;
  if (phase.streams === undefined || ctx.namespace === undefined) return undefined;
  return { tcp: nginxTcpValues(phase.streams, ctx.namespace) };
}

/** Kubernetes tools read YAML 1.1, so `yes`/`no`/`on` must come out quoted. */
function yamlDocuments(docs: readonly Manifest[]): string {
  return docs.map((d) => stringify(d, { version: '1.1', lineWidth: 0 })).join('---\n');
}

/** The routing files of every phase: `phase-01-httproute.yaml`, `phase-01-ingress.yaml`, … */
export function routeFiles(plan: Plan, ctx: PlanRouteContext): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const width = Math.max(2, String(plan.phases.length).length);
  for (const phase of plan.phases) {
    const n = String(phase.index).padStart(width, '0');
    const routes = httpRoutesFor(phase, ctx);
    if (routes.length > 0) files.push({ path: `phase-${n}-httproute.yaml`, text: yamlDocuments(routes) });
    const ingresses = ingressesFor(phase, ctx);
    if (ingresses.length > 0) files.push({ path: `phase-${n}-ingress.yaml`, text: yamlDocuments(ingresses) });
    const tcp = tcpRoutesFor(phase, ctx);
    if (tcp.length > 0) files.push({ path: `phase-${n}-tcproute.yaml`, text: yamlDocuments(tcp) });
    const values = nginxValuesFor(phase, ctx);
    if (values !== undefined)
      files.push({ path: `phase-${n}-ingress-nginx-values.yaml`, text: yamlDocuments([values]) });
  }
  return files;
}
