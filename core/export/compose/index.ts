// exportCompose: a docker-compose file that runs the built services locally, wired as the map
// says, against stand-ins for bought and outsourced components. Pure and deterministic.
import type { WardleyMap } from '../../model/types.ts';
import type { ExportResult } from '../bundle.ts';
import { deploymentModel, type BuildComponent, type DeploymentModel, type Dependency } from '../k8s/model.ts';
import { productOf, serviceOf } from '../k8s/by-id.ts';
import { yamlDocuments } from '../k8s/render.ts';
import { dependencySettings, PARKED_ANNOTATION, PARKED_REASON } from '../k8s/workloads.ts';
import { sensitiveContext } from '../k8s/compliance.ts';
import { markSensitive } from './compliance.ts';
import { standInFor, type StandIn } from './stand-ins.ts';

export const COMPOSE_FILE = 'docker-compose.yaml';

/**
 * The profile of a service the end-state bundle parks (replicas 0: nothing calls it once the
 * monolith is gone): `docker compose up` leaves it out, as the cluster runs no pod of it;
 * `docker compose --profile parked up` starts it for whoever gives it a caller.
 */
export const PARKED_PROFILE = 'parked';

/** First host port for user-facing services; they are published in id order from here. */
const FIRST_HOST_PORT = 8081;

export function exportCompose(map: WardleyMap): ExportResult {
  // Locally every new service runs: the end state of the plan.
  const { model, warnings } = deploymentModel(map, { phase: 'last' });
  const builds = new Set(model.builds.map((b) => b.id));
  return {
    files: { [COMPOSE_FILE]: yamlDocuments([markSensitive(composeModel(model), sensitiveContext(map))]) },
    warnings: warnings.filter((w) => w.severity !== 'error' && concernsCompose(w, builds)),
  };
}

/**
 * Whether a deployment-model warning says something about the compose file. A missing chart or
 * host concerns only the Kubernetes bundle's Helm release and ExternalName, and a product's or
 * service's port only its Kubernetes Service: locally each runs as a stand-in on its own port.
 * `builds`: the ids of the components built from source.
 */
function concernsCompose(w: ExportResult['warnings'][number], builds: ReadonlySet<string>): boolean {
  // Uncalled: about its NetworkPolicy; compose has none (the same word is in the bundle's export).
  if (w.rule === 'export/no-chart' || w.rule === 'export/no-host' || w.rule === 'export/uncalled') return false;
  if (w.rule === 'export/default-port') return w.node === undefined || builds.has(w.node);
  return true;
}

/** The compose document as plain data. */
export function composeModel(model: DeploymentModel): Record<string, unknown> {
  const standIns = standInPorts(model);
  const services: Record<string, unknown> = {};
  const waits = acyclicDependencies(model);
  let hostPort = FIRST_HOST_PORT;
  for (const c of model.builds) {
    const published = c.routed ? hostPort++ : undefined;
    services[c.id] = buildService(c, model, standIns, published, waits.get(c.id) ?? { kept: [], dropped: [] });
  }
  for (const p of model.products) services[p.id] = standInService(standInFor(p.chart?.name ?? p.id), p.name);
  for (const s of model.services) services[s.id] = standInService(standInFor(s.kind), s.name);
  return { name: model.partOf, services: sortedRecord(services) };
}

function standInPorts(model: DeploymentModel): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const p of model.products) out.set(p.id, standInFor(p.chart?.name ?? p.id).port);
  for (const s of model.services) out.set(s.id, standInFor(s.kind).port);
  return out;
}

function buildService(
  c: BuildComponent,
  model: DeploymentModel,
  standIns: ReadonlyMap<string, number>,
  published: number | undefined,
  waits: Waits,
): Record<string, unknown> {
  const environment = new Map<string, string>();
  for (const dep of c.uses) {
    // Locally every dependency is a container on the compose network, at its stand-in's port.
    const local: Dependency = { ...dep, port: standIns.get(dep.id) ?? dep.port ?? 80 };
    for (const [k, v] of dependencySettings(local)) environment.set(k, v);
  }
  for (const [k, v] of c.env) environment.set(k, v);
  const service: Record<string, unknown> = {
    image: `${model.registry}/${c.image}:${c.tag ?? model.tag}`,
    labels: { 'mapwright.dev/node-name': c.name },
    environment: Object.fromEntries([...environment].sort(([a], [b]) => (a < b ? -1 : 1))),
    read_only: true,
    tmpfs: ['/tmp'],
    security_opt: ['no-new-privileges:true'],
    cap_drop: ['ALL'],
  };
  // Stream listeners (TCP, MLLP) keep their own port on the host: local senders use the same one.
  const ports = [
    ...(published === undefined ? [] : [`127.0.0.1:${published}:${c.port}`]),
    ...c.streams.map((s) => `127.0.0.1:${s.port}:${s.port}`),
  ];
  if (ports.length > 0) service['ports'] = ports;
  if (c.parked === true) {
    service['profiles'] = [PARKED_PROFILE];
    service['labels'] = { ...labelsOf(service), [PARKED_ANNOTATION]: PARKED_REASON };
  }
  if (waits.kept.length > 0)
    service['depends_on'] = Object.fromEntries(waits.kept.map((id) => [id, dependsOn(model, id)]));
  // A cycle on the map cannot be a start order: the edge closing it is left out and named here.
  if (waits.dropped.length > 0)
    service['labels'] = { ...labelsOf(service), 'mapwright.dev/start-order-not-awaited': waits.dropped.join(',') };
  return service;
}

function labelsOf(service: Record<string, unknown>): Record<string, string> {
  return service['labels'] as Record<string, string>;
}

/** Wait for a stand-in's own probe when it has one; otherwise only for the container to start. */
function dependsOn(model: DeploymentModel, id: string): Record<string, string> {
  const product = productOf(model, id);
  const service = serviceOf(model, id);
  const standIn =
    product !== undefined
      ? standInFor(product.chart?.name ?? id)
      : service !== undefined
        ? standInFor(service.kind)
        : undefined;
  return { condition: standIn?.healthcheck === undefined ? 'service_started' : 'service_healthy' };
}

interface Waits {
  kept: string[];
  dropped: string[];
}

/**
 * \`depends_on\` without cycles: a depth-first walk in id order keeps every edge except those
 * closing a cycle (back edges), which are reported per service.
 */
export function acyclicDependencies(model: DeploymentModel): Map<string, Waits> {
  const uses = new Map(model.builds.map((c) => [c.id, c.uses.map((d) => d.id).sort()]));
  const out = new Map<string, Waits>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    const waits: Waits = { kept: [], dropped: [] };
    for (const next of uses.get(id) ?? []) {
      if (state.get(next) === 'open') waits.dropped.push(next);
      else {
        waits.kept.push(next);
        if (!state.has(next)) visit(next);
      }
    }
    out.set(id, waits);
    state.set(id, 'done');
  };
  for (const id of [...uses.keys()].sort()) if (!state.has(id)) visit(id);
  return out;
}

function standInService(standIn: StandIn, name: string): Record<string, unknown> {
  const service: Record<string, unknown> = {
    image: standIn.image,
    labels: { 'mapwright.dev/node-name': name, 'mapwright.dev/stand-in': 'true' },
  };
  if (standIn.environment !== undefined) service['environment'] = { ...standIn.environment };
  if (standIn.command !== undefined) service['command'] = [...standIn.command];
  if (standIn.healthcheck !== undefined)
    service['healthcheck'] = { test: [...standIn.healthcheck], interval: '5s', timeout: '3s', retries: 20 };
  return service;
}

function sortedRecord(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
