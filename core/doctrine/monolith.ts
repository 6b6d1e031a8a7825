// A component inside the legacy monolith needs a decision (build, buy or outsource) before the
// strangler plan can extract it; without one it silently stays in the monolith.
import { COMPONENT, eachEntry, INSIDE, SOURCED } from './columns.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from './finding.ts';

export const unplannedMonolithPart: DoctrineRule = {
  ids: ['monolith/unplanned'],
  reason: 'a component inside a monolith needs a sourcing decision before it can be extracted',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, { all: COMPONENT | INSIDE, none: SOURCED }, (id, node) => {
      if (node.kind !== 'component' || node.inside === undefined || node.sourcing !== undefined) return;
      // plan.exclude says, in the file, that it stays in the monolith on purpose.
      if (node.plan?.exclude === true) return;
      const message = `'${id}' is inside '${node.inside}' with no sourcing: decide build, buy or outsource to plan its extraction`;
      out.push(nodeFinding('monolith/unplanned', 'warning', id, ['nodes', id, 'inside'], message));
    });
    return out;
  },
};
