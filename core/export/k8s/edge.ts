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

/**
 * A path the Gateway would redirect to a managed service: plain Ingresses cannot, so no route
 * serves it and the export says so. Nothing else needs a word: behind a facade that cannot split
 * the routing table has no canary or mirror rows (core/system/routes.ts stages them instead).
 */
export function plainIngressWarnings(model: DeploymentModel): ExportWarning[] {
  if (!plainIngress(model)) return [];
  return model.unredirected.map((u) => ({
    severity: 'warning',
    rule: 'export/ingress-no-redirect',
    node: u.node,
    message: `${u.path}: a plain Ingress cannot redirect to ${u.hostname}: no route serves it in phase ${model.phase} (use the Gateway, or send its users to that address)`,
  }));
}
