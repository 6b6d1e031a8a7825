// Planned movement (`evolve`) and inertia: a movement goes right, and inertia resists a movement.
import { BUILD, eachEntry, EVOLVE, INERTIA } from './columns.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from './finding.ts';
import { stageOf, STAGE_NUMERALS } from './stages.ts';

export const moveLeft: DoctrineRule = {
  ids: ['move/left'],
  reason: 'everything evolves to the right: an evolve target behind the current evolution is a mistake',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, { all: EVOLVE }, (id, node) => {
      if (node.evolve === undefined || node.evolve >= node.evolution) return;
      const message = `'${id}': evolve ${node.evolve} is behind the current evolution ${node.evolution}: components evolve to the right`;
      out.push(nodeFinding('move/left', 'warning', id, ['nodes', id, 'evolve'], message));
    });
    return out;
  },
};

export const methodChange: DoctrineRule = {
  ids: ['move/method-change'],
  reason: 'a movement into product or commodity usually changes the method: build may no longer fit',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, { all: EVOLVE | BUILD }, (id, node) => {
      if (node.evolve === undefined || node.sourcing !== 'build') return;
      const from = stageOf(node.evolution, context.boundaries);
      const to = stageOf(node.evolve, context.boundaries);
      if (to <= from || to < 3) return;
      const message = `'${id}' moves into stage ${STAGE_NUMERALS[to]} while sourcing stays build: plan to buy or outsource`;
      out.push(nodeFinding('move/method-change', 'info', id, ['nodes', id, 'evolve'], message));
    });
    return out;
  },
};

export const inertiaWithoutMove: DoctrineRule = {
  ids: ['inertia/without-move'],
  reason: 'inertia is resistance to a movement: without an evolve there is nothing to resist',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, { all: INERTIA, none: EVOLVE }, (id, node) => {
      if (node.inertia !== true || node.evolve !== undefined) return;
      const message = `'${id}' has inertia without a planned movement: add evolve, or remove inertia`;
      out.push(nodeFinding('inertia/without-move', 'info', id, ['nodes', id, 'inertia'], message));
    });
    return out;
  },
};
