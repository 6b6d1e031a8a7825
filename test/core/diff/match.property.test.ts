// matchNodes pairs old and new nodes without a table of every node (only the removed and added
// nodes get neighbour tables): on random maps with renamed ids (same name, new name, links
// rewritten or not), removals, additions, self-links and dangling uses, it gives exactly what the
// plain definition below gives, the one the matching was first written as.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../core/diff/diff.ts';
import { matchNodes } from '../../../core/diff/match.ts';
import type { Renamed } from '../../../core/diff/model.ts';
import type { MapNode, NodeKind, WardleyMap } from '../../../core/model/types.ts';

// ---- The plain definition: every node indexed, a neighbour table of every node. ----
function entries(map: WardleyMap): [string, MapNode][] {
  return Object.keys(map.nodes).flatMap((id) => {
    const node = map.nodes[id];
    return node ? [[id, node] as [string, MapNode]] : [];
  });
}

function plainMatch(before: WardleyMap, after: WardleyMap) {
  const afterIndex = new Map(entries(after));
  const beforeIndex = new Map(entries(before));
  const oldToNew = new Map<string, string>();
  for (const [id] of entries(before)) if (afterIndex.has(id)) oldToNew.set(id, id);
  let removed = entries(before).filter(([id]) => !afterIndex.has(id));
  let added = entries(after).filter(([id]) => !beforeIndex.has(id));
  const renamed: Renamed[] = [];
  const links = { before: plainTable(before), after: plainTable(after) };
  const pair = (oldId: string, newId: string, by: Renamed['by']) => {
    oldToNew.set(oldId, newId);
    renamed.push({ from: oldId, to: newId, name: afterIndex.get(newId)?.name ?? newId, by });
    removed = removed.filter(([id]) => id !== oldId);
    added = added.filter(([id]) => id !== newId);
  };
  for (const [oldId, oldNode] of [...removed]) {
    const same = added.filter(([, n]) => n.kind === oldNode.kind && norm(n.name) === norm(oldNode.name));
    if (same.length === 1) pair(oldId, same[0]![0], 'name');
  }
  for (let progress = true; progress;) {
    progress = false;
    for (const [oldId, oldNode] of [...removed]) {
      const candidate = plainBest(oldId, oldNode, added, links, oldToNew);
      if (candidate !== undefined) {
        pair(oldId, candidate, 'links');
        progress = true;
      }
    }
  }
  return { pairs: [...oldToNew], renamed, removed: removed.map(([id]) => id), added: added.map(([id]) => id) };
}

const norm = (name: string) => name.trim().toLowerCase();

function plainBest(
  oldId: string,
  oldNode: MapNode,
  added: [string, MapNode][],
  links: { before: Map<string, Set<string>>; after: Map<string, Set<string>> },
  oldToNew: Map<string, string>,
): string | undefined {
  const translated = [...(links.before.get(oldId) ?? [])].map((id) => oldToNew.get(id));
  const oldNeighbours = new Set(translated.filter((id): id is string => id !== undefined));
  if (oldNeighbours.size === 0) return undefined;
  const words = (n: MapNode) =>
    new Set(
      norm(n.name)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 3),
    );
  let best: { id: string; common: number } | undefined;
  let tied = false;
  for (const [newId, newNode] of added) {
    if (newNode.kind !== oldNode.kind) continue;
    const newNeighbours = links.after.get(newId) ?? new Set<string>();
    const common = [...newNeighbours].filter((id) => oldNeighbours.has(id)).length;
    if (common === 0 || common < Math.max(oldNeighbours.size, newNeighbours.size) / 2) continue;
    const near =
      Math.abs(oldNode.evolution - newNode.evolution) <= 0.1 &&
      Math.abs(oldNode.visibility - newNode.visibility) <= 0.1;
    const similar = [...words(oldNode)].some((w) => words(newNode).has(w));
    if (common < 2 && !near && !similar) continue;
    if (best && common === best.common) tied = true;
    else if (!best || common > best.common) {
      best = { id: newId, common };
      tied = false;
    }
  }
  return tied ? undefined : best?.id;
}

function plainTable(map: WardleyMap): Map<string, Set<string>> {
  const table = new Map<string, Set<string>>();
  const at = (id: string) => table.get(id) ?? table.set(id, new Set()).get(id)!;
  for (const [id, node] of entries(map)) {
    for (const used of node.uses ?? []) {
      if (used === id) continue;
      at(id).add(used);
      at(used).add(id);
    }
  }
  return table;
}

// ---- Random versions: a map, then renames, removals, additions and re-links. ----
const NAMES = ['Billing', 'Billing service', 'Search', 'Auth', 'auth ', 'Storage', 'Queue'];
const KINDS: NodeKind[] = ['component', 'component', 'need'];

const nodeSeed = fc.record({
  name: fc.nat(NAMES.length - 1),
  kind: fc.nat(KINDS.length - 1),
  evolution: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
  visibility: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
  uses: fc.array(fc.nat(14), { maxLength: 4 }),
  fate: fc.constantFrom('keep', 'keep', 'rename', 'rename-relabel', 'remove'),
  relink: fc.boolean(),
});

const versions = fc
  .record({ seeds: fc.array(nodeSeed, { minLength: 1, maxLength: 12 }), extra: fc.array(nodeSeed, { maxLength: 4 }) })
  .map(({ seeds, extra }) => {
    const id = (i: number) => `n${i}`;
    const node = (s: (typeof seeds)[number], uses: string[]): MapNode => ({
      kind: KINDS[s.kind]!,
      name: NAMES[s.name]!,
      evolution: s.evolution,
      visibility: s.visibility,
      ...(uses.length > 0 ? { uses } : {}),
    });
    // Uses may name the node itself, or a node that is not there (n12 and up; x0 and x1, which
    // only the new version has).
    const before: WardleyMap = { version: 1, title: 'Before', nodes: {} };
    const oldUse = (u: number) => (u >= 13 ? `x${u - 13}` : id(u));
    seeds.forEach((s, i) => (before.nodes[id(i)] = node(s, [...new Set(s.uses.map(oldUse))])));
    const newId = (i: number) => (seeds[i]?.fate.startsWith('rename') ? `r${i}` : id(i));
    const after: WardleyMap = { version: 1, title: 'After', nodes: {} };
    seeds.forEach((s, i) => {
      if (s.fate === 'remove') return;
      const uses = [...new Set(s.uses.map((u) => (s.relink ? newId(u) : id(u))))];
      const next = node(s, uses);
      if (s.fate === 'rename-relabel') next.name = `${next.name} v2`;
      after.nodes[newId(i)] = next;
    });
    extra.forEach((s, i) => (after.nodes[`x${i}`] = node(s, [...new Set(s.uses.map(newId))])));
    return { before, after };
  });

describe('matchNodes', () => {
  it('pairs, renames, removes and adds exactly as the plain definition', () => {
    fc.assert(
      fc.property(versions, ({ before, after }) => {
        const match = matchNodes(before, after);
        const plain = plainMatch(before, after);
        const pairs = match.pairs.map((p) => [p.from, p.to]);
        expect({ pairs, renamed: match.renamed, removed: match.removed, added: match.added }).toEqual(plain);
        for (const [oldId, newId] of plain.pairs) expect(match.newIdOf(oldId)).toBe(newId);
        for (const p of match.pairs) expect([p.was, p.now]).toEqual([before.nodes[p.from], after.nodes[p.to]]);
      }),
      { numRuns: 400 },
    );
  });

  it('finds renames in these versions (the generator reaches both kinds)', () => {
    const found = new Set<string>();
    fc.assert(
      fc.property(versions, ({ before, after }) => {
        for (const r of diffMaps(before, after).renamed) found.add(r.by);
      }),
      { numRuns: 400, seed: 14 },
    );
    expect([...found].sort()).toEqual(['links', 'name']);
  });
});
