// Random maps and random edits: the diff of a map with itself is empty, and the diff after a set
// of edits names exactly the nodes each edit touched, in the section for that kind of edit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../core/diff/diff.ts';
import { isEmptyDiff, type MapDiff } from '../../../core/diff/model.ts';
import type { MapNode, Sourcing, WardleyMap } from '../../../core/model/types.ts';

const SOURCING_CYCLE: (Sourcing | undefined)[] = ['build', 'buy', 'outsource', undefined];
type Edit = 'none' | 'move' | 'resource' | 'rewire-add' | 'rewire-remove' | 'team' | 'remove';

const coordinate = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const nodeSeed = fc.record({
  evolution: coordinate,
  visibility: coordinate,
  sourcing: fc.constantFrom(...SOURCING_CYCLE),
  uses: fc.array(fc.nat(20), { maxLength: 3 }),
  edit: fc.constantFrom<Edit>('none', 'none', 'move', 'resource', 'rewire-add', 'rewire-remove', 'team', 'remove'),
  shift: fc.integer({ min: 100, max: 900 }),
  pick: fc.nat(20),
});

const scenario = fc
  .record({ seeds: fc.array(nodeSeed, { minLength: 1, maxLength: 10 }), additions: fc.nat(3) })
  .map(({ seeds, additions }) => {
    const ids = seeds.map((_, i) => `c${i}`);
    const nodes: Record<string, MapNode> = {};
    seeds.forEach((s, i) => {
      const node: MapNode = {
        kind: 'component',
        name: `Component ${i}`,
        evolution: s.evolution,
        visibility: s.visibility,
      };
      if (s.sourcing) node.sourcing = s.sourcing;
      // Uses point to earlier nodes only, so removing a node nobody uses touches nothing else.
      const uses = [...new Set(s.uses.filter((u) => u < i).map((u) => ids[u]!))];
      if (uses.length > 0) node.uses = uses;
      nodes[ids[i]!] = node;
    });
    const map: WardleyMap = { version: 1, title: 'Random', nodes };
    return { map, seeds, ids, additions };
  });

type Expected = Record<keyof Omit<MapDiff, 'renamed' | 'monolith'>, string[]>;

function applyEdits(s: {
  map: WardleyMap;
  seeds: { edit: Edit; shift: number; pick: number }[];
  ids: string[];
  additions: number;
}): { after: WardleyMap; expected: Expected } {
  const after = structuredClone(s.map);
  const nodes = after.nodes as Record<string, MapNode>;
  const expected: Expected = { added: [], removed: [], moved: [], resourced: [], rewired: [], fields: [] };
  const usedBy = (id: string) => Object.values(nodes).some((n) => n?.uses?.includes(id));
  const removed = s.ids.filter((id, i) => s.seeds[i]!.edit === 'remove' && !usedBy(id));
  s.ids.forEach((id, i) => {
    const seed = s.seeds[i]!;
    const node = nodes[id]!;
    if (removed.includes(id)) {
      delete nodes[id];
      expected.removed.push(id);
    } else if (seed.edit === 'move') {
      node.evolution = Math.round(((node.evolution + seed.shift / 1000) % 1) * 1000) / 1000;
      expected.moved.push(id);
    } else if (seed.edit === 'resource') {
      const next = SOURCING_CYCLE[(SOURCING_CYCLE.indexOf(node.sourcing) + 1) % SOURCING_CYCLE.length];
      if (next === undefined) delete node.sourcing;
      else node.sourcing = next;
      expected.resourced.push(id);
    } else if (seed.edit === 'rewire-add') {
      const targets = s.ids.filter((t) => t !== id && !removed.includes(t) && !node.uses?.includes(t));
      const target = targets[seed.pick % Math.max(1, targets.length)];
      if (target !== undefined) {
        node.uses = [...(node.uses ?? []), target];
        expected.rewired.push(id);
      }
    } else if (seed.edit === 'rewire-remove' && node.uses && node.uses.length > 0) {
      node.uses = node.uses.slice(1);
      if (node.uses.length === 0) delete node.uses;
      expected.rewired.push(id);
    } else if (seed.edit === 'team') {
      node.team = `Team ${seed.pick}`;
      expected.fields.push(id);
    }
  });
  for (let k = 0; k < s.additions; k++) {
    nodes[`added-${k}`] = { kind: 'component', name: `Added ${k}`, evolution: 0.5, visibility: 0.5 };
    expected.added.push(`added-${k}`);
  }
  return { after, expected };
}

const idsOf = (list: { id?: string }[]) => list.map((x) => x.id ?? 'map').sort();

describe('diffMaps properties', () => {
  it('diff(a, a) is empty', () => {
    fc.assert(
      fc.property(scenario, ({ map }) => {
        expect(isEmptyDiff(diffMaps(map, structuredClone(map)))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('random edits give a diff that names exactly those edits', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { after, expected } = applyEdits(s);
        const d = diffMaps(s.map, after);
        expect(d.renamed).toEqual([]);
        expect(d.monolith).toEqual([]);
        for (const key of Object.keys(expected) as (keyof Expected)[])
          expect(idsOf(d[key]), key).toEqual([...expected[key]].sort());
      }),
      { numRuns: 200 },
    );
  });
});
