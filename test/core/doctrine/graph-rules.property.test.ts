// The rules that walk the graph (chain/unreachable, chain/upward, chain/cycle) read a whole
// check's edges by position (core/doctrine/edges.ts); on random maps with dangling uses, self
// uses and monoliths they report what their plain definitions over ids say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachableFromUsers, unreachableComponent, upwardEdge, UPWARD_MARGIN } from '../../../core/doctrine/chain.ts';
import { ruleContext } from '../../../core/doctrine/context.ts';
import { dependencyCycle, knownCycles } from '../../../core/doctrine/cycles.ts';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

const randomMap = fc
  .array(
    fc.record({
      kind: fc.constantFrom('user' as const, 'need' as const, 'component' as const, 'component' as const),
      visibility: fc.constantFrom(0.1, 0.3, 0.4, 0.5, 0.9),
      uses: fc.uniqueArray(fc.constantFrom(...IDS, 'gone'), { maxLength: 3 }),
      inside: fc.option(fc.constantFrom(...IDS, 'gone'), { freq: 3 }),
    }),
    { minLength: 1, maxLength: IDS.length },
  )
  .map((specs): WardleyMap => {
    const nodes: Record<string, MapNode> = {};
    specs.forEach((spec, i) => {
      const node: MapNode = { kind: spec.kind, name: IDS[i]!, evolution: 0.5, visibility: spec.visibility };
      if (spec.uses.length > 0) node.uses = spec.uses;
      if (spec.inside !== null) node.inside = spec.inside;
      nodes[IDS[i]!] = node;
    });
    return { version: 1, title: 'Graph', nodes };
  });

const idsOf = (map: WardleyMap) => Object.keys(map.nodes);
const has = (map: WardleyMap, id: string) => Object.hasOwn(map.nodes, id);
const next = (map: WardleyMap, id: string) => {
  const node = map.nodes[id]!;
  return [...(node.uses ?? []), ...(node.inside === undefined ? [] : [node.inside])].filter((t) => has(map, t));
};

/** Breadth-first from the users (file order), each node's uses then its monolith. */
function plainReached(map: WardleyMap): string[] {
  const queue = idsOf(map).filter((id) => map.nodes[id]!.kind === 'user');
  for (let head = 0; head < queue.length; head++)
    for (const t of next(map, queue[head]!)) if (!queue.includes(t)) queue.push(t);
  return queue;
}

function plainUnreachable(map: WardleyMap): string[] {
  const reached = plainReached(map);
  if (reached.length === 0) return [];
  const used = (id: string) => idsOf(map).some((u) => map.nodes[u]!.uses?.includes(id) || map.nodes[u]!.inside === id);
  return idsOf(map).filter((id) => map.nodes[id]!.kind === 'component' && !reached.includes(id) && used(id));
}

function plainUpward(map: WardleyMap): [string, number][] {
  return idsOf(map).flatMap((id) =>
    (map.nodes[id]!.uses ?? []).flatMap((t, i): [string, number][] =>
      has(map, t) && map.nodes[t]!.visibility - map.nodes[id]!.visibility > UPWARD_MARGIN + 1e-9 ? [[id, i]] : [],
    ),
  );
}

/** Nodes that reach each other along uses (two or more, or one using itself), in file order. */
function plainCycles(map: WardleyMap): string[][] {
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const todo = (map.nodes[from]!.uses ?? []).filter((t) => has(map, t));
    while (todo.length > 0) {
      const id = todo.pop()!;
      if (id === to) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(map.nodes[id]!.uses ?? []).filter((t) => has(map, t)));
    }
    return false;
  };
  const groups: string[][] = [];
  for (const id of idsOf(map)) {
    if (groups.some((g) => g.includes(id))) continue;
    const group = idsOf(map).filter((o) => o === id || (reaches(id, o) && reaches(o, id)));
    if (group.length > 1 || reaches(id, id)) groups.push(group);
  }
  return groups;
}

describe('graph rules of a whole check', () => {
  it('reach, report unreachable components and upward edges as their plain definitions do', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const context = ruleContext(map);
        expect([...reachableFromUsers(context).keys()]).toEqual(plainReached(map));
        expect(unreachableComponent.check(context).map((f) => f.node)).toEqual(plainUnreachable(map));
        expect(upwardEdge.check(context).map((f) => [f.node, f.path[3]])).toEqual(plainUpward(map));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the cycles, and ranks every edge between two of them from lower to higher', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const context = ruleContext(map);
        dependencyCycle.check(context);
        const known = knownCycles(context)!;
        expect(known.groups).toEqual(plainCycles(map));
        const ranks = known.ranks!;
        const rank = (id: string) => ranks[idsOf(map).indexOf(id)]!;
        for (const id of idsOf(map)) {
          for (const t of (map.nodes[id]!.uses ?? []).filter((u) => has(map, u))) {
            const together = known.groups.some((g) => g?.includes(id) && g.includes(t));
            if (together) expect(rank(t)).toBe(rank(id));
            else if (t !== id) expect(rank(t)).toBeGreaterThan(rank(id));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
