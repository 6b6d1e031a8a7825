// The semantic difference between two versions of a map, as plain data: what a reviewer wants
// to know (added, removed, renamed, moved, re-sourced, re-wired, in or out of a monolith), not
// which YAML lines changed. Renderers turn it into text, Markdown or JSON.
import type { NodeKind, Sourcing } from '../model/types.ts';

export interface NodeRef {
  id: string;
  name: string;
  kind: NodeKind;
}

export interface Renamed {
  /** Id in the old map. */
  from: string;
  /** Id in the new map. */
  to: string;
  name: string;
  /** What matched them: the same name, or the same kind with most neighbours in common. */
  by: 'name' | 'links';
}

export interface Delta {
  from: number;
  to: number;
}

export interface Moved {
  id: string;
  name: string;
  evolution?: Delta;
  visibility?: Delta;
  /** Stage labels when the evolution change crosses a stage boundary. */
  stage?: { from: string; to: string };
}

export interface Resourced {
  id: string;
  name: string;
  from?: Sourcing;
  to?: Sourcing;
}

/** A node mentioned by another change: its id (in the new map when it still exists) and name. */
export interface NodeName {
  id: string;
  name: string;
}

export interface Rewired {
  id: string;
  name: string;
  /** Nodes this node now uses and did not before. */
  added: NodeName[];
  /** Nodes it no longer uses. */
  removed: NodeName[];
}

export interface MonolithMove {
  id: string;
  name: string;
  /** The monolith it was inside, if any. */
  from?: NodeName;
  /** The monolith it is inside now, if any. */
  to?: NodeName;
}

export interface FieldChange {
  /** The node the change is on; absent for a change to the map itself. */
  id?: string;
  name?: string;
  field: string;
  from?: unknown;
  to?: unknown;
}

export interface MapDiff {
  added: NodeRef[];
  removed: NodeRef[];
  renamed: Renamed[];
  moved: Moved[];
  resourced: Resourced[];
  rewired: Rewired[];
  monolith: MonolithMove[];
  /** Every other change to a node (name, kind, evolve, team, deploy, x- fields…) or to the map. */
  fields: FieldChange[];
}

export function emptyDiff(): MapDiff {
  return { added: [], removed: [], renamed: [], moved: [], resourced: [], rewired: [], monolith: [], fields: [] };
}

export function isEmptyDiff(diff: MapDiff): boolean {
  return Object.values(diff).every((list: unknown[]) => list.length === 0);
}

export function changeCount(diff: MapDiff): number {
  return Object.values(diff).reduce((n: number, list: unknown[]) => n + list.length, 0);
}
