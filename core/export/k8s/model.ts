// The deployment model: what a map means for a cluster, before any YAML exists. Renderers turn
// it into files; tests check it directly. Node positions never enter it.
import type { MapNode, Sourcing, WardleyMap } from '../../model/types.ts';
import { nodeEntries, nodeIndex } from '../../model/types.ts';
import { extractionPhases, type PlanOptions } from '../../plan/extraction-phases.ts';
import type { Strategy } from '../../plan/model.ts';
import { unreachedMessage } from '../../plan/unreached.ts';
import { scheduleOf } from '../../plan/phase-assembly.ts';
import { dataMovesOf, type DataMove } from '../../system/data-moves.ts';
import { systemAt } from '../../system/system.ts';
import { pathTable } from '../../system/paths.ts';
import { managedHost } from '../../system/ports.ts';
import { facadeSplits, isPlatform, monolithsOf } from '../../system/topology.ts';
import type { Facade, RouteEntry, Schedule, StreamEntry, SystemState } from '../../system/types.ts';
import { unreachedAfterRetirement, type Unreached } from '../../system/unreached.ts';
import type { ExportWarning } from '../bundle.ts';
import { buildComponent, latestWarning, productComponent, serviceComponent } from './components.ts';
import { DEFAULTS } from './defaults.ts';
import { linkFlows } from './link-flows.ts';
import { slugOf } from './names.ts';
import { workedExample } from './readme-example.ts';
import { uncalledOf } from './uncalled.ts';
import type { Uncalled } from '../../system/uncalled.ts';
import { deploymentTargets, type Target } from './targets.ts';
import type {
  BuildComponent,
  ClosedFlow,
  NetworkPolicyFlavour,
  ProductComponent,
  ServiceComponent,
} from './component-types.ts';

export type { Target } from './targets.ts';
export type {
  BuildComponent,
  ClosedFlow,
  Dependency,
  NetworkPolicyFlavour,
  ProductComponent,
  Resources,
  ServiceComponent,
} from './component-types.ts';

export type RouteKind = 'httproute' | 'ingress';

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
  /** One path followed through the plan's phases, for the README (readme-example.ts). */
  example: string[];
  facade: Facade;
  /** The facade's routing table at this phase (the same rows as the plan's). */
  routes: RouteEntry[];
  /** The facade's TCP/MLLP ports at this phase (the same rows as the plan's). */
  streams: StreamEntry[];
  /**
   * Workloads nothing reaches once this phase retires the monolith (they were called only by it):
   * the plan warns (`plan/unreached-after-retirement`); empty in every other phase.
   */
  unreached: Unreached[];
  /** Built or bought workloads nothing reaches in this phase, besides the parked ones (uncalled.ts). */
  uncalled: Uncalled[];
  /**
   * Paths the Gateway would redirect to a managed service and plain Ingresses cannot: no route
   * serves them in this phase (empty behind a facade that redirects).
   */
  unredirected: { path: string; node: string; hostname: string }[];
  /**
   * Reverse sync from a managed service outside the cluster in this phase: the monolith pulls the
   * owner's changes (a flow monolith → owner on the owner's port); empty in most phases.
   */
  pulledSyncs: { owner: string; monolith: string; port: number }[];
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
  const edge = options.ingress === true ? { ingress: true } : {};
  const state = systemAt(map, schedule, phase, undefined, edge);
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
  const unreached = state.phase === state.last ? unreachedAfterRetirement(map, schedule, undefined, edge) : [];
  const unreachedIds = new Set(unreached.map((u) => u.id));
  for (const c of builds) if (unreachedIds.has(c.id)) c.parked = true;
  warnings.push(...unreached.map((u) => unreachedWarning(u, state.phase, index)));
  const uncalled = uncalledOf(map, state, unreachedIds, index);
  warnings.push(...uncalled.warnings);
  const all = [...builds, ...products, ...services];
  const networkPolicy = options.networkPolicy ?? 'standard';
  const closed = linkFlows(state.flows, state.facade, all, networkPolicy);
  const tag = settings.tag ?? DEFAULTS.tag;
  const model: DeploymentModel = {
    title: map.title,
    phase: state.phase,
    last: state.last,
    planCommand: planCommandOf(planOptions),
    example: workedExample(plan),
    facade: state.facade,
    routes: state.routes,
    streams: state.streams,
    unreached,
    uncalled: uncalled.uncalled,
    unredirected: unredirectedRows(map, schedule, state),
    pulledSyncs: pulledSyncsOf(state),
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
  if (options.ingress === true) out.ingress = true;
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
    options.ingress === true ? ' --ingress' : '',
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

/** The plan's warning, as the export reports it. */
function unreachedWarning(u: Unreached, phase: number, index: ReadonlyMap<string, MapNode>): ExportWarning {
  return {
    severity: 'warning',
    rule: 'export/unreached-after-retirement',
    node: u.id,
    message: unreachedMessage(u, phase, (id) => index.get(id)?.name ?? id),
  };
}

/**
 * The redirects a Gateway would hold in this phase (paths of components moved to a managed
 * service; a data owner only after its staged phase), when the facade cannot redirect.
 */
function unredirectedRows(map: WardleyMap, schedule: Schedule, state: SystemState): DeploymentModel['unredirected'] {
  if (facadeSplits(state.facade)) return [];
  const table = pathTable(map);
  const index = nodeIndex(map);
  const out: DeploymentModel['unredirected'] = [];
  for (const e of schedule.extractions) {
    const node = index.get(e.node);
    if (node?.sourcing !== 'outsource' || e.phase > state.phase) continue;
    if (e.phase === state.phase && node.plan?.data === true) continue;
    for (const path of table.paths.get(e.node) ?? [])
      out.push({ path, node: e.node, hostname: managedHost(e.node, node) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reverse syncs the monolith pulls from an outsourced data owner in this phase (its flow's ends). */
function pulledSyncsOf(state: SystemState): DeploymentModel['pulledSyncs'] {
  const out: DeploymentModel['pulledSyncs'] = [];
  const monoliths = new Set(state.workloads.filter((w) => w.kind === 'monolith').map((w) => w.id));
  for (const r of state.records) {
    // Most records are not synced back: only those look for their owner's workload.
    if (r.sync !== 'reverse-sync') continue;
    const owner = state.workloads.find((w) => w.id === r.owner);
    if (owner?.kind !== 'outsource') continue;
    const flow = state.flows.find((f) => f.to === owner.id && monoliths.has(f.from));
    if (flow !== undefined) out.push({ owner: owner.id, monolith: flow.from, port: flow.port });
  }
  return out;
}
