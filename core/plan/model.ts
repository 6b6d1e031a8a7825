// The canonical migration-plan model. Every export (Markdown, JSON, CSV, Mermaid, GitHub issues,
// HTTPRoute/Ingress manifests) is a pure rendering of a Plan, so they can never disagree.

export type Strategy = 'dependencies-first' | 'edge-first' | 'most-evolved-first';

export const STRATEGIES: readonly Strategy[] = ['dependencies-first', 'edge-first', 'most-evolved-first'];

/** Where a component goes when it leaves the monolith (from its sourcing). */
export type Target = 'service' | 'product' | 'utility';

export type Pattern =
  | 'route-at-facade'
  | 'branch-by-abstraction'
  | 'change-data-capture'
  | 'replace-with-product'
  | 'replace-with-utility'
  | 'parallel-run'
  | 'decorating-collaborator'
  | 'ui-composition'
  | 'message-interception';

export type RiskLevel = 'low' | 'medium' | 'high';

/** One scored factor, kept so the reasoning can be written out. */
export interface ScoreFactor {
  factor: string;
  points: number;
}

export interface Score {
  total: number;
  factors: ScoreFactor[];
}

/** Transitional work: added by one phase, removed by a later one. */
export type ScaffoldKind = 'canary' | 'mirror' | 'cutover' | 'toggle' | 'sync-job' | 'monolith-api' | 'interceptor';

export interface Scaffold {
  /** Stable id, e.g. `billing-toggle`. */
  id: string;
  kind: ScaffoldKind;
  node: string;
  description: string;
  addedIn: number;
  removedIn: number;
  /** What the removing phase does. */
  removal: string;
}

export type { Backend, RouteEntry, StreamEntry, SystemOfRecord } from '../system/types.ts';
import type { RouteEntry, StreamEntry, SystemOfRecord } from '../system/types.ts';

export interface DataStep {
  node: string;
  description: string;
}

export interface Step {
  node: string;
  name: string;
  monolith: string;
  sourcing: 'build' | 'buy' | 'outsource';
  target: Target;
  pattern: Pattern;
  /** Ids of the cycle this step is extracted with (empty when the node is in no cycle). */
  cycle: string[];
  pinned: boolean;
  risk: Score & { level: RiskLevel };
  value: Score;
  reasoning: string[];
  paths: string[];
  /** How callers reach it (`deploy.protocol`), when the map says. */
  protocol?: string;
  team?: string;
  rollback: string;
  exitCriteria: string[];
}

export interface Cleanup {
  scaffold: string;
  node: string;
  description: string;
}

export interface Phase {
  /** 0 = preparation (facade in pass-through, nothing moves); 1… = extractions, then a clean-up; the last retires. */
  index: number;
  title: string;
  /** Work of the phase besides the extractions: preparation, schema splits, decommissioning. */
  tasks: string[];
  steps: Step[];
  /** Scaffolds added earlier and removed in this phase. */
  cleanups: Cleanup[];
  dataSteps: DataStep[];
  /** The facade's routing table once this phase is rolled out (from the system model). */
  routes: RouteEntry[];
  /** The facade's TCP/MLLP ports once this phase is rolled out (absent when the map has none). */
  streams?: StreamEntry[];
  /** System of record of every data owner once this phase is rolled out. */
  records: SystemOfRecord[];
  rollback: string[];
  exitCriteria: string[];
  teams: string[];
  /** Who owns the phase when it is not the extraction teams: the monolith's team (phase 0, retirement). */
  owner?: string;
  /** Extractions each team runs in this phase (teams of the steps; the monolith's team retires it). */
  load: { team: string; extractions: number }[];
}

export interface PlanWarning {
  rule: string;
  message: string;
  nodes: string[];
}

/** Edge settings the routing manifests need (from the map's deployment settings). */
export interface Facade {
  /** The facade as the bundle names it: the Gateway's name, or the ingress controller's id. */
  name: string;
  gateway: { name: string; namespace?: string };
  namespace?: string;
  host?: string;
  /** `ingress`: the bundle's routes are plain Ingresses (`--ingress`): no split, mirror or redirect. */
  routes?: 'ingress';
  /** The monolith Services that serve every path not moved yet; `path` is their catch-all prefix. */
  monoliths: { id: string; name: string; port: number; path?: string }[];
}

export interface Plan {
  title: string;
  strategy: Strategy;
  facade: Facade;
  phases: Phase[];
  scaffolds: Scaffold[];
  excluded: string[];
  warnings: PlanWarning[];
}

/** The phase with index k (phase 0 is the preparation phase), if the plan has it. */
export function phaseAt(plan: Plan, k: number): Phase | undefined {
  return plan.phases.find((p) => p.index === k);
}

/** Index of the last phase (0 for an empty plan). */
export function lastPhaseIndex(plan: Plan): number {
  return plan.phases.reduce((m, p) => Math.max(m, p.index), 0);
}

/** The phase a node is extracted in, or undefined when it is not planned. */
export function phaseOf(plan: Plan, nodeId: string): number | undefined {
  for (const phase of plan.phases) {
    if (phase.steps.some((s) => s.node === nodeId)) return phase.index;
  }
  return undefined;
}

/** The step that extracts a node, if any. */
export function stepOf(plan: Plan, nodeId: string): Step | undefined {
  for (const phase of plan.phases) {
    const step = phase.steps.find((s) => s.node === nodeId);
    if (step) return step;
  }
  return undefined;
}

/** The facade in the plan's words, the same in every rendering (Markdown, Mermaid). */
export function facadeWords(facade: Facade): string {
  return facade.routes === 'ingress' ? "plain Ingresses of the cluster's default Ingress class" : facade.name;
}
