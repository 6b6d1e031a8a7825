// The deployment model: what a map means for a cluster, before any YAML exists. Renderers turn
// it into files; tests check it directly. Node positions never enter it.
import type { MapNode, Sourcing, WardleyMap } from '../../model/types.ts';
import { nodeEntries, nodeIndex } from '../../model/types.ts';
import type { ExportWarning } from '../bundle.ts';
import { DEFAULTS, EXTERNAL_PORTS } from './defaults.ts';
import { slugOf } from './names.ts';
import { deploymentTargets, type Target } from './targets.ts';

export type { Target } from './targets.ts';

/** A `uses` edge from one deployed component to another, as the network sees it. */
export interface Dependency {
  id: string;
  sourcing: Sourcing;
  /** Port the dependency listens on; absent for a bought product whose chart decides. */
  port?: number;
}

export interface Resources {
  cpu: string;
  memory: string;
  cpuLimit: string;
  memoryLimit: string;
}

export interface BuildComponent {
  id: string;
  name: string;
  image: string;
  /** Tag pinned on the node; an environment's tag wins over it. */
  tag?: string;
  port: number;
  replicas: number;
  health: string;
  resources: Resources;
  /** Plain settings from the map, sorted by name. */
  env: [string, string][];
  /** Public path at the edge; present only for user-facing components. */
  path?: string;
  uses: Dependency[];
  /** Deployed components that use this one (build or buy), sorted. */
  usedBy: Dependency[];
}

export interface ProductComponent {
  id: string;
  name: string;
  chart?: { name: string; repository: string; version: string };
  port?: number;
  uses: Dependency[];
  usedBy: Dependency[];
}

export interface ServiceComponent {
  id: string;
  name: string;
  provider?: string;
  kind?: string;
  host?: string;
  port: number;
  secretKeys: string[];
  usedBy: Dependency[];
}

export type RouteKind = 'httproute' | 'ingress';

export interface DeploymentModel {
  title: string;
  partOf: string;
  registry: string;
  tag: string;
  gateway: { name: string; namespace: string };
  routeKind: RouteKind;
  builds: BuildComponent[];
  products: ProductComponent[];
  services: ServiceComponent[];
  /** Components the exporter leaves out (no sourcing), with the reason, for the README. */
  skipped: { id: string; name: string; reason: string }[];
  targets: Target[];
}

export interface ModelOptions {
  /** Only this environment's overlays. */
  env?: string;
  /** Emit a plain Ingress instead of a Gateway API HTTPRoute. */
  ingress?: boolean;
}

/** The deployment model of a map, plus every default or omission worth telling the user about. */
export function deploymentModel(
  map: WardleyMap,
  options: ModelOptions = {},
): { model: DeploymentModel; warnings: ExportWarning[] } {
  const warnings: ExportWarning[] = [];
  const settings = map.deployment ?? {};
  const deployed = deployedComponents(map);
  const publicIds = userFacingComponents(map);
  const builds: BuildComponent[] = [];
  const products: ProductComponent[] = [];
  const services: ServiceComponent[] = [];
  const skipped: DeploymentModel['skipped'] = [];
  for (const [id, node] of sortedEntries(map)) {
    if (node.kind !== 'component') continue;
    const sourcing = deployed.get(id);
    if (sourcing === undefined) skipped.push({ id, name: node.name, reason: 'no sourcing decision on the map' });
    else if (sourcing === 'build') builds.push(buildComponent(id, node, publicIds.has(id), deployed, warnings));
    else if (sourcing === 'buy') products.push(productComponent(id, node, deployed, warnings));
    else services.push(serviceComponent(id, node, warnings));
  }
  linkUsers([...builds, ...products], [...builds, ...products, ...services]);
  const tag = settings.tag ?? DEFAULTS.tag;
  const model: DeploymentModel = {
    title: map.title,
    partOf: slugOf(map.title, 'map'),
    registry: settings.registry ?? DEFAULTS.registry,
    tag: tag === 'latest' ? DEFAULTS.tag : tag,
    gateway: {
      name: settings.gateway?.name ?? DEFAULTS.gatewayName,
      namespace: settings.gateway?.namespace ?? DEFAULTS.gatewayNamespace,
    },
    routeKind: options.ingress === true ? 'ingress' : 'httproute',
    builds,
    products,
    services,
    skipped,
    targets: deploymentTargets(map, options.env, warnings),
  };
  if (tag === 'latest') warnings.push(latestWarning('the map', undefined));
  return { model, warnings };
}

function sortedEntries(map: WardleyMap): [string, MapNode][] {
  return nodeEntries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Components with a sourcing decision: the ones that become something in a cluster. */
function deployedComponents(map: WardleyMap): ReadonlyMap<string, Sourcing> {
  const out = new Map<string, Sourcing>();
  for (const [id, node] of nodeEntries(map)) {
    if (node.kind === 'component' && node.sourcing !== undefined) out.set(id, node.sourcing);
  }
  return out;
}

/**
 * Components a user reaches through needs: follow `uses` from every user node, passing through
 * users and needs only. A component further down the value chain is internal, so it gets no
 * route at the edge (least exposure). A `deploy.path` on a component also makes it public.
 */
export function userFacingComponents(map: WardleyMap): ReadonlySet<string> {
  const index = nodeIndex(map);
  const out = new Set<string>();
  const seen = new Set<string>();
  const queue = nodeEntries(map)
    .filter(([, n]) => n.kind === 'user')
    .map(([id]) => id);
  // A read index instead of `shift()`, which moves the whole array: the walk stays linear.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of index.get(id)?.uses ?? []) {
      const node = index.get(next);
      if (node === undefined) continue;
      if (node.kind === 'component') out.add(next);
      else queue.push(next);
    }
  }
  for (const [id, node] of nodeEntries(map))
    if (node.kind === 'component' && node.deploy?.path !== undefined) out.add(id);
  return out;
}

function dependenciesOf(
  node: MapNode,
  deployed: ReadonlyMap<string, Sourcing>,
  ports: (id: string) => number | undefined,
): Dependency[] {
  const out: Dependency[] = [];
  for (const id of [...new Set(node.uses ?? [])].sort()) {
    const sourcing = deployed.get(id);
    if (sourcing === undefined) continue;
    const port = ports(id);
    out.push(port === undefined ? { id, sourcing } : { id, sourcing, port });
  }
  return out;
}

function buildComponent(
  id: string,
  node: MapNode,
  isPublic: boolean,
  deployed: ReadonlyMap<string, Sourcing>,
  warnings: ExportWarning[],
): BuildComponent {
  const hints = node.deploy ?? {};
  if (hints.port === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/default-port',
      node: id,
      message: `${id}: no deploy.port, using ${DEFAULTS.port}`,
    });
  }
  if (hints.tag === 'latest') warnings.push(latestWarning(id, id));
  const r = hints.resources ?? {};
  const c: BuildComponent = {
    id,
    name: node.name,
    image: hints.image ?? id,
    port: hints.port ?? DEFAULTS.port,
    replicas: hints.replicas ?? DEFAULTS.replicas,
    health: hints.health ?? DEFAULTS.health,
    resources: {
      cpu: r.cpu ?? DEFAULTS.cpu,
      memory: r.memory ?? DEFAULTS.memory,
      cpuLimit: r.cpuLimit ?? DEFAULTS.cpuLimit,
      memoryLimit: r.memoryLimit ?? DEFAULTS.memoryLimit,
    },
    env: Object.entries(hints.env ?? {})
      .filter((e): e is [string, string] => e[1] !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
    uses: [],
    usedBy: [],
  };
  if (hints.tag !== undefined && hints.tag !== 'latest') c.tag = hints.tag;
  if (isPublic) c.path = hints.path ?? `/${id}`;
  c.uses = dependenciesOf(node, deployed, () => undefined);
  return c;
}

function productComponent(
  id: string,
  node: MapNode,
  deployed: ReadonlyMap<string, Sourcing>,
  warnings: ExportWarning[],
): ProductComponent {
  const hints = node.deploy ?? {};
  const p: ProductComponent = {
    id,
    name: node.name,
    uses: dependenciesOf(node, deployed, () => undefined),
    usedBy: [],
  };
  if (hints.chart !== undefined) p.chart = { ...hints.chart };
  else
    warnings.push({
      severity: 'warning',
      rule: 'export/no-chart',
      node: id,
      message: `${id}: bought component without deploy.chart; the Helm release is a stub to fill in`,
    });
  if (hints.port !== undefined) p.port = hints.port;
  return p;
}

function serviceComponent(id: string, node: MapNode, warnings: ExportWarning[]): ServiceComponent {
  const svc = node.deploy?.service ?? {};
  const knownPort = svc.kind === undefined ? undefined : EXTERNAL_PORTS.get(svc.kind.toLowerCase());
  if (svc.port === undefined && knownPort === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/default-port',
      node: id,
      message: `${id}: no deploy.service.port, using ${DEFAULTS.externalPort}`,
    });
  }
  if (svc.host === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/no-host',
      node: id,
      message: `${id}: no deploy.service.host; the ExternalName points at a placeholder`,
    });
  }
  const s: ServiceComponent = {
    id,
    name: node.name,
    port: svc.port ?? knownPort ?? DEFAULTS.externalPort,
    secretKeys: [...(svc.secretKeys ?? [defaultSecretKey(id)])].sort(),
    usedBy: [],
  };
  if (svc.provider !== undefined) s.provider = svc.provider;
  if (svc.kind !== undefined) s.kind = svc.kind;
  if (svc.host !== undefined) s.host = svc.host;
  return s;
}

function defaultSecretKey(id: string): string {
  return `${id.toUpperCase().replace(/-/g, '_')}_CREDENTIALS`;
}

/** Fills ports of dependencies and each component's `usedBy` from the consumers' `uses`. */
function linkUsers(
  consumers: (BuildComponent | ProductComponent)[],
  all: (BuildComponent | ProductComponent | ServiceComponent)[],
): void {
  const byId = new Map(all.map((c) => [c.id, c]));
  for (const consumer of consumers) {
    const sourcing: Sourcing = 'image' in consumer ? 'build' : 'buy';
    consumer.uses = consumer.uses.map((dep) => {
      const target = byId.get(dep.id);
      const port = target?.port;
      if (target !== undefined) target.usedBy.push({ id: consumer.id, sourcing });
      return port === undefined ? { id: dep.id, sourcing: dep.sourcing } : { ...dep, port };
    });
  }
  for (const c of all) c.usedBy.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function latestWarning(where: string, node: string | undefined): ExportWarning {
  const w: ExportWarning = {
    severity: 'warning',
    rule: 'export/latest-tag',
    message: `${where}: tag "latest" is never deployed; using ${DEFAULTS.tag}`,
  };
  if (node !== undefined) w.node = node;
  return w;
}
