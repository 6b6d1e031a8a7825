import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument, checkMap } from '../../../core/doctrine/check.ts';
import { DOCTRINE_RULE_IDS } from '../../../core/doctrine/registry.ts';
import { parseMap } from '../../../core/format/parse.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { cleanChain, mapOf, type NodeSpec } from './map-of.ts';

const text = `version: 1
title: Conference
nodes:
  attendee:
    kind: user
    name: Attendee
    evolution: 0.5
    visibility: 0.95
    uses: [tickets]
  tickets:
    kind: need
    name: Tickets
    evolution: 0.6
    visibility: 0.8
    uses: [ticketing]
  ticketing:
    kind: component
    name: Ticketing
    evolution: 0.9
    visibility: 0.5
    sourcing: build
    inertia: true
  badge-printer:
    kind: component
    name: Badge printer
    evolution: 0.3
    visibility: 0.3
    ignore:
      chain/orphan: printed on site
      sourse/missing: typo
`;

function parsed(source: string) {
  const r = parseMap(source);
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.errors)}`);
  return r.document;
}

describe('checkDocument', () => {
  it('places each finding at its YAML value, ordered by line then rule', () => {
    const found = checkDocument(parsed(text)).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(found).toEqual([
      '21:15 warning source/build-commodity',
      '22:14 info inertia/without-move',
      '23:3 warning source/missing',
      '30:23 warning ignore/unknown',
    ]);
  });

  it('names the node of each finding', () => {
    expect(checkDocument(parsed(text))[0]).toMatchObject({ node: 'ticketing', rule: 'source/build-commodity' });
  });

  it('places a finding about the whole map at the first node', () => {
    const noUser = text.replace('kind: user', 'kind: need');
    expect(checkDocument(parsed(noUser)).find((d) => d.rule === 'chain/no-user')).toMatchObject({
      line: 4,
      severity: 'error',
    });
  });
});

describe('ignore', () => {
  it('warns about an ignore that names no rule', () => {
    const map = cleanChain({ booking: { ignore: { 'chain/orphen': 'typo' } } });
    expect(checkMap(map)).toEqual([expect.objectContaining({ rule: 'ignore/unknown', node: 'booking' })]);
  });

  it('silences only the rule it names, only on its node', () => {
    const map = cleanChain({
      booking: {
        sourcing: 'buy',
        evolution: 0.05,
        inertia: true,
        ignore: { 'source/buy-genesis': 'a partner builds it' },
      },
    });
    expect(checkMap(map).map((f) => f.rule)).toEqual(['inertia/without-move']);
  });
});

const specs = fc.dictionary(
  fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/),
  fc.record({
    kind: fc.constantFrom('user', 'need', 'component'),
    name: fc.constantFrom('A', 'a!', 'B', 'C d', 'cd', 'E'),
    evolution: fc.double({ min: 0, max: 1, noNaN: true }),
    visibility: fc.double({ min: 0, max: 1, noNaN: true }),
    sourcing: fc.option(fc.constantFrom('build', 'buy', 'outsource'), { nil: undefined }),
    evolve: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    inertia: fc.option(fc.boolean(), { nil: undefined }),
    links: fc.array(fc.nat(), { maxLength: 3 }),
  }),
  { maxKeys: 15 },
);

/** A random map whose `uses` point at existing nodes (what parseMap lets through). */
function randomMap(raw: Record<string, { links: number[] } & Record<string, unknown>>): WardleyMap {
  const ids = Object.keys(raw);
  const nodes: Record<string, NodeSpec> = {};
  for (const [id, { links, ...rest }] of Object.entries(raw)) {
    const uses = [...new Set(links.map((l) => ids[l % ids.length] as string))].filter((t) => t !== id);
    const spec = Object.fromEntries(Object.entries({ ...rest, uses }).filter(([, v]) => v !== undefined));
    nodes[id] = spec as NodeSpec;
  }
  return mapOf(nodes);
}

describe('checkMap on random maps', () => {
  it('reports only known rules, on existing nodes, the same way every time', () => {
    fc.assert(
      fc.property(specs, (raw) => {
        const map = randomMap(raw);
        const findings = checkMap(map);
        for (const f of findings) {
          expect(DOCTRINE_RULE_IDS.has(f.rule)).toBe(true);
          if (f.node !== undefined) expect(Object.hasOwn(map.nodes, f.node)).toBe(true);
        }
        expect(checkMap(map)).toEqual(findings);
      }),
      { numRuns: 150 },
    );
  });
});
