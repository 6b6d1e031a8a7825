// Builds the lookups the rules share, in one pass over the map: linear in nodes plus edges.
import { nodeEntries, type MapNode, type WardleyMap } from '../model/types.ts';
import type { RuleContext } from './finding.ts';
import { stageBoundaries } from './stages.ts';

export function ruleContext(map: WardleyMap): RuleContext {
  const entries = nodeEntries(map);
  const index = new Map<string, MapNode>(entries);
  const positions = new Map<string, number>();
  const usedBy = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  for (const [id, node] of entries) {
    positions.set(id, positions.size);
    for (const target of node.uses ?? []) appendTo(usedBy, target, id);
    if (node.inside !== undefined) appendTo(members, node.inside, id);
  }
  return { map, entries, index, positions, boundaries: stageBoundaries(map), usedBy, members };
}

function appendTo(lists: Map<string, string[]>, key: string, value: string): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
