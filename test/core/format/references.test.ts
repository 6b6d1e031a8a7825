// The reference checks of a load (core/format/references.ts) pass over nodes whose references hold
// without making anything; they must find exactly what checking every node one by one finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeReferenceFindings, referenceFindings } from '../../../core/format/references.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

const IDS = ['a', 'b', 'c', 'd', 'e'];

const node = fc.record(
  {
    kind: fc.constantFrom<MapNode['kind']>('user', 'need', 'component'),
    uses: fc.array(fc.constantFrom(...IDS, 'gone'), { maxLength: 3 }),
    inside: fc.constantFrom(...IDS, 'gone'),
  },
  { requiredKeys: ['kind'] },
);

describe('reference findings of a map', () => {
  it('are those of each node in turn, in file order (fast-check)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...IDS), node, { maxKeys: 5 }), (drawn) => {
        const nodes: Record<string, MapNode> = {};
        for (const [id, n] of Object.entries(drawn))
          nodes[id] = { name: id, evolution: 0.5, visibility: 0.5, ...n } as MapNode;
        const map = { version: 1, title: 'T', nodes } as WardleyMap;
        const lookup = (ref: string) => (Object.hasOwn(nodes, ref) ? nodes[ref] : undefined);
        const oneByOne = Object.entries(nodes).flatMap(([id, n]) => nodeReferenceFindings(id, n, lookup));
        expect(referenceFindings(map)).toEqual(oneByOne);
      }),
      { numRuns: 500 },
    );
  });
});
