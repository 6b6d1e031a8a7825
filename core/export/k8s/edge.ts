// Routes at the edge: the phase's routing table from the system model, rendered by the same
// function as `plan --routes-dir` (core/system/route-manifests.ts). Gateway API HTTPRoutes
// attached to the platform's Gateway by default; plain Ingresses on request, or always when
// the map names a bought ingress controller as its facade.
import { routeManifests } from '../../system/route-manifests.ts';
import { tcpRoutes } from '../../system/stream-manifests.ts';
import type { ExportWarning } from '../bundle.ts';
import type { DeploymentModel, Target } from './model.ts';
import type { Manifest } from './workloads.ts';

/** The overlay's routes: the namespace comes from the overlay's kustomization. */
export function routesFor(model: DeploymentModel, target: Target): Manifest[] {
  const routes = routeManifests(model.routes, {
    partOf: model.partOf,
    backendNamespace: target.namespace,
    host: target.host,
    facade: model.facade,
    ingress: model.routeKind === 'ingress',
    phase: model.phase,
  });
  // Stream ports: TCPRoutes on the Gateway's listener for this namespace. Behind ingress-nginx
  // they are the release's `tcp:` values (external.ts); a plain Ingress cannot carry them.
  if (model.facade.kind !== 'gateway' || model.routeKind === 'ingress') return routes;
  const ctx = { partOf: model.partOf, listenerNamespace: target.namespace, facade: model.facade, phase: model.phase };
  return [...routes, ...tcpRoutes(model.streams, ctx)];
}

/** Plain Ingresses (`--ingress`, or a controller other than ingress-nginx): no weights, mirrors or redirects. */
export function plainIngress(model: DeploymentModel): boolean {
  if (model.routeKind !== 'ingress') return false;
  return !(model.facade.kind === 'controller' && model.facade.annotations === 'ingress-nginx');
}

/** The backend a plain Ingress sends a path to: the heaviest one of the phase's row (as route-manifests does). */
export function plainIngressBackend(
  r: DeploymentModel['routes'][number],
): { service: string; port: number } | undefined {
  return [...r.backends].sort((a, b) => b.weight - a.weight)[0];
}

/**
 * What the plan's table says and plain Ingresses cannot do in this phase: the path goes whole to
 * one backend (or, for a redirect, gets no Ingress), and the export says so instead of leaving
 * the plan's 90/10 unexplained.
 */
export function plainIngressWarnings(model: DeploymentModel): ExportWarning[] {
  if (!plainIngress(model)) return [];
  const out: ExportWarning[] = model.unredirected.map((u) => ({
    severity: 'warning',
    rule: 'export/ingress-no-redirect',
    node: u.node,
    message: `${u.path}: a plain Ingress cannot redirect to ${u.hostname}: no route serves it in phase ${model.phase} (use the Gateway, or send its users to that address)`,
  }));
  for (const r of model.routes) {
    const to = plainIngressBackend(r)?.service ?? '';
    const what =
      r.redirect !== undefined
        ? `cannot redirect to ${r.redirect.hostname}: no Ingress for it`
        : r.state === 'canary' || r.state === 'mirror'
          ? `cannot ${r.state === 'canary' ? 'split' : 'mirror'}: it goes whole to ${to}`
          : undefined;
    if (what === undefined) continue;
    out.push({
      severity: 'warning',
      rule: 'export/ingress-no-split',
      message: `${r.path}: a plain Ingress ${what} in phase ${model.phase}, not as the plan's routing table says (use the Gateway, or name ingress-nginx as the facade)`,
      ...(r.node === undefined ? {} : { node: r.node }),
    });
  }
  return out;
}
