// diffMaps: two versions of a map → a MapDiff. Nodes are matched first (so a renamed id is a
// rename, not a remove plus an add), then each matched pair is compared field by field.
import { stageBoundaries, stageLabels, stageOf } from '../doctrine/stages.ts';
import { nodeOf } from '../model/node-table.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { Matching, type LinkTables } from './match.ts';
import { plainEqual } from './plain-equal.ts';
import {
  emptyDiff,
  type Delta,
  type FieldChange,
  type MapDiff,
  type MonolithMove,
  type Moved,
  type NodeName,
  type NodeRef,
  type Resourced,
} from './model.ts';

/** Node fields with a section of their own in the diff; every other field is a FieldChange. */
const OWN_SECTION = new Set(['evolution', 'visibility', 'sourcing', 'uses', 'inside']);

export function diffMaps(before: WardleyMap, after: WardleyMap): MapDiff {
  const matching = new Matching(before, after);
  const tables = matching.linkTables();
  let diff = comparePairs(before, after, matching, tables);
  // A rename by links changes the ids the old uses stand for: the pairs are compared again.
  if (tables && matching.pairByLinks(tables)) diff = comparePairs(before, after, matching, undefined);
  const ref = (id: string, node: MapNode | undefined): NodeRef => ({
    id,
    name: node?.name ?? id,
    kind: node?.kind ?? 'component',
  });
  diff.added = matching.added().map((id) => ref(id, nodeOf(after, id)));
  diff.removed = matching.removed().map((id) => ref(id, nodeOf(before, id)));
  diff.renamed = matching.renamed;
  diff.fields.push(...mapFieldChanges(before, after));
  return diff;
}

/**
 * Each pair compared, with the renames matched so far; the uses of the pairs both versions have go
 * into `tables` as they are read (the neighbours of the removed and added nodes, for renames by links).
 */
function comparePairs(before: WardleyMap, after: WardleyMap, matching: Matching, tables?: LinkTables): MapDiff {
  const diff = emptyDiff();
  const named = (id: string): NodeName => ({ id, name: nodeOf(after, id)?.name ?? nodeOf(before, id)?.name ?? id });
  const versions = { before, after, translate: matching.renamedTo(), renaming: matching.renamed.length > 0, named };
  const { ids, was, now, common } = matching;
  for (let k = 0; k < ids.length; k++) {
    compareNode(diff, versions, ids[k]!, was[k]!, now[k]!);
    if (tables && k < common) tables.add(ids[k]!, was[k]!, now[k]!);
  }
  return diff;
}

interface Versions {
  before: WardleyMap;
  after: WardleyMap;
  translate: (oldId: string) => string;
  /** Whether some old ids have new ones: then an old node's uses may name other nodes now. */
  renaming: boolean;
  named: (id: string) => NodeName;
}

function compareNode(diff: MapDiff, v: Versions, id: string, was: MapNode, now: MapNode): void {
  // A version an edit made shares the nodes it did not change with the one before: without
  // renames the same object has nothing to report, and is not read.
  if (was === now && !v.renaming) return;
  const name = now.name;
  const moved = movement(v, id, was, now);
  if (moved) diff.moved.push(moved);
  if (was.sourcing !== now.sourcing) diff.resourced.push(resourced(id, name, was, now));
  if (!sameUses(v, was.uses, now.uses)) rewiring(diff, v, id, was, now);
  const oldInside = was.inside === undefined ? undefined : v.translate(was.inside);
  if (oldInside !== now.inside) diff.monolith.push(monolithMove(v, id, name, oldInside, now.inside));
  fieldChanges(diff, id, was, now);
}

// The changes are built with only their defined properties (exactOptionalPropertyTypes), in the
// order the renderers and JSON list them, without a record of every property to filter.
function resourced(id: string, name: string, was: MapNode, now: MapNode): Resourced {
  const change: Resourced = { id, name };
  if (was.sourcing !== undefined) change.from = was.sourcing;
  if (now.sourcing !== undefined) change.to = now.sourcing;
  return change;
}

function monolithMove(v: Versions, id: string, name: string, from?: string, to?: string): MonolithMove {
  const move: MonolithMove = { id, name };
  if (from !== undefined) move.from = v.named(from);
  if (to !== undefined) move.to = v.named(to);
  return move;
}

/** Whether the old uses, their ids translated, are the new ones in the same order: nothing re-wired. */
function sameUses(v: Versions, was: readonly string[] | undefined, now: readonly string[] | undefined): boolean {
  if (was === undefined || now === undefined) return was === now || (was ?? now)!.length === 0;
  if (was.length !== now.length) return false;
  // Object.is: the same id string is known from the references, without reading the string.
  for (let k = 0; k < was.length; k++) if (!Object.is(v.translate(was[k]!), now[k])) return false;
  return true;
}

function rewiring(diff: MapDiff, v: Versions, id: string, was: MapNode, now: MapNode): void {
  const oldUses = was.uses === undefined ? [] : was.uses.map(v.translate);
  const newUses = now.uses ?? [];
  const added = missingFrom(newUses, oldUses);
  const removed = missingFrom(oldUses, newUses);
  if (added.length > 0 || removed.length > 0)
    diff.rewired.push({ id, name: now.name, added: added.map(v.named), removed: removed.map(v.named) });
}

/** Every other field that differs: the old node's fields in its order, then those only the new one has. */
function fieldChanges(diff: MapDiff, id: string, was: MapNode, now: MapNode): void {
  for (const field in was) if (Object.hasOwn(was, field)) fieldChange(diff, id, was, now, field);
  for (const field in now)
    if (Object.hasOwn(now, field) && !Object.hasOwn(was, field)) fieldChange(diff, id, was, now, field);
}

function fieldChange(diff: MapDiff, id: string, was: MapNode, now: MapNode, field: string): void {
  // The fields with a section of their own are not read here: a number read by name is a fresh
  // box on the heap. Most other fields are the very same value in both versions.
  if (OWN_SECTION.has(field)) return;
  const from = was[field];
  const to = now[field];
  // Object.is, not ===: the very same value is known from the two references alone, where ===
  // first reads what they point to (a string or object of this node: a cache miss at 10,000).
  if (Object.is(from, to) || sameValue(from, to)) return;
  const change: FieldChange = { id, name: now.name, field };
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  diff.fields.push(change);
}

/** The entries of `list` that `other` does not hold, in order. */
function missingFrom(list: readonly string[], other: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of list) if (!other.includes(item)) out.push(item);
  return out;
}

function movement(v: Versions, id: string, was: MapNode, now: MapNode): Moved | undefined {
  const evolution = delta(was.evolution, now.evolution);
  const visibility = delta(was.visibility, now.visibility);
  if (!evolution && !visibility) return undefined;
  const moved: Moved = { id, name: now.name };
  if (evolution) moved.evolution = evolution;
  if (visibility) moved.visibility = visibility;
  const from = stageOf(was.evolution, stageBoundaries(v.before));
  const to = stageOf(now.evolution, stageBoundaries(v.after));
  if (from !== to)
    moved.stage = {
      from: stageLabels(v.before)[from - 1] ?? `stage ${from}`,
      to: stageLabels(v.after)[to - 1] ?? `stage ${to}`,
    };
  return moved;
}

/** A change of at least a rounding step (coordinates are kept to 3 decimals). */
function delta(from: number, to: number): Delta | undefined {
  return Math.abs(from - to) >= 0.0005 ? { from, to } : undefined;
}

function mapFieldChanges(before: WardleyMap, after: WardleyMap): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => k !== 'nodes'));
  const out: FieldChange[] = [];
  for (const field of keys) {
    if (!sameValue(before[field], after[field]))
      out.push(withDefined<FieldChange>({ field, from: before[field], to: after[field] }));
  }
  return out;
}

/** Deep equality of plain YAML data, ignoring object key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  // Most fields of most nodes are the very same value in both versions, or equal plain data in
  // objects of their own (two files): no text to build.
  return a === b || (plainEqual(a, b) ?? canonicalJson(a) === canonicalJson(b));
}

/** Plain data as JSON text with object keys sorted and undefined entries dropped: what sameValue compares. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** The record without its undefined properties (exactOptionalPropertyTypes). */
function withDefined<T extends object>(record: { [K in keyof T]: unknown }): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
