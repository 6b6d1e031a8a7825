// Domain names for the types generated from schema/map.schema.json (the single source of truth).
import type {
  Agreement,
  Annotation,
  DataClass,
  DataHeld,
  DeployHints,
  DeploymentSettings,
  Environment,
  Node,
  PlanHints,
  SensitiveSettings,
  Sourcing,
  Stages,
  WardleyMap,
} from '../../schema/map-types.ts';

export type {
  Agreement,
  Annotation,
  DataClass,
  DataHeld,
  DeployHints,
  DeploymentSettings,
  Environment,
  PlanHints,
  SensitiveSettings,
  Sourcing,
  Stages,
  WardleyMap,
};
export type MapNode = Node;
export type NodeKind = Node['kind'];

export const SOURCINGS: readonly Sourcing[] = ['build', 'buy', 'outsource'];
export const NODE_KINDS: readonly NodeKind[] = ['user', 'need', 'component'];

export type Severity = 'error' | 'warning' | 'info';

/** A finding about a map file: a parse error, a schema error or a doctrine check. */
export interface Diagnostic {
  /** 1-based line in the file (0 when the finding has no place in the file). */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `yaml/alias`, `schema/unknown-field`, `source/build-commodity`. */
  rule: string;
  message: string;
  /** The node the finding is about, when there is one. */
  node?: string;
}

/** The nodes of a map as [id, node] pairs, in file order. */
export function nodeEntries(map: WardleyMap): [string, MapNode][] {
  const out: [string, MapNode][] = [];
  for (const id of Object.keys(map.nodes)) {
    const node = map.nodes[id];
    if (node) out.push([id, node]);
  }
  return out;
}

/** A lookup that never finds Object.prototype members (`constructor`, `toString`). */
export function nodeIndex(map: WardleyMap): ReadonlyMap<string, MapNode> {
  return new Map(nodeEntries(map));
}
