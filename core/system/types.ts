// The system after phase k of a migration: a plain data model the Kubernetes bundle, the plan's
// routing tables and the per-phase route manifests are all rendered from, so they cannot disagree.

/** What runs for a workload: our image, a bought Helm release, a managed service, or the monolith. */
export type WorkloadKind = 'build' | 'buy' | 'outsource' | 'monolith';

export interface Workload {
  id: string;
  name: string;
  kind: WorkloadKind;
  /** Port callers and routes use (the Service port). */
  port: number;
  /** TCP or MLLP listeners its Service carries besides the HTTP port (absent: none). */
  streams?: StreamPort[];
}

/** Workloads by node id: a Map of one phase's, or a view over several phases' (core/system/system.ts). */
export type WorkloadLookup = Pick<ReadonlyMap<string, Workload>, 'get'>;

/** A TCP or MLLP listener: the same port on the facade, the Service and the container. */
export interface StreamPort {
  port: number;
  protocol: 'tcp' | 'mllp';
}

/** One stream row of the facade: connections to one port, by backend weight. */
export interface StreamEntry {
  port: number;
  protocol: StreamPort['protocol'];
  /** The component whose listener this is. */
  node: string;
  /** monolith: not moved yet (or in its phase behind a facade without weights); canary; new. */
  state: 'monolith' | 'canary' | 'new';
  backends: Backend[];
  /**
   * The facade port of each namespace when one Gateway serves several (one listener per port and
   * namespace): the first keeps `port`, the others get their own. Absent with one namespace.
   */
  listeners?: { namespace: string; port: number }[];
}

export interface Backend {
  service: string;
  port: number;
  weight: number;
}

/** One row of the facade's routing table. */
export interface RouteEntry {
  path: string;
  /** The component this path belongs to; absent for a monolith's catch-all. */
  node?: string;
  /**
   * monolith: not moved yet; canary: weighted split; mirror: parallel run; new: fully moved;
   * redirect: moved to a managed service outside the cluster (the facade answers with a redirect);
   * staged: a data owner that moves whole (`cutover` in data-moves.ts) runs beside the monolith,
   * filled by its import, while the monolith still serves every request: the next phase cuts over.
   * Behind a facade that cannot split (plain Ingresses) every moving component is staged so.
   */
  state: 'monolith' | 'canary' | 'mirror' | 'new' | 'redirect' | 'staged';
  backends: Backend[];
  /**
   * `writes` for a data owner's parallel run: `not-mirrored` (the facade mirrors only GET/HEAD) or
   * `dropped` (ingress-nginx mirrors every request, with Host `mirror.<host>` and no body; the
   * service answers mirrored writes without storing or forwarding them).
   */
  mirror?: { service: string; port: number; writes?: 'not-mirrored' | 'dropped' };
  redirect?: { hostname: string };
  /**
   * While a data owner canaries (or runs in parallel) the monolith stays its system of record:
   * every write goes here. `facade`: the facade sends writes here itself (Gateway API method
   * matches, or ingress-nginx sending every request here while it mirrors); `write-through`: a
   * facade that cannot match methods lets writes reach the new service, which forwards them to
   * this API (only our own code can: a product moves whole instead, state `staged`).
   */
  writes?: { service: string; port: number; by: 'facade' | 'write-through' };
}

/** HTTP methods that only read: the ones a data owner's canary may split or mirror. */
export const READ_METHODS = ['GET', 'HEAD'] as const;

/** An allowed call between workloads (or from the facade, `from` = FACADE). */
export interface Flow {
  from: string;
  to: string;
  port: number;
}

/** Who holds the truth of one data owner's records, and how the other side is kept in step. */
export interface SystemOfRecord {
  owner: string;
  /** Workload whose store is the system of record. */
  system: string;
  /** none: one store only; cdc: monolith → new store (reads move); reverse-sync: new → monolith. */
  sync: 'none' | 'cdc' | 'reverse-sync';
}

/** The front door: a Gateway API gateway, or a bought ingress controller named on the map. */
export type Facade =
  | {
      kind: 'gateway';
      name: string;
      namespace: string;
      /**
       * Routes are plain Ingresses of the cluster's default class (`--ingress`), admitted from the
       * gateway's namespace: one backend per path, no split, mirror or redirect.
       */
      plain?: true;
    }
  | {
      kind: 'controller';
      id: string;
      port: number;
      /** The controller's own way to split and mirror (ingress-nginx: canary Ingress + annotations). */
      annotations?: 'ingress-nginx';
    };

/** How the bundle reaches its facade: plain Ingresses instead of Gateway API routes (`--ingress`). */
export interface EdgeOptions {
  ingress?: boolean;
}

/** Source of flows from the front door in `Flow.from` when the facade is a gateway. */
export const FACADE = 'facade:gateway';

export interface SystemState {
  phase: number;
  /** Index of the last phase (the retirement phase when a monolith is retired). */
  last: number;
  facade: Facade;
  workloads: Workload[];
  routes: RouteEntry[];
  /** The facade's TCP and MLLP ports (empty when no component is reached that way). */
  streams: StreamEntry[];
  flows: Flow[];
  records: SystemOfRecord[];
}

/** When one component leaves its monolith, as the plan decided. */
export interface Extraction {
  node: string;
  monolith: string;
  phase: number;
  /** Parallel run: the facade mirrors traffic instead of splitting it. */
  mirror: boolean;
}

/** The plan reduced to what the system model needs. */
export interface Schedule {
  extractions: Extraction[];
  /** Last phase index (0 when nothing is planned). */
  last: number;
  /** Monoliths that keep running after the last phase (something stays inside them). */
  kept: string[];
}

export interface SystemWarning {
  rule: string;
  message: string;
  nodes: string[];
}
