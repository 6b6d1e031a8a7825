// Generated from schema/map.schema.json by `npm run gen`. Do not edit.

/**
 * One line of free text: any Unicode but control, format, line or paragraph separator characters, and no lone UTF-16 surrogate (it cannot be written as UTF-8).
 */
export type Text = string;
/**
 * Free text that may span lines; no lone UTF-16 surrogate (it cannot be written as UTF-8).
 */
export type LongText = string;
/**
 * A slug: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (a DNS-1123 label). `constructor` and `prototype` are reserved.
 */
export type Id = string;
export type Tag = string;
export type Hostname = string;
/**
 * A Kubernetes label or taint key: an optional DNS-subdomain prefix and a name.
 */
export type LabelKey = string;
/**
 * A Kubernetes label or taint value.
 */
export type LabelValue = string;
/**
 * How the component is sourced: build in-house, buy a product, or outsource to a utility.
 */
export type Sourcing = 'build' | 'buy' | 'outsource';
/**
 * A class of sensitive data: phi (protected health information), pii (personal data), pci (payment card data), confidential (business secrets).
 */
export type DataClass = 'phi' | 'pii' | 'pci' | 'confidential';
/**
 * An agreement a supplier has signed.
 */
export type Agreement = 'baa' | 'dpa' | 'pci-dss' | 'scc' | 'nda';
export type Quantity = string;
/**
 * An exact SemVer chart version (1.2.3, v1.2.3, 1.2.3-rc.1): never latest or a range, so every install gets the same chart.
 */
export type ChartVersion = string;
export type HttpPath = string;
/**
 * An evolution stage: 1 genesis, 2 custom-built, 3 product (+rental), 4 commodity (+utility).
 */
export type StageNumber = 1 | 2 | 3 | 4;
export type Unit = number;

/**
 * A Mapwright map: users, needs and components on the evolution axis, with sourcing decisions and deployment hints.
 */
export interface WardleyMap {
  /**
   * Format version of the map file.
   */
  version: 1;
  title: Text;
  description?: LongText;
  stages?: Stages;
  deployment?: DeploymentSettings;
  /**
   * Every user, need and component, keyed by a stable slug id (it becomes Kubernetes names and file names).
   */
  nodes: {
    [k: string]: Node | undefined;
  };
  /**
   * Free-form notes placed on the map or attached to nodes.
   *
   * @maxItems 1000
   */
  annotations?: Annotation[];
  /**
   * This interface was referenced by `WardleyMap`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
/**
 * Stage labels and boundaries of the evolution axis.
 */
export interface Stages {
  /**
   * A preset name or four labels from genesis to commodity.
   */
  labels?: ('activities' | 'practices' | 'data' | 'knowledge') | [Text, Text, Text, Text];
  /**
   * The three evolution values where stages II, III and IV begin (default 0.175, 0.4, 0.7).
   *
   * @minItems 3
   * @maxItems 3
   */
  boundaries?: [number, number, number];
  /**
   * This interface was referenced by `Stages`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
/**
 * Map-level deployment settings.
 */
export interface DeploymentSettings {
  registry?: string;
  namespace?: Id;
  tag?: Tag;
  host?: Hostname;
  gateway?: {
    name: Id;
    namespace?: Id;
  };
  sensitive?: SensitiveSettings;
  environments?: {
    [k: string]: Environment | undefined;
  };
  /**
   * A slug: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (a DNS-1123 label). `constructor` and `prototype` are reserved.
   */
  facade?: string;
  /**
   * This interface was referenced by `DeploymentSettings`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
/**
 * Where workloads holding sensitive data run: a dedicated node pool (servers not shared with the public) and an encrypted storage class.
 */
export interface SensitiveSettings {
  /**
   * The dedicated node pool: the label its nodes carry and the taint that keeps other workloads off.
   */
  nodePool?: {
    label: {
      key: LabelKey;
      value: LabelValue;
    };
    taint?: {
      key: LabelKey;
      value?: LabelValue;
      effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
    };
  };
  /**
   * A slug: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (a DNS-1123 label). `constructor` and `prototype` are reserved.
   */
  storageClass?: string;
  /**
   * A Kubernetes label or taint key: an optional DNS-subdomain prefix and a name.
   */
  residencyLabel?: string;
  /**
   * This interface was referenced by `SensitiveSettings`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
export interface Environment {
  namespace?: Id;
  replicas?: number;
  tag?: Tag;
  host?: Hostname;
  /**
   * Sites (data centres, clusters) this environment runs in; one overlay each.
   *
   * @maxItems 20
   */
  sites?:
    | []
    | [Id]
    | [Id, Id]
    | [Id, Id, Id]
    | [Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id]
    | [Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id];
  /**
   * This interface was referenced by `Environment`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
export interface Node {
  kind: 'user' | 'need' | 'component';
  name: Text;
  /**
   * 0 = genesis … 1 = commodity.
   */
  evolution: number;
  /**
   * 1 = seen by the user … 0 = invisible.
   */
  visibility: number;
  /**
   * Ids of the nodes this node depends on.
   *
   * @maxItems 1000
   */
  uses?: Id[];
  sourcing?: Sourcing;
  /**
   * Planned evolution, drawn as a movement arrow.
   */
  evolve?: number;
  /**
   * Resistance to the planned movement.
   */
  inertia?: boolean;
  /**
   * A slug: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (a DNS-1123 label). `constructor` and `prototype` are reserved.
   */
  inside?: string;
  /**
   * The platform the workloads run on (power, compute, the cluster itself): not deployed, not called by URL; exports generate nothing for it.
   */
  platform?: boolean;
  team?: Text;
  data?: DataHeld;
  /**
   * For buy and outsource: the agreements the supplier has signed (baa: HIPAA business associate agreement; dpa: GDPR data processing agreement; pci-dss: PCI DSS attestation; scc: standard contractual clauses; nda).
   */
  agreements?: Agreement[];
  note?: LongText;
  url?: string;
  deploy?: DeployHints;
  plan?: PlanHints;
  evolutionAnswers?: EvolutionAnswers;
  /**
   * Doctrine findings silenced on this node: rule id → the reason, written out.
   */
  ignore?: {
    [k: string]: Text | undefined;
  };
  /**
   * This interface was referenced by `Node`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
/**
 * The sensitive data this component holds, and where it may live.
 */
export interface DataHeld {
  /**
   * The classes of sensitive data held.
   *
   * @minItems 1
   */
  classes: [DataClass, ...DataClass[]];
  /**
   * The sites or regions the data may live in (ids, as environments name their sites).
   *
   * @minItems 1
   * @maxItems 50
   */
  residency?: [Id, ...Id[]];
  /**
   * This interface was referenced by `DataHeld`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
/**
 * How the component is deployed. build: image, port, replicas…; buy: chart; outsource: service.
 */
export interface DeployHints {
  /**
   * Image repository below the map's registry (default: the node id).
   */
  image?: string;
  tag?: Tag;
  port?: number;
  replicas?: number;
  /**
   * Public path at the edge for user-facing components.
   */
  path?: string;
  /**
   * HTTP path of the readiness and liveness probes.
   */
  health?: string;
  resources?: {
    cpu?: Quantity;
    memory?: Quantity;
    cpuLimit?: Quantity;
    memoryLimit?: Quantity;
  };
  env?: {
    [k: string]: string | undefined;
  };
  /**
   * For buy: the product's Helm chart, pinned.
   */
  chart?: {
    name: Id;
    repository: string;
    version: ChartVersion;
  };
  /**
   * For outsource: the managed service.
   */
  service?: {
    provider?: Text;
    /**
     * One line of free text: any Unicode but control, format, line or paragraph separator characters, and no lone UTF-16 surrogate (it cannot be written as UTF-8).
     */
    kind?: string;
    host?: Hostname;
    port?: number;
    /**
     * @maxItems 50
     */
    secretKeys?: string[];
    /**
     * Address ranges of the managed service: egress is opened to these only.
     *
     * @maxItems 50
     */
    cidrs?: string[];
  };
  /**
   * How callers reach the component: non-HTTP traffic cannot be routed by path at the facade.
   */
  protocol?: 'http' | 'grpc' | 'tcp' | 'mllp' | 'amqp';
  /**
   * Port of the component's TCP or MLLP listener, exposed at the facade (default for mllp: 2575, the port IANA registers for HL7).
   */
  streamPort?: number;
  /**
   * This interface was referenced by `DeployHints`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
/**
 * Migration-plan choices for a component inside a monolith.
 */
export interface PlanHints {
  /**
   * Pin the extraction to this phase.
   */
  phase?: number;
  /**
   * Leave this component out of the plan.
   */
  exclude?: boolean;
  /**
   * Facade paths the monolith serves today for this capability.
   *
   * @maxItems 50
   */
  paths?: HttpPath[];
  /**
   * The component owns data that others read.
   */
  data?: boolean;
  /**
   * Service level objective its users hold it to: the exit criteria of its extraction are measured against it.
   */
  slo?: {
    /**
     * Share of successful requests, in percent (99.9).
     */
    availability?: number;
    /**
     * 95th-percentile latency ceiling in milliseconds.
     */
    p95Ms?: number;
    /**
     * 99th-percentile latency ceiling in milliseconds.
     */
    p99Ms?: number;
  };
  /**
   * This interface was referenced by `PlanHints`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
/**
 * A workshop's answers to Wardley's evolution cheat sheet: each characteristic → the stage (1 genesis … 4 commodity) the group chose, so the file says why the node sits where it does.
 */
export interface EvolutionAnswers {
  ubiquity?: StageNumber;
  certainty?: StageNumber;
  publication?: StageNumber;
  market?: StageNumber;
  knowledge?: StageNumber;
  'market-perception'?: StageNumber;
  'user-perception'?: StageNumber;
  'industry-perception'?: StageNumber;
  'focus-of-value'?: StageNumber;
  understanding?: StageNumber;
  comparison?: StageNumber;
  failure?: StageNumber;
  'market-action'?: StageNumber;
  efficiency?: StageNumber;
  'decision-drivers'?: StageNumber;
}
export interface Annotation {
  text: LongText;
  evolution?: Unit;
  visibility?: Unit;
  /**
   * @maxItems 100
   */
  nodes?: Id[];
  /**
   * What the annotation records.
   */
  kind?: 'note' | 'climate' | 'gameplay' | 'doctrine' | 'risk';
  /**
   * This interface was referenced by `Annotation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown | undefined;
}
