// dup/name after an edit, without reading every name again: only the groups of the name keys a
// changed node had or has can gain, lose or re-word a finding. Their members are found in the
// groups the check before remembered, changed for the edit, and reported again; every other
// finding is kept. The groups are layered over the ones before (core/model/layered-map.ts).
import { LayeredMap } from '../model/layered-map.ts';
import type { Finding, RuleContext } from './finding.ts';
import { duplicateFindings, knownNameGroups, nameKey, rememberNameGroups } from './names.ts';
import type { NodeChange } from './node-changes.ts';

/** The findings after `changes`, or undefined when the groups must be found again from scratch. */
export function duplicatesAfterChange(
  previous: readonly Finding[],
  contexts: { before: RuleContext; after: RuleContext },
  changes: readonly NodeChange[],
): Finding[] | undefined {
  const { before, after } = contexts;
  const groups = knownNameGroups(before);
  if (groups === undefined) return undefined;
  const left = new Set<string>();
  const joined = new Map<string, string[]>();
  for (const c of changes) {
    const was = before.index.get(c.before);
    const now = after.index.get(c.after);
    if (!was || !now) return undefined;
    left.add(c.before);
    const key = nameKey(now.name);
    joined.set(nameKey(was.name), joined.get(nameKey(was.name)) ?? []);
    joined.set(key, [...(joined.get(key) ?? []), c.after]);
  }
  joined.delete('');
  const stale = new Set(left);
  const updates = new Map<string, string | string[] | undefined>();
  const fresh: Finding[] = [];
  for (const [key, added] of joined) {
    const had = groups.get(key) ?? [];
    const was = typeof had === 'string' ? [had] : had;
    for (const id of was) stale.add(id);
    const members = [...was.filter((id) => !left.has(id)), ...added];
    members.sort((a, b) => (after.positions.get(a) ?? 0) - (after.positions.get(b) ?? 0));
    updates.set(key, members.length === 0 ? undefined : members.length === 1 ? members[0] : members);
    fresh.push(...duplicateFindings(after, members));
  }
  rememberNameGroups(after, LayeredMap.changed(groups, updates));
  return [...previous.filter((f) => f.node === undefined || !stale.has(f.node)), ...fresh];
}

/** The groups of the context before carried to the one after, when no name or id changed. */
export function carryNameGroups(before: RuleContext, after: RuleContext): void {
  const groups = knownNameGroups(before);
  if (groups !== undefined) rememberNameGroups(after, groups);
}
