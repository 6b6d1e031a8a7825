// Export → import gives the same map for random maps within what OWM can express. Documented
// differences: ids are derived again from names (so maps are compared by name), coordinates are
// kept to 3 decimals, and `inertia: false` is the same as no inertia.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportOwm } from '../../../../core/export/owm/export.ts';
import { importOwm } from '../../../../core/export/owm/import.ts';
import type { Annotation, MapNode, WardleyMap } from '../../../../core/model/types.ts';

const coordinate = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const word = fc.stringMatching(/^[A-Za-z0-9\-+>;/"\\'<{}.,:!?é]{1,8}$/);
const keywordish = fc.constantFrom('build', 'buy', 'note', 'title', 'url', 'evolve', 'pipeline', 'anchor', 'style');
const name = fc
  .array(fc.oneof(word, keywordish), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.join(' '))
  .filter((n) => !/[()[\]]|inertia/.test(n));

const nodeShape = fc.record({
  kind: fc.constantFrom<'user' | 'component'>('user', 'component', 'component'),
  evolution: coordinate,
  visibility: coordinate,
  sourcing: fc.option(fc.constantFrom<'build' | 'buy' | 'outsource'>('build', 'buy', 'outsource'), { nil: undefined }),
  evolve: fc.option(coordinate, { nil: undefined }),
  inertia: fc.option(fc.constant(true as const), { nil: undefined }),
});

const randomMap = fc
  .record({
    title: name.filter((t) => !/\/\/|\/\*/.test(t)),
    names: fc.uniqueArray(name, { minLength: 0, maxLength: 8 }),
    shapes: fc.array(nodeShape, { minLength: 8, maxLength: 8 }),
    links: fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 12 }),
    notes: fc.array(fc.record({ text: fc.string({ maxLength: 20 }), visibility: coordinate, evolution: coordinate }), {
      maxLength: 3,
    }),
    labels: fc.option(fc.constantFrom<'practices' | 'data' | 'knowledge'>('practices', 'data', 'knowledge'), {
      nil: undefined,
    }),
  })
  .map(({ title, names, shapes, links, notes, labels }) => {
    const ids = names.map((_, i) => `n${i}`);
    const nodes: Record<string, MapNode> = {};
    names.forEach((n, i) => {
      const s = shapes[i]!;
      const node: MapNode = { kind: s.kind, name: n, evolution: s.evolution, visibility: s.visibility };
      if (s.kind === 'component') {
        if (s.sourcing) node.sourcing = s.sourcing;
        if (s.evolve !== undefined) node.evolve = s.evolve;
        if (s.inertia) node.inertia = true;
      }
      nodes[ids[i]!] = node;
    });
    for (const [a, b] of links) {
      const from = nodes[ids[a] ?? ''];
      const to = ids[b];
      if (!from || to === undefined || a === b || from.uses?.includes(to)) continue;
      from.uses = [...(from.uses ?? []), to];
    }
    const map: WardleyMap = { version: 1, title, nodes };
    if (notes.length > 0) map.annotations = notes.map((n): Annotation => ({ kind: 'note', ...n }));
    if (labels) map.stages = { labels };
    return map;
  });

/** The map with nodes keyed by name and `uses` as names, so re-derived ids do not matter. */
function byName(map: WardleyMap): unknown {
  const nameOf = (id: string) => map.nodes[id]?.name ?? `?${id}`;
  const nodes = Object.values(map.nodes).map((n) => ({ ...n, uses: (n?.uses ?? []).map(nameOf) }));
  return { ...map, nodes };
}

describe('OWM round trip', () => {
  it('export → import gives the same map', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const { text, warnings } = exportOwm(map);
        expect(warnings).toEqual([]);
        const back = importOwm(text);
        if (!back.ok) throw new Error(`${JSON.stringify(back.errors)}\n${text}`);
        expect(byName(back.map)).toEqual(byName(map));
      }),
      { numRuns: 150 },
    );
  });
});
