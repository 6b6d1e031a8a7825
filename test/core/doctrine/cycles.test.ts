import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMap } from '../../../core/doctrine/check.ts';
import { dependencyCycles, stronglyConnected } from '../../../core/doctrine/cycles.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { cleanChain, findingOf, mapOf, rulesFired, type NodeSpec } from './map-of.ts';

/** visitor → need → c0 → c1 → … → c(n-1), optionally closing c(n-1) → c0. */
function longChain(n: number, closed: boolean): WardleyMap {
  const nodes: Record<string, NodeSpec> = {
    visitor: { kind: 'user', visibility: 1, uses: ['need'] },
    need: { kind: 'need', visibility: 0.99, uses: ['c0'] },
  };
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? [`c${i + 1}`] : closed ? ['c0'] : [];
    nodes[`c${i}`] = { kind: 'component', sourcing: 'build', evolution: 0.3, visibility: 0.5, uses: next };
  }
  return mapOf(nodes);
}

describe('chain/cycle', () => {
  it('fires on a cycle, naming it, at the edge that starts it', () => {
    const map = cleanChain({ compute: { uses: ['booking'], visibility: 0.6 } });
    const f = findingOf(map, 'chain/cycle');
    expect(f).toMatchObject({ severity: 'warning', node: 'booking', path: ['nodes', 'booking', 'uses', 0] });
    expect(f?.message).toContain('booking → compute → booking');
  });

  it('is an error under strict', () => {
    const map = cleanChain({ compute: { uses: ['booking'], visibility: 0.6 } });
    expect(checkMap(map, { strict: true }).find((f) => f.rule === 'chain/cycle')?.severity).toBe('error');
  });

  it('does not fire on a chain without cycles', () => {
    expect(rulesFired(cleanChain())).not.toContain('chain/cycle');
  });

  it('is silenced by an ignore on any member of the cycle', () => {
    const map = cleanChain({
      compute: { uses: ['booking'], visibility: 0.6, ignore: { 'chain/cycle': 'callback by design' } },
    });
    expect(rulesFired(map)).not.toContain('chain/cycle');
  });

  it('handles a 20,000-node chain without overflowing, and finds the cycle that closes it', () => {
    expect(rulesFired(longChain(20_000, false))).toEqual([]);
    const closed = checkMap(longChain(20_000, true)).filter((f) => f.rule === 'chain/cycle');
    expect(closed).toHaveLength(1);
    expect(closed[0]?.message).toContain('20000 nodes depend on each other');
    expect(closed[0]?.message.length).toBeLessThan(200);
  });

  it('reports one finding per group of mutually dependent nodes', () => {
    const map = mapOf({
      a: { kind: 'component', uses: ['b'] },
      b: { kind: 'component', uses: ['a', 'c'] },
      c: { kind: 'component', uses: ['d'] },
      d: { kind: 'component', uses: ['c'] },
    });
    expect(dependencyCycles(map)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('stronglyConnected', () => {
  it('agrees with mutual reachability on random graphs', () => {
    const graph = fc
      .integer({ min: 1, max: 12 })
      .chain((n) =>
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
      );
    fc.assert(
      fc.property(graph, (edges) => {
        const reach = edges.map((_, s) => reachable(edges, s));
        const groupOf = new Map<number, number>();
        stronglyConnected(edges).forEach((g, gi) => g.forEach((v) => groupOf.set(v, gi)));
        expect(groupOf.size).toBe(edges.length);
        for (let a = 0; a < edges.length; a++) {
          for (let b = 0; b < edges.length; b++) {
            const mutual = a === b || (reach[a]?.has(b) === true && reach[b]?.has(a) === true);
            expect(groupOf.get(a) === groupOf.get(b)).toBe(mutual);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

function reachable(edges: number[][], start: number): Set<number> {
  const seen = new Set<number>();
  const todo = [...(edges[start] ?? [])];
  while (todo.length > 0) {
    const v = todo.pop() as number;
    if (seen.has(v)) continue;
    seen.add(v);
    todo.push(...(edges[v] ?? []));
  }
  return seen;
}
