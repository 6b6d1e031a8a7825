// The example maps in maps/ are what a newcomer opens first (the eHealth map is the app's
// default): each must load cleanly, be a realistic size, carry what the exporters and the
// planner need, and read as a sound Wardley map.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { nodeEntries, nodeIndex, type MapNode, type WardleyMap } from '../../core/model/types.ts';

const mapsDir = fileURLToPath(new URL('../../maps/', import.meta.url));
const files = readdirSync(mapsDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

// Default stage boundaries (DOCTRINE.md); none of the examples overrides them.
const PRODUCT = 0.4;
const COMMODITY = 0.7;
const GENESIS_END = 0.175;

function load(file: string): { text: string; map: WardleyMap } {
  const text = readFileSync(mapsDir + file, 'utf8');
  const parsed = parseMap(text);
  if (!parsed.ok)
    throw new Error(`${file}: ${parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  return { text, map: parsed.map };
}

/** Loads inside each test, so a broken map fails its tests instead of the whole file. */
function loaded(file: string): () => { text: string; map: WardleyMap } {
  let cached: { text: string; map: WardleyMap } | undefined;
  return () => (cached ??= load(file));
}

function components(map: WardleyMap): [string, MapNode][] {
  return nodeEntries(map).filter(([, n]) => n.kind === 'component');
}

/** Ids reachable from the users by following `uses`. */
function reachableFromUsers(map: WardleyMap): Set<string> {
  const index = nodeIndex(map);
  const seen = new Set<string>();
  const stack = nodeEntries(map)
    .filter(([, n]) => n.kind === 'user')
    .map(([id]) => id);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(index.get(id)?.uses ?? []));
  }
  return seen;
}

/** Nodes on a `uses` cycle: a node whose own dependencies lead back to it. */
function nodesOnCycles(map: WardleyMap): string[] {
  const index = nodeIndex(map);
  const leadsBack = (start: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(index.get(start)?.uses ?? [])];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (id === start) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(index.get(id)?.uses ?? []));
    }
    return false;
  };
  return nodeEntries(map)
    .map(([id]) => id)
    .filter(leadsBack)
    .sort();
}

function silenced(node: MapNode, rule: string): boolean {
  return node.ignore !== undefined && Object.hasOwn(node.ignore, rule);
}

it('finds the three example maps', () => {
  expect(files).toEqual(['conference.yaml', 'ehealth-platform.yaml', 'hie-monolith.yaml']);
});

describe.each(files)('%s', (file) => {
  const example = loaded(file);

  it('parses with no errors', () => {
    const parsed = parseMap(readFileSync(mapsDir + file, 'utf8'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('starts with the schema line editors use for completion', () => {
    expect(example().text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/map.schema.json');
  });

  it('has 20 to 40 nodes with users, needs and components', () => {
    const { map } = example();
    const nodes = nodeEntries(map);
    expect(nodes.length).toBeGreaterThanOrEqual(20);
    expect(nodes.length).toBeLessThanOrEqual(40);
    for (const kind of ['user', 'need', 'component'] as const) {
      expect(nodes.some(([, n]) => n.kind === kind)).toBe(true);
    }
  });

  it('gives every component a sourcing decision and the deploy hints that sourcing needs', () => {
    const { map } = example();
    for (const [id, node] of components(map)) {
      const deploy = node.deploy;
      const where = `${file}: ${id}`;
      expect(node.sourcing, where).toBeDefined();
      // The platform the workloads run on is not deployed: it needs no hints, and gives none.
      if (node.platform === true) {
        expect(deploy, where).toBeUndefined();
        continue;
      }
      expect(deploy, where).toBeDefined();
      if (node.sourcing !== 'outsource') expect(deploy?.port, `${where}: deploy.port`).toBeDefined();
      if (node.sourcing === 'build') {
        expect([deploy?.port, deploy?.health, deploy?.replicas, deploy?.resources?.memory], where).not.toContain(
          undefined,
        );
      }
      if (node.sourcing === 'buy') expect(deploy?.chart, where).toBeDefined();
      if (node.sourcing === 'outsource') expect(deploy?.service?.kind, where).toBeDefined();
    }
  });

  it('lets every user reach every need and component, and every need use something', () => {
    const { map } = example();
    const reached = reachableFromUsers(map);
    for (const [id, node] of nodeEntries(map)) {
      expect(reached.has(id), `${file}: ${id} is unreachable`).toBe(true);
      if (node.kind !== 'component') expect(node.uses?.length ?? 0, `${file}: ${id}`).toBeGreaterThan(0);
    }
  });

  it('draws every dependency at or below the node that uses it', () => {
    const { map } = example();
    const index = nodeIndex(map);
    for (const [id, node] of nodeEntries(map)) {
      for (const target of node.uses ?? []) {
        expect(index.get(target)?.visibility, `${file}: ${id} -> ${target}`).toBeLessThanOrEqual(node.visibility);
      }
    }
  });

  it('plans movements forward and ties inertia to a movement unless explained', () => {
    const { map } = example();
    for (const [id, node] of nodeEntries(map)) {
      if (node.evolve !== undefined) expect(node.evolve, `${file}: ${id}`).toBeGreaterThan(node.evolution);
      if (node.inertia && node.evolve === undefined)
        expect(silenced(node, 'inertia/without-move'), `${file}: ${id}`).toBe(true);
    }
  });

  it('sources by stage: no build on commodity, no buying or outsourcing in genesis, unless explained', () => {
    const { map } = example();
    for (const [id, node] of components(map)) {
      if (node.sourcing === 'build' && node.evolution >= COMMODITY) {
        expect(silenced(node, 'source/build-commodity'), `${file}: ${id}`).toBe(true);
      }
      if (node.sourcing !== 'build') expect(node.evolution, `${file}: ${id}`).toBeGreaterThanOrEqual(GENESIS_END);
      if (node.sourcing === 'outsource') expect(node.evolution, `${file}: ${id}`).toBeGreaterThanOrEqual(PRODUCT);
    }
  });

  it('has no dependency cycle that is not explained on its nodes', () => {
    const { map } = example();
    for (const id of nodesOnCycles(map)) {
      expect(silenced(nodeIndex(map).get(id) as MapNode, 'chain/cycle'), `${file}: ${id}`).toBe(true);
    }
  });

  it('uses each public path once', () => {
    const { map } = example();
    const paths = components(map).flatMap(([, n]) => [...(n.plan?.paths ?? [])]);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('the default map (ehealth-platform.yaml)', () => {
  const example = loaded('ehealth-platform.yaml');

  it('deploys to dev, test, qa and a production split over two sites', () => {
    const { map } = example();
    const envs = map.deployment?.environments ?? {};
    expect(Object.keys(envs)).toEqual(['dev', 'test', 'qa', 'prod']);
    expect(envs['prod']?.sites).toEqual(['site-a', 'site-b']);
    expect(map.deployment?.registry).toBeDefined();
  });

  it('puts the user-facing build components at a public path', () => {
    const { map } = example();
    const ids = nodeEntries(map)
      .filter(([, n]) => n.kind === 'component' && n.deploy?.path !== undefined)
      .map(([id]) => id);
    expect(ids).toEqual(
      expect.arrayContaining(['patient-portal', 'care-provider-portal', 'admin-console', 'api-gateway']),
    );
  });

  it('moves compute and the container platform towards utility', () => {
    const { map } = example();
    const index = nodeIndex(map);
    for (const id of ['compute', 'container-platform']) {
      expect(index.get(id)?.evolve, id).toBeGreaterThan(COMMODITY);
    }
  });
});

describe('the monolith map (hie-monolith.yaml)', () => {
  const example = loaded('hie-monolith.yaml');
  const insideMonolith = (map: WardleyMap) => components(map).filter(([, n]) => n.inside === 'legacy-hie');

  it('has 8 to 12 capabilities inside the legacy monolith, each planned', () => {
    const { map } = example();
    const inside = insideMonolith(map);
    expect(nodeIndex(map).get('legacy-hie')?.kind).toBe('component');
    expect(inside.length).toBeGreaterThanOrEqual(8);
    expect(inside.length).toBeLessThanOrEqual(12);
    for (const [id, node] of inside) {
      expect(node.team, id).toBeDefined();
      expect(node.plan?.paths?.length ?? 0, id).toBeGreaterThan(0);
    }
  });

  it('uses every sourcing decision for the extracted capabilities and marks data owners', () => {
    const { map } = example();
    const inside = insideMonolith(map);
    expect(new Set(inside.map(([, n]) => n.sourcing))).toEqual(new Set(['build', 'buy', 'outsource']));
    const owners = inside.filter(([, n]) => n.plan?.data === true).map(([id]) => id);
    expect(owners).toEqual(expect.arrayContaining(['patient-index', 'consent']));
  });

  it('has exactly one deliberate two-node cycle, between messaging and its archive', () => {
    const { map } = example();
    expect(nodesOnCycles(map)).toEqual(['clinical-messaging', 'message-archive']);
  });

  it('keeps some components outside the monolith, identity outsourced', () => {
    const { map } = example();
    const outside = components(map).filter(([id, n]) => n.inside === undefined && id !== 'legacy-hie');
    expect(outside.length).toBeGreaterThanOrEqual(3);
    expect(nodeIndex(map).get('identity')?.sourcing).toBe('outsource');
  });
});
