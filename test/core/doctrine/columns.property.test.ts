// In a whole check the rules that scan every node read a word of flags and the coordinates of
// each node from columns made with the rule context (core/doctrine/columns.ts), and open only the
// nodes those let through. The columns may only skip nodes a rule would pass over: on random maps
// (dangling and self uses, monoliths, data, residency, evolve, inertia, boundary evolutions,
// ignores, recorded evolution answers) every rule reports exactly what it reports reading each
// node, as it does on a context of some nodes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS, COMPONENT, CONTAINS, IGNORE, USED, USER, wholeTables } from '../../../core/doctrine/columns.ts';
import { ruleContext } from '../../../core/doctrine/context.ts';
import type { RuleContext } from '../../../core/doctrine/finding.ts';
import { DOCTRINE_RULES } from '../../../core/doctrine/registry.ts';
import { EVOLUTION_ANSWERS_FIELD } from '../../../core/evolution/answers.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';
import { EXAMPLE_DOCUMENTS } from './example-documents.ts';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 2, nil: undefined });

const nodeArb = fc.record({
  kind: fc.constantFrom('user' as const, 'need' as const, 'component' as const, 'component' as const),
  name: fc.constantFrom('Compute', 'power', 'Hosting (AWS)', 'Records', 'records ', 'Billing'),
  evolution: fc.constantFrom(0.05, 0.17, 0.2, 0.4, 0.45, 0.7, 0.72, 0.95),
  visibility: fc.constantFrom(0.1, 0.3, 0.4, 0.5, 0.9),
  sourcing: maybe(fc.constantFrom('build' as const, 'buy' as const, 'outsource' as const)),
  uses: fc.uniqueArray(fc.constantFrom(...IDS, 'gone'), { maxLength: 3 }),
  inside: maybe(fc.constantFrom(...IDS, 'gone')),
  evolve: maybe(fc.constantFrom(0.1, 0.5, 0.8)),
  inertia: maybe(fc.boolean()),
  classes: fc.uniqueArray(fc.constantFrom('phi' as const, 'pii' as const), { maxLength: 2 }),
  residency: maybe(fc.constantFrom(['eu'], ['us'])),
  team: maybe(fc.constant('records-team')),
  agreements: maybe(fc.constantFrom(['baa' as const], ['dpa' as const])),
  exclude: fc.boolean(),
  ignore: maybe(fc.constantFrom({ 'chain/orphan': 'kept on purpose' }, { 'no/such-rule': 'typo' })),
  answers: maybe(fc.constantFrom({ ubiquity: 1, certainty: 1 }, { ubiquity: 4, market: 4 }, { certainty: 2 })),
});

const randomMap = fc
  .tuple(fc.array(nodeArb, { minLength: 1, maxLength: IDS.length }), fc.boolean())
  .map(([specs, publicRegistry]): WardleyMap => {
    const nodes: Record<string, MapNode> = {};
    specs.forEach((spec, i) => {
      const { kind, name, evolution, visibility, sourcing, uses, inside, evolve, inertia } = spec;
      const node: MapNode = { kind, name, evolution, visibility };
      if (sourcing !== undefined) node.sourcing = sourcing;
      if (uses.length > 0) node.uses = uses;
      if (inside !== undefined) node.inside = inside;
      if (evolve !== undefined) node.evolve = evolve;
      if (inertia !== undefined) node.inertia = inertia;
      const [first, ...rest] = spec.classes;
      if (first !== undefined) node.data = { classes: [first, ...rest] };
      if (spec.residency !== undefined) node.data = { ...(node.data ?? { classes: ['pii'] }), residency: ['eu'] };
      if (spec.team !== undefined) node.team = spec.team;
      if (spec.agreements !== undefined) node.agreements = [...spec.agreements];
      if (spec.exclude) node.plan = { exclude: true };
      if (spec.ignore !== undefined) node.ignore = { ...spec.ignore };
      if (spec.answers !== undefined) node[EVOLUTION_ANSWERS_FIELD] = { ...spec.answers };
      nodes[IDS[i]!] = node;
    });
    const map: WardleyMap = { version: 1, title: 'Columns', nodes };
    if (publicRegistry) map.deployment = { registry: 'docker.io/acme' };
    return map;
  });

/** Each rule's findings on `context` and on a copy of it, which has no columns: every node read. */
function bothWays(context: RuleContext): { columns: unknown[]; nodes: unknown[] } {
  const plain: RuleContext = { ...context };
  return {
    columns: DOCTRINE_RULES.map((rule) => rule.check(context)),
    nodes: DOCTRINE_RULES.map((rule) => rule.check(plain)),
  };
}

describe('doctrine columns', () => {
  it('let every rule report what it reports reading each node, on random maps', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const context = ruleContext(map);
        expect(wholeTables(context)).toBeDefined();
        const { columns, nodes } = bothWays(context);
        expect(columns).toEqual(nodes);
      }),
      { numRuns: 400 },
    );
  });

  it('hold what the nodes say: kind, being used, containing', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const context = ruleContext(map);
        const flags = wholeTables(context)!.columns.flags;
        context.ids.forEach((id, at) => {
          const node = context.nodes[at]!;
          const f = flags[at]!;
          expect((f & USER) !== 0).toBe(node.kind === 'user');
          expect((f & COMPONENT) !== 0).toBe(node.kind === 'component');
          expect((f & USED) !== 0).toBe(context.usedBy.has(id));
          expect((f & CONTAINS) !== 0).toBe(context.members.has(id));
          expect((f & IGNORE) !== 0).toBe(node.ignore !== undefined);
          expect((f & ANSWERS) !== 0).toBe(node[EVOLUTION_ANSWERS_FIELD] !== undefined);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('agree with reading each node on the example maps', () => {
    for (const document of EXAMPLE_DOCUMENTS) {
      const { columns, nodes } = bothWays(ruleContext(document.map));
      expect(columns).toEqual(nodes);
    }
  });
});
