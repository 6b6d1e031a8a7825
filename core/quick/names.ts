// Finding the node a typed name means: its id, its exact name, or its name in any letter case
// when only one node has it. Workshop typists write names, not ids.
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';

export type NameLookup = { found: string } | { missing: true } | { ambiguous: string[] };

export function nodeNamed(map: WardleyMap, name: string): NameLookup {
  const wanted = name.trim();
  if (Object.hasOwn(map.nodes, wanted)) return { found: wanted };
  const entries = nodeEntries(map);
  const exact = entries.filter(([, n]) => n.name === wanted);
  if (exact.length === 1 && exact[0]) return { found: exact[0][0] };
  if (exact.length > 1) return { ambiguous: exact.map(([id]) => id) };
  const folded = wanted.toLocaleLowerCase();
  const loose = entries.filter(([, n]) => n.name.toLocaleLowerCase() === folded);
  if (loose.length === 1 && loose[0]) return { found: loose[0][0] };
  if (loose.length > 1) return { ambiguous: loose.map(([id]) => id) };
  return { missing: true };
}

/** The names a typist can refer to, for completion: every node's name (ids only where names repeat). */
export function typeableNames(map: WardleyMap): string[] {
  const counts = new Map<string, number>();
  for (const [, n] of nodeEntries(map)) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
  return nodeEntries(map).map(([id, n]: [string, MapNode]) => ((counts.get(n.name) ?? 0) > 1 ? id : n.name));
}

/**
 * Where `text` splits into a leading node name and the rest, trying the longest run of words
 * that names a node first (`team Schedule management Programme` → "Schedule management").
 */
export function leadingName(map: WardleyMap, text: string): { name: string; rest: string } | undefined {
  const words = text.trim().split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (!('missing' in nodeNamed(map, name))) return { name, rest: words.slice(n).join(' ') };
  }
  return undefined;
}
