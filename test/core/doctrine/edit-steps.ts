// Random edits for the incremental doctrine properties: every field some doctrine rule reads can
// change (core/doctrine/incremental.ts REACH), through the editor's own operations.
import fc from 'fast-check';
import { dependencyCycles } from '../../../core/doctrine/cycles.ts';
import type { MapDocument } from '../../../core/format/parse.ts';
import * as ops from '../../../core/model/operations.ts';
import type { EditResult } from '../../../core/model/operations.ts';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const RULES = ['chain/cycle', 'chain/upward', 'source/missing', 'chain/orphan', 'dup/name', 'compliance/no-owner'];

/** A value for a node field, or undefined to remove it. */
const fieldValue = fc.oneof(
  fc.record({ field: fc.constant('kind'), value: fc.constantFrom('user', 'need', 'component') }),
  fc.record({ field: fc.constant('evolve'), value: fc.option(unit, { nil: undefined }) }),
  fc.record({ field: fc.constant('inertia'), value: fc.constantFrom(true, undefined) }),
  fc.record({ field: fc.constant('platform'), value: fc.constantFrom(true, undefined) }),
  fc.record({ field: fc.constant('team'), value: fc.constantFrom('core', 'ops', undefined) }),
  fc.record({
    field: fc.constant('data'),
    value: fc.constantFrom({ classes: ['phi'] }, { classes: ['pii'], residency: ['eu'] }, undefined),
  }),
  fc.record({ field: fc.constant('agreements'), value: fc.constantFrom(['baa'], ['dpa'], ['baa', 'dpa'], undefined) }),
  fc.record({ field: fc.constant('deploy'), value: fc.constantFrom({ port: 9000 }, undefined) }),
  fc.record({ field: fc.constant('plan'), value: fc.constantFrom({ exclude: true }, { data: true }, undefined) }),
  fc.record({
    field: fc.constant('evolutionAnswers'),
    value: fc.constantFrom({ ubiquity: 1, certainty: 1 }, { ubiquity: 4, certainty: 4, market: 4 }, undefined),
  }),
  fc.record({
    field: fc.constant('ignore'),
    value: fc.option(
      fc.constantFrom(...RULES).map((rule) => ({ [rule]: 'accepted in the workshop' })),
      { nil: undefined },
    ),
  }),
);

export const stepArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('move' as const), a: fc.nat(), e: unit, v: unit }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('link' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('unlink' as const), a: fc.nat(), b: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('sourcing' as const),
      a: fc.nat(),
      s: fc.constantFrom('build', 'buy', 'outsource', undefined),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('name' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('inside' as const), a: fc.nat(), b: fc.option(fc.nat()) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('field' as const), a: fc.nat(), f: fieldValue }) },
  // Edits of the nodes in a cycle, which random picks rarely hit: silence or unlink a member.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cycle' as const), a: fc.nat(), b: fc.nat(), c: fc.boolean() }) },
);

export type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

export function edited(document: MapDocument, step: Step): EditResult {
  const ids = Object.keys(document.map.nodes);
  const pick = (n: number) => ids[n % ids.length] ?? '';
  const id = pick(step.a);
  switch (step.op) {
    case 'move':
      return ops.moveNodes(document, [{ id, evolution: step.e, visibility: step.v }]);
    case 'link':
      return ops.link(document, id, pick(step.b));
    case 'unlink': {
      const uses = document.map.nodes[id]?.uses ?? [];
      const target = uses[step.b % Math.max(1, uses.length)];
      return target === undefined ? { ok: true, document, ids: [] } : ops.unlink(document, id, target);
    }
    case 'sourcing':
      return ops.setSourcing(document, id, step.s);
    case 'name':
      return ops.setNodeField(document, id, 'name', document.map.nodes[pick(step.b)]?.name ?? 'x');
    case 'rename':
      return ops.renameNode(document, id, `r${step.b % 1000}-${id}`.slice(0, 60));
    case 'inside':
      return ops.setNodeField(document, id, 'inside', step.b === null ? undefined : pick(step.b));
    case 'field':
      return ops.setNodeField(document, id, step.f.field, step.f.value);
    case 'cycle':
      return cycleEdit(document, step);
  }
}

function cycleEdit(document: MapDocument, step: { a: number; b: number; c: boolean }): EditResult {
  const cycles = dependencyCycles(document.map);
  const cycle = cycles[step.a % Math.max(1, cycles.length)];
  const id = cycle?.[step.b % cycle.length];
  if (id === undefined) return { ok: true, document, ids: [] };
  if (step.c) {
    const ignored = document.map.nodes[id]?.ignore?.['chain/cycle'] !== undefined;
    return ops.setNodeField(document, id, 'ignore', ignored ? undefined : { 'chain/cycle': 'accepted' });
  }
  const uses = document.map.nodes[id]?.uses ?? [];
  const target = uses[step.a % Math.max(1, uses.length)];
  return target === undefined ? { ok: true, document, ids: [] } : ops.unlink(document, id, target);
}
