// What a doctrine rule sees and what it reports. A finding carries the YAML path of the value it
// is about, so a caller with the document can place it (line, column) and one without still can
// show it.
import type { MapNode, Severity, WardleyMap } from '../model/types.ts';
import type { StageBoundaries } from './stages.ts';

export type FindingPath = (string | number)[];

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** The node the finding is about; its `ignore` entry for `rule` silences the finding. */
  node?: string;
  /** YAML path, e.g. ['nodes', 'tickets', 'sourcing']. */
  path: FindingPath;
}

/** The map plus lookups every rule would otherwise rebuild, computed once per check. */
export interface RuleContext {
  readonly map: WardleyMap;
  /**
   * The node ids in file order, and `nodes[i]` the node of `ids[i]`: two lists by position, not a
   * pair per node (at 10,000 nodes the pairs were 10,000 arrays the collector copied every load).
   */
  readonly ids: readonly string[];
  readonly nodes: readonly MapNode[];
  readonly index: ReadonlyMap<string, MapNode>;
  /** Each node id's place in `ids`. */
  readonly positions: ReadonlyMap<string, number>;
  readonly boundaries: StageBoundaries;
  /** For each node id, the ids of the nodes that use it (file order). */
  readonly usedBy: ReadonlyMap<string, readonly string[]>;
  /** For each monolith id, the ids of the components inside it. */
  readonly members: ReadonlyMap<string, readonly string[]>;
}

export interface DoctrineRule {
  /** Stable ids this rule can report (a rule may report several, e.g. the sourcing table). */
  readonly ids: readonly string[];
  /** One-line reason, as DOCTRINE.md states it. */
  readonly reason: string;
  check(context: RuleContext): Finding[];
}

export function nodeFinding(
  rule: string,
  severity: Severity,
  node: string,
  path: FindingPath,
  message: string,
): Finding {
  return { rule, severity, node, path, message };
}
