// nodeIndex (core/model/types.ts) keeps the lookup it built for a nodes record: it must still
// answer for the record as it is now, whatever a caller changed in place.
import { describe, expect, it } from 'vitest';
import { nodeIndex, type MapNode, type WardleyMap } from '../../../core/model/types.ts';

const node = (name: string): MapNode => ({ kind: 'component', name, evolution: 0.5, visibility: 0.5 });

function mapOf(nodes: Record<string, MapNode>): WardleyMap {
  return { version: 1, title: 'T', nodes };
}

const entries = (map: WardleyMap) => [...nodeIndex(map)].map(([id, n]) => [id, n.name]);

describe('the node lookup of a map', () => {
  it('follows a nodes record changed in place: a node replaced, added, removed or reordered', () => {
    const map = mapOf({ a: node('A'), b: node('B') });
    expect(entries(map)).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    map.nodes['b'] = node('B2');
    expect(nodeIndex(map).get('b')?.name).toBe('B2');
    map.nodes['c'] = node('C');
    expect(entries(map)).toEqual([
      ['a', 'A'],
      ['b', 'B2'],
      ['c', 'C'],
    ]);
    delete map.nodes['a'];
    expect(entries(map)).toEqual([
      ['b', 'B2'],
      ['c', 'C'],
    ]);
    const c = map.nodes['c'] as MapNode;
    delete map.nodes['c'];
    map.nodes['a'] = node('A3');
    map.nodes['c'] = c;
    expect(entries(map)).toEqual([
      ['b', 'B2'],
      ['a', 'A3'],
      ['c', 'C'],
    ]);
    delete map.nodes['c'];
    expect(entries(map)).toEqual([
      ['b', 'B2'],
      ['a', 'A3'],
    ]);
  });

  it('is the same lookup for the same unchanged record, and never finds prototype members', () => {
    const map = mapOf({ a: node('A') });
    expect(nodeIndex({ ...map })).toBe(nodeIndex(map));
    expect(nodeIndex(map).get('constructor')).toBeUndefined();
  });
});
