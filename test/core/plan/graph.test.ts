import { describe, expect, it } from 'vitest';
import { condensation, stronglyConnected } from '../../../core/plan/graph.ts';

function edges(pairs: Record<string, string[]>): Map<string, string[]> {
  return new Map(Object.entries(pairs));
}

describe('stronglyConnected', () => {
  it('finds cycles, self-contained chains and isolated nodes, in id order', () => {
    const g = edges({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [], e: ['e'], f: ['d'] });
    expect(stronglyConnected(['f', 'e', 'd', 'c', 'b', 'a'], g)).toEqual([['a', 'b', 'c'], ['d'], ['e'], ['f']]);
  });

  it('handles a chain of 20 000 nodes without recursion', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `n${i}`);
    const g = new Map(ids.map((id, i) => [id, i + 1 < ids.length ? [ids[i + 1]!] : [ids[0]!]]));
    expect(stronglyConnected(ids, g)).toHaveLength(1);
  });

  it('condenses into a DAG with edges both ways recorded', () => {
    const g = edges({ a: ['b'], b: ['a', 'c'], c: [] });
    const units = condensation(stronglyConnected(['a', 'b', 'c'], g), g);
    expect(units.map((u) => [u.id, [...u.uses], [...u.usedBy]])).toEqual([
      ['a', ['c'], []],
      ['c', [], ['a']],
    ]);
  });
});
