// The deployment model: what a map means for a cluster, before any YAML exists. Renderers turn
// it into files; tests check it directly. Node positions never enter it.
import type { MapNode, Sourcing, WardleyMap } from '../../model/types.ts';
import { nodeEntries, nodeIndex } from '../../model/types.ts';
import { extractionPhases, type PlanOptions } from '../../plan/extraction-phases.ts';
import type { Strategy } from '../../plan/model.ts';
import { scheduleOf } from '../../plan/phase-assembly.ts';
import { dataMovesOf, type DataMove } from '../../system/data-moves.ts';
import { externalPort, placeholderManagedHost } from '../../system/ports.ts';
import { systemAt } from '../../system/system.ts';
import { isPlatform, monolithsOf } from '../../system/topology.ts';
import {
  FACADE,
  type Facade,
  type Flow,
  type RouteEntry,
  type StreamEntry,
  type StreamPort,
  type Workload,
} from '../../system/types.ts';
import type { ExportWarning } from '../bundle.ts';
import { DEFAULTS } from './defaults.ts';
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
  /** The facade routes to it: it admits the gateway (or the ingress controller named as facade). */
  routed: boolean;
  /** The legacy monolith, running until its retirement phase. */
  monolith: boolean;
  /** TCP/MLLP listeners besides the HTTP port; the facade may connect to each. */
  streams: StreamPort[];
  uses: Dependency[];
  /** Deployed components that use this one (build or buy), sorted. */
  usedBy: Dependency[];
}

export interface ProductComponent {
  id: string;
  name: string;
  chart?: { name: string; repository: string; version: string };
  port: number;
  replicas?: number;
  resources?: Partial<Resources>;
  routed: boolean;
  streams: StreamPort[];
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
  /** Address ranges egress may go to; empty: the flow stays closed unless FQDN policies are chosen. */
  cidrs: string[];
  usedBy: Dependency[];
}

/** A call the map allows but the standard NetworkPolicy cannot open (no address range known). */
export interface ClosedFlow {
  from: string;
  to: string;
  port: number;
  host: string;
}

export type RouteKind = 'httproute' | 'ingress';

/** Standard NetworkPolicy only, or Cilium policies that can name hosts (`toFQDNs`). */
export type NetworkPolicyFlavour = 'standard' | 'cilium';

/**
 * How managed-service credentials reach the pods. `placeholder` (the default): a Secret file
 * outside every kustomization that the platform team fills; the pods start without it (the
 * reference is optional). `external-secrets`: an ExternalSecret (External Secrets Operator) in
 * the base; the pods wait for the Secret it creates (the reference is required).
 */
export type SecretsFlavour = 'placeholder' | 'external-secrets';
export const SECRETS_FLAVOURS: readonly SecretsFlavour[] = ['placeholder', 'external-secrets'];

/** The ClusterSecretStore an ExternalSecret reads from when none is named. */
export const DEFAULT_SECRET_STORE = 'platform-secrets';

/** A ClusterSecretStore name: a Kubernetes object name (DNS-1123 label), checked by CLI and app alike. */
export function isSecretStoreName(name: string): boolean {
  return /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name);
}

export interface DeploymentModel {
  title: string;
  /** The phase this bundle deploys (0 = today behind the facade) and the last one. */
  phase: number;
  last: number;
  /** The `mapwright plan` command whose phases this bundle follows (its strategy and limits). */
  planCommand: string;
  facade: Facade;
  /** The facade's routing table at this phase (the same rows as the plan's). */
  routes: RouteEntry[];
  /** The facade's TCP/MLLP ports at this phase (the same rows as the plan's). */
  streams: StreamEntry[];
  /** How the plan's data owners move their writes, each once (empty: the map has none). */
  dataMoves: DataMove[];
  networkPolicy: NetworkPolicyFlavour;
  secrets: { flavour: SecretsFlavour; store: string };
  closed: ClosedFlow[];
  partOf: string;
  registry: string;
  tag: string;
  gateway: { name: string; namespace: string };
  routeKind: RouteKind;
  builds: BuildComponent[];
  products: ProductComponent[];
  services: ServiceComponent[];
  /** Components the exporter leaves out (no sourcing), with the reason, for the README. */
  skipped: { id: string; name: string; reason: string; sourcing?: Sourcing }[];
  targets: Target[];
}

export interface ModelOptions {
  /** Only this environment's overlays. */
  env?: string;
  /** Emit a plain Ingress instead of a Gateway API HTTPRoute. */
  ingress?: boolean;
  /** Phase of the migration plan to deploy: a number, or 'last' (the end state). Default 0. */
  phase?: number | 'last';
  /** Ordering of the plan the phases come from (default dependencies-first). */
  strategy?: Strategy;
  /** The plan's limits (`plan --max-per-phase`, `--team-capacity`): the same phases as that plan. */
  maxPerPhase?: number;
  teamCapacity?: number;
  networkPolicy?: NetworkPolicyFlavour;
  secrets?: SecretsFlavour;
  /** ClusterSecretStore of the `external-secrets` flavour (default DEFAULT_SECRET_STORE). */
  secretStore?: string;
}

/** The phase a bundle deploys when none is asked for: today, behind the facade, nothing moved. */
export const DEFAULT_PHASE = 0;

/** The deployment model of a map at one phase, plus every default or omission worth telling. */
export function deploymentModel(
  map: WardleyMap,
  options: ModelOptions = {},
): { model: DeploymentModel; warnings: ExportWarning[] } {
  const warnings: ExportWarning[] = [];
  const settings = map.deployment ?? {};
  const planOptions = planOptionsOf(options);
  const plan = extractionPhases(map, planOptions);
  const schedule = scheduleOf(map, plan);
  const phase = chosenPhase(options.phase, schedule.last, warnings);
  const state = systemAt(map, schedule, phase);
  const index = nodeIndex(map);
  const builds: BuildComponent[] = [];
  const products: ProductComponent[] = [];
  const services: ServiceComponent[] = [];
  for (const w of state.workloads) {
    const node = index.get(w.id) as MapNode;
    if (w.kind === 'build' || w.kind === 'monolith') builds.push(buildComponent(w, node, warnings));
    else if (w.kind === 'buy') products.push(productComponent(w, node, warnings));
    else services.push(serviceComponent(w, node, warnings));
  }
  const all = [...builds, ...products, ...services];
  const networkPolicy = options.networkPolicy ?? 'standard';
  const closed = linkFlows(state.flows, state.facade, all, networkPolicy);
  const tag = settings.tag ?? DEFAULTS.tag;
  const model: DeploymentModel = {
    title: map.title,
    phase: state.phase,
    last: state.last,
    planCommand: planCommandOf(planOptions),
    facade: state.facade,
    routes: state.routes,
    streams: state.streams,
    dataMoves: dataMovesOf(map, schedule, state.facade),
    networkPolicy,
    secrets: secretsOf(options),
    closed,
    partOf: slugOf(map.title, 'map'),
    registry: settings.registry ?? DEFAULTS.registry,
    tag: tag === 'latest' ? DEFAULTS.tag : tag,
    gateway: gatewayOf(settings),
    routeKind: options.ingress === true || state.facade.kind === 'controller' ? 'ingress' : 'httproute',
    builds,
    products,
    services,
    skipped: skippedComponents(map, state.workloads, state.phase),
    targets: deploymentTargets(map, options.env, warnings),
  };
  if (tag === 'latest') warnings.push(latestWarning('the map', undefined));
  return { model, warnings };
}

/** The options of the plan whose phases the bundle deploys: what `mapwright plan` was given. */
export function planOptionsOf(options: ModelOptions): PlanOptions {
  const out: PlanOptions = { strategy: options.strategy ?? 'dependencies-first' };
  if (options.maxPerPhase !== undefined) out.maxPerPhase = options.maxPerPhase;
  if (options.teamCapacity !== undefined) out.teamCapacity = options.teamCapacity;
  return out;
}

/** The `mapwright plan` command that prints the plan this bundle follows. */
export function planCommandOf(options: PlanOptions): string {
  const flags = [
    options.strategy === undefined || options.strategy === 'dependencies-first'
      ? ''
      : ` --strategy ${options.strategy}`,
    options.maxPerPhase === undefined ? '' : ` --max-per-phase ${options.maxPerPhase}`,
    options.teamCapacity === undefined ? '' : ` --team-capacity ${options.teamCapacity}`,
  ];
  return `mapwright plan${flags.join('')}`;
}

function secretsOf(options: ModelOptions): DeploymentModel['secrets'] {
  return { flavour: options.secrets ?? 'placeholder', store: options.secretStore ?? DEFAULT_SECRET_STORE };
}

function gatewayOf(settings: NonNullable<WardleyMap['deployment']>): DeploymentModel['gateway'] {
  return {
    name: settings.gateway?.name ?? DEFAULTS.gatewayName,
    namespace: settings.gateway?.namespace ?? DEFAULTS.gatewayNamespace,
  };
}

function chosenPhase(asked: number | 'last' | undefined, last: number, warnings: ExportWarning[]): number {
  if (asked === undefined) return DEFAULT_PHASE;
  if (asked === 'last') return last;
  if (Number.isInteger(asked) && asked >= 0 && asked <= last) return asked;
  warnings.push({
    severity: 'error',
    rule: 'export/unknown-phase',
    message: `no phase ${String(asked)}: the plan has phases 0 to ${last}`,
  });
  return 0;
}

/** Components that are not workloads at this phase, with the reason, for the README. */
function skippedComponents(
  map: WardleyMap,
  workloads: readonly { id: string }[],
  phase: number,
): DeploymentModel['skipped'] {
  const running = new Set(workloads.map((w) => w.id));
  const monoliths = new Set(monolithsOf(map));
  const out: DeploymentModel['skipped'] = [];
  for (const [id, node] of sortedEntries(map)) {
    if (node.kind !== 'component' || running.has(id)) continue;
    const reason = isPlatform(node)
      ? 'platform the workloads run on'
      : monoliths.has(id)
        ? `retired by phase ${phase}`
        : node.inside !== undefined && monoliths.has(node.inside)
          ? `still inside ${node.inside} at phase ${phase}`
          : 'no sourcing decision on the map';
    // The map's sourcing, or build for a monolith: what the README said of it while it ran.
    const sourcing = node.sourcing ?? (monoliths.has(id) ? 'build' : undefined);
    out.push({ id, name: node.name, reason, ...(sourcing === undefined ? {} : { sourcing }) });
  }
  return out;
}

function sortedEntries(map: WardleyMap): [string, MapNode][] {
  return nodeEntries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function resourcesOf(node: MapNode): Resources {
  const r = node.deploy?.resources ?? {};
  return {
    cpu: r.cpu ?? DEFAULTS.cpu,
    memory: r.memory ?? DEFAULTS.memory,
    cpuLimit: r.cpuLimit ?? DEFAULTS.cpuLimit,
    memoryLimit: r.memoryLimit ?? DEFAULTS.memoryLimit,
  };
}

function buildComponent(w: Workload, node: MapNode, warnings: ExportWarning[]): BuildComponent {
  const hints = node.deploy ?? {};
  if (hints.port === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/default-port',
      node: w.id,
      message: `${w.id}: no deploy.port, using ${DEFAULTS.port}`,
    });
  }
  if (hints.tag === 'latest') warnings.push(latestWarning(w.id, w.id));
  const c: BuildComponent = {
    id: w.id,
    name: node.name,
    image: hints.image ?? w.id,
    port: w.port,
    replicas: hints.replicas ?? DEFAULTS.replicas,
    health: hints.health ?? DEFAULTS.health,
    resources: resourcesOf(node),
    env: Object.entries(hints.env ?? {})
      .filter((e): e is [string, string] => e[1] !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
    routed: false,
    monolith: w.kind === 'monolith',
    streams: w.streams ?? [],
    uses: [],
    usedBy: [],
  };
  if (hints.tag !== undefined && hints.tag !== 'latest') c.tag = hints.tag;
  return c;
}

function productComponent(w: Workload, node: MapNode, warnings: ExportWarning[]): ProductComponent {
  const hints = node.deploy ?? {};
  const p: ProductComponent = {
    id: w.id,
    name: node.name,
    port: w.port,
    routed: false,
    streams: w.streams ?? [],
    uses: [],
    usedBy: [],
  };
  if (hints.chart !== undefined) p.chart = { ...hints.chart };
  else
    warnings.push({
      severity: 'warning',
      rule: 'export/no-chart',
      node: w.id,
      message: `${w.id}: bought component without deploy.chart; the Helm release is a stub to fill in`,
    });
  if (hints.port === undefined)
    warnings.push({
      severity: 'warning',
      rule: 'export/default-port',
      node: w.id,
      message: `${w.id}: no deploy.port, using ${DEFAULTS.port} for its Service, routes and network policy`,
    });
  if (hints.replicas !== undefined) p.replicas = hints.replicas;
  if (hints.resources !== undefined) p.resources = resourcesOf(node);
  return p;
}

function serviceComponent(w: Workload, node: MapNode, warnings: ExportWarning[]): ServiceComponent {
  const svc = node.deploy?.service ?? {};
  if (externalPort(node) === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/default-port',
      node: w.id,
      message: `${w.id}: no deploy.service.port, using ${DEFAULTS.externalPort}`,
    });
  }
  if (svc.host === undefined) {
    warnings.push({
      severity: 'warning',
      rule: 'export/no-host',
      node: w.id,
      message: `${w.id}: no deploy.service.host; the ExternalName points at a placeholder`,
    });
  }
  const s: ServiceComponent = {
    id: w.id,
    name: node.name,
    port: w.port,
    secretKeys: [...(svc.secretKeys ?? [defaultSecretKey(w.id)])].sort(),
    cidrs: [...(svc.cidrs ?? [])].sort(),
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

type AnyComponent = BuildComponent | ProductComponent | ServiceComponent;

function sourcingOf(c: AnyComponent): Sourcing {
  return 'image' in c ? 'build' : 'secretKeys' in c ? 'outsource' : 'buy';
}

/**
 * The system's allowed flows become each component's `uses` and `usedBy`; flows from the
 * facade mark a component as routed. Flows to a managed service with no address range (and no
 * FQDN policy) stay closed and are listed for the README.
 */
function linkFlows(
  flows: readonly Flow[],
  facade: Facade,
  all: readonly AnyComponent[],
  flavour: NetworkPolicyFlavour,
): ClosedFlow[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const closed: ClosedFlow[] = [];
  for (const f of flows) {
    const to = byId.get(f.to);
    if (to === undefined) continue;
    const front = f.from === FACADE || (facade.kind === 'controller' && f.from === facade.id);
    // A connection to a stream listener is admitted by the listener's own rule (network.ts).
    const stream = front && 'streams' in to && to.streams.some((s) => s.port === f.port);
    if (front && !stream && 'routed' in to) to.routed = true;
    if (f.from === FACADE) continue;
    const from = byId.get(f.from);
    if (from === undefined || 'secretKeys' in from) continue;
    from.uses.push({ id: to.id, sourcing: sourcingOf(to), port: f.port });
    if (!stream) to.usedBy.push({ id: from.id, sourcing: sourcingOf(from) });
    if ('secretKeys' in to && to.cidrs.length === 0 && flavour === 'standard')
      closed.push({
        from: from.id,
        to: to.id,
        port: f.port,
        host: to.host ?? placeholderManagedHost(to.id),
      });
  }
  return closed;
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
