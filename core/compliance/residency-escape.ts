// compliance/residency-escape: a component whose data must stay in some sites or regions uses a
// component that may run, or keep what it is sent, somewhere else.
import { COMPONENT, eachEntry, RESIDENCY, USES } from '../doctrine/columns.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from '../doctrine/finding.ts';
import type { MapNode } from '../model/types.ts';

export const RESIDENCY_ESCAPE = 'compliance/residency-escape';

export const residencyEscape: DoctrineRule = {
  ids: [RESIDENCY_ESCAPE],
  reason: 'data pinned to sites or regions must not flow to a dependency that lives outside them',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, { all: COMPONENT | RESIDENCY | USES }, (id, node) => {
      const allowed = node.kind === 'component' ? node.data?.residency : undefined;
      if (!allowed) return;
      node.uses?.forEach((target, i) => {
        const used = context.index.get(target);
        if (used?.kind !== 'component') return;
        const where = placeOf(used);
        if (where === 'beside-caller') return;
        const outside =
          where === 'unknown' ? ['wherever its supplier chooses'] : where.filter((s) => !allowed.includes(s));
        if (outside.length === 0) return;
        const message = `'${id}' keeps its data in ${allowed.join(', ')}, but uses '${target}', which may keep it outside (${outside.join(', ')}): pin '${target}' with data.residency, or move the data`;
        out.push(nodeFinding(RESIDENCY_ESCAPE, 'error', id, ['nodes', id, 'uses', i], message));
      });
    });
    return out;
  },
};

/**
 * Where a used component may keep data: its own residency if it names one; an outsourced one
 * without it, wherever its supplier chooses; one we deploy runs in each site's cluster, so the
 * caller's data stays beside it.
 */
export function placeOf(node: MapNode): readonly string[] | 'unknown' | 'beside-caller' {
  if (node.data?.residency) return node.data.residency;
  return node.sourcing === 'outsource' ? 'unknown' : 'beside-caller';
}
