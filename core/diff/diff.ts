// diffMaps: two versions of a map → a MapDiff. Nodes are matched first (so a renamed id is a
// rename, not a remove plus an add), then each matched pair is compared field by field.
import { stageBoundaries, stageLabels, stageOf } from '../doctrine/stages.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodeIndex } from '../model/types.ts';
import { matchNodes } from './match.ts';
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
  const diff = emptyDiff();
  const match = matchNodes(before, after);
  const oldIndex = nodeIndex(before);
  const newIndex = nodeIndex(after);
  const ref = (id: string, node: MapNode | undefined): NodeRef => ({
    id,
    name: node?.name ?? id,
    kind: node?.kind ?? 'component',
  });
  diff.added = match.added.map((id) => ref(id, newIndex.get(id)));
  diff.removed = match.removed.map((id) => ref(id, oldIndex.get(id)));
  diff.renamed = match.renamed;
  const translate = (oldId: string) => match.oldToNew.get(oldId) ?? oldId;
  const named = (id: string): NodeName => ({ id, name: newIndex.get(id)?.name ?? oldIndex.get(id)?.name ?? id });
  for (const [oldId, newId] of match.oldToNew) {
    const was = oldIndex.get(oldId);
    const now = newIndex.get(newId);
    if (was && now) compareNode(diff, { before, after, translate, named }, newId, was, now);
  }
  diff.fields.push(...mapFieldChanges(before, after));
  return diff;
}

interface Versions {
  before: WardleyMap;
  after: WardleyMap;
  translate: (oldId: string) => string;
  named: (id: string) => NodeName;
}

function compareNode(diff: MapDiff, v: Versions, id: string, was: MapNode, now: MapNode): void {
  const name = now.name;
  const moved = movement(v, id, was, now);
  if (moved) diff.moved.push(moved);
  if (was.sourcing !== now.sourcing)
    diff.resourced.push(withDefined<Resourced>({ id, name, from: was.sourcing, to: now.sourcing }));
  const oldUses = (was.uses ?? []).map(v.translate);
  const newUses = now.uses ?? [];
  const added = newUses.filter((u) => !oldUses.includes(u));
  const removed = oldUses.filter((u) => !newUses.includes(u));
  if (added.length > 0 || removed.length > 0)
    diff.rewired.push({ id, name, added: added.map(v.named), removed: removed.map(v.named) });
  const oldInside = was.inside === undefined ? undefined : v.translate(was.inside);
  if (oldInside !== now.inside) {
    const monolith = (host: string | undefined) => (host === undefined ? undefined : v.named(host));
    diff.monolith.push(withDefined<MonolithMove>({ id, name, from: monolith(oldInside), to: monolith(now.inside) }));
  }
  const keys = new Set([...Object.keys(was), ...Object.keys(now)].filter((k) => !OWN_SECTION.has(k)));
  for (const field of keys) {
    if (!sameValue(was[field], now[field]))
      diff.fields.push(withDefined<FieldChange>({ id, name, field, from: was[field], to: now[field] }));
  }
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
      out.push(
        withDefined<FieldChange>({ id: undefined, name: undefined, field, from: before[field], to: after[field] }),
      );
  }
  return out;
}

/** Deep equality of plain YAML data, ignoring object key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  // Most fields of most nodes are the very same value in both versions: no text to build.
  return a === b || canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
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
