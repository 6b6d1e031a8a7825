// fast-check generators of maps with a monolith and candidates inside it, with or without cycles.
import fc from 'fast-check';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

export interface MapShape {
  acyclic: boolean;
  pins?: boolean;
  maxCandidates?: number;
}

const candidate = fc.record({
  sourcing: fc.constantFrom('build', 'buy', 'outsource', 'build', undefined),
  evolution: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  visibility: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  inertia: fc.boolean(),
  data: fc.boolean(),
  path: fc.boolean(),
  exclude: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  pin: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 3 }),
  team: fc.option(fc.constantFrom('Alpha', 'Beta', 'Gamma')),
  callsMonolith: fc.boolean(),
});

/** Candidate ids chosen so file order and id order differ. */
function idOf(i: number): string {
  return `${String.fromCharCode(122 - (i % 26))}${i}`;
}

export function arbitraryMap(shape: MapShape): fc.Arbitrary<WardleyMap> {
  const max = shape.maxCandidates ?? 12;
  return fc
    .integer({ min: 1, max })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(candidate, { minLength: n, maxLength: n }),
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }),
      ),
    )
    .map(([n, specs, pairs]) => {
      const nodes: Record<string, MapNode> = {
        user: { kind: 'user', name: 'User', evolution: 0.5, visibility: 1, uses: [idOf(0)] },
        mono: { kind: 'component', name: 'Monolith', evolution: 0.3, visibility: 0.5, sourcing: 'build', uses: [] },
      };
      const uses: string[][] = Array.from({ length: n }, () => []);
      for (const [a, b] of pairs) {
        if (a === b) continue;
        const [from, to] = shape.acyclic ? [Math.max(a, b), Math.min(a, b)] : [a, b];
        if (!uses[from]!.includes(idOf(to))) uses[from]!.push(idOf(to));
      }
      specs.forEach((s, i) => {
        const node: MapNode = {
          kind: 'component',
          name: `Part ${i}`,
          evolution: s.evolution,
          visibility: s.visibility,
          inside: 'mono',
        };
        if (s.sourcing !== undefined) node.sourcing = s.sourcing;
        const own = [...uses[i]!, ...(s.callsMonolith && i % 4 === 3 ? ['mono'] : [])];
        if (own.length > 0) node.uses = own;
        if (s.inertia) node.inertia = true;
        if (s.team !== null) node.team = s.team;
        const plan: NonNullable<MapNode['plan']> = {};
        if (s.data) plan.data = true;
        if (s.path) plan.paths = [`/p${i}`];
        if (s.exclude) plan.exclude = true;
        if (shape.pins === true && s.pin !== null) plan.phase = s.pin;
        if (Object.keys(plan).length > 0) node.plan = plan;
        nodes[idOf(i)] = node;
        if (i % 3 === 0) nodes.mono!.uses!.push(idOf(i));
      });
      return { version: 1, title: 'Random monolith', nodes } as WardleyMap;
    });
}

/** The same map with its nodes in another order (a property: order in the file must not matter). */
export function reordered(map: WardleyMap): WardleyMap {
  const nodes: WardleyMap['nodes'] = {};
  for (const id of Object.keys(map.nodes).reverse()) nodes[id] = map.nodes[id]!;
  return { ...map, nodes };
}

/** Mutual reachability by brute force, to check the SCCs the planner found. */
export function sameCycle(map: WardleyMap, ids: readonly string[]): (a: string, b: string) => boolean {
  const set = new Set(ids);
  const reach = new Map<string, Set<string>>();
  for (const start of ids) {
    const seen = new Set<string>();
    const todo = [start];
    while (todo.length > 0) {
      const id = todo.pop()!;
      for (const next of map.nodes[id]?.uses ?? []) {
        if (set.has(next) && !seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
      }
    }
    reach.set(start, seen);
  }
  return (a, b) => a === b || (reach.get(a)!.has(b) && reach.get(b)!.has(a));
}
