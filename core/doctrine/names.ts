// Two nodes whose names differ only in case, spacing or punctuation are almost always one thing
// drawn twice, and they confuse every export that derives names from them.
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from './finding.ts';
import { NameGroupTable } from './name-table.ts';

export { nameKey } from './name-table.ts';

/** The ids of the nodes with each name key, in file order: one id, or several when names clash. */
export type NameGroups = ReadonlyMap<string, string | readonly string[]>;

// The groups found in each context, so the check after an edit can follow it (name-changes.ts).
const groupsByContext = new WeakMap<RuleContext, NameGroups>();

export function knownNameGroups(context: RuleContext): NameGroups | undefined {
  return groupsByContext.get(context);
}

export function rememberNameGroups(context: RuleContext, groups: NameGroups): void {
  groupsByContext.set(context, groups);
}

/** The findings about one group of nodes with the same name key (file order): all but the first. */
export function duplicateFindings(context: RuleContext, ids: readonly string[]): Finding[] {
  const [first, ...rest] = ids;
  if (first === undefined) return [];
  const other = context.index.get(first)?.name ?? first;
  return rest.map((id) => {
    const name = context.index.get(id)?.name ?? id;
    const message = `'${id}' is named '${name}', like '${first}' ('${other}'): probably one node drawn twice`;
    return nodeFinding('dup/name', 'warning', id, ['nodes', id, 'name'], message);
  });
}

export const duplicateName: DoctrineRule = {
  ids: ['dup/name'],
  reason: 'two names equal ignoring case, spaces and punctuation are probably one node drawn twice',
  check(context: RuleContext): Finding[] {
    const groups = new NameGroupTable(context.ids, context.nodes);
    rememberNameGroups(context, groups);
    return groups.clashes().flatMap((group) => duplicateFindings(context, group));
  },
};
