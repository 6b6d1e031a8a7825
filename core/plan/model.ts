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
  | 'parallel-run';

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
export type ScaffoldKind = 'canary' | 'mirror' | 'toggle' | 'sync-job' | 'monolith-api';

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

export type { Backend, RouteEntry, SystemOfRecord } from '../system/types.ts';
import type { RouteEntry, SystemOfRecord } from '../system/types.ts';

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
  index: number;
  title: string;
  steps: Step[];
  /** Scaffolds added earlier and removed in this phase. */
  cleanups: Cleanup[];
  dataSteps: DataStep[];
  /** The facade's routing table once this phase is rolled out (from the system model). */
  routes: RouteEntry[];
  /** System of record of every data owner once this phase is rolled out. */
  records: SystemOfRecord[];
  rollback: string[];
  exitCriteria: string[];
  teams: string[];
}

export interface PlanWarning {
  rule: string;
  message: string;
  nodes: string[];
}

/** Edge settings the routing manifests need (from the map's deployment settings). */
export interface Facade {
  name: string;
  gateway: { name: string; namespace?: string };
  namespace?: string;
  host?: string;
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
