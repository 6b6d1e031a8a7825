// A fast-check arbitrary of valid maps with hostile text (`: `, `{{ }}`, `#`, quotes, unicode,
// YAML 1.1 booleans) in names, notes and settings, and random build/buy/outsource wiring.
import fc from 'fast-check';
import type { DeployHints, DeploymentSettings, MapNode, WardleyMap } from '../../../../core/model/types.ts';

const FRAGMENTS = [
  'a',
  'Z',
  ': ',
  '{{ x }}',
  '#',
  '"',
  "'",
  'ü',
  '日本',
  '😀',
  '- ',
  '&a',
  '*b',
  '!t',
  '%',
  '@',
  '`',
  '|',
  '>',
  'yes',
  'on',
  'null',
  '~',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '\\',
  ' ',
];
const IDS = [
  'yes',
  'no',
  'on',
  'null',
  'true',
  'web',
  'api',
  'db',
  'e1',
  'x-y',
  'search',
  'mail',
  'a'.repeat(63),
  'portal',
  'billing',
];

export const hostileText = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);

const longText = fc.oneof(hostileText, fc.constant('line one\nline two: {{ x }}\n# not a comment'));

const deployHints: fc.Arbitrary<DeployHints> = fc.record(
  {
    port: fc.integer({ min: 1, max: 65535 }),
    replicas: fc.integer({ min: 0, max: 4 }),
    tag: fc.constantFrom('1.0.0', 'latest', 'yes', 'v2'),
    path: fc.constantFrom('/', '/api', '/a:b', "/x'y", '/%20', '/yes'),
    health: fc.constantFrom('/healthz', '/on'),
    env: fc.dictionary(fc.constantFrom('A', 'FLAG', 'NO', 'DB_URL', 'X_1'), longText, { maxKeys: 3 }),
    chart: fc.record({
      name: fc.constantFrom('redis', 'yes', 'postgres'),
      repository: fc.constantFrom('https://charts.example/x', 'oci://reg.example/charts'),
      version: fc.constantFrom('1.2.3', '0.1.0-rc.1'),
    }),
    service: fc.record(
      {
        provider: hostileText,
        kind: fc.constantFrom('postgres', 'email', 'identity', 'weird: {{ }}'),
        host: fc.constantFrom('db.example.net', 'yes'),
        port: fc.integer({ min: 1, max: 65535 }),
        secretKeys: fc.uniqueArray(fc.constantFrom('PASSWORD', 'USER', 'YES'), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const environment = fc.record(
  {
    replicas: fc.integer({ min: 0, max: 3 }),
    tag: fc.constantFrom('2.0.0', 'latest', 'on'),
    sites: fc.uniqueArray(fc.constantFrom('north', 'south', 'yes'), { maxLength: 2 }),
    namespace: fc.constantFrom('ns-a', 'no', 'team-x'),
  },
  { requiredKeys: [] },
);

/** A valid map: ids from a hostile-ish pool, every `uses` pointing at an existing node. */
export const randomMap: fc.Arbitrary<WardleyMap> = fc
  .record({
    title: hostileText,
    ids: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 2, maxLength: 9 }),
    kinds: fc.array(fc.constantFrom('user', 'need', 'component', 'component', 'component'), {
      minLength: 9,
      maxLength: 9,
    }),
    sourcings: fc.array(fc.constantFrom('build', 'build', 'buy', 'outsource', undefined), {
      minLength: 9,
      maxLength: 9,
    }),
    names: fc.array(hostileText, { minLength: 9, maxLength: 9 }),
    notes: fc.array(fc.option(longText, { nil: undefined }), { minLength: 9, maxLength: 9 }),
    hints: fc.array(fc.option(deployHints, { nil: undefined }), { minLength: 9, maxLength: 9 }),
    edges: fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 20 }),
    environments: fc.option(
      fc.dictionary(fc.constantFrom('dev', 'test', 'qa', 'prod', 'yes'), environment, { maxKeys: 3 }),
      { nil: undefined },
    ),
    positions: fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      { minLength: 9, maxLength: 9 },
    ),
  })
  .map((r) => {
    const nodes: Record<string, MapNode> = {};
    r.ids.forEach((id, i) => {
      const kind = r.kinds[i] as MapNode['kind'];
      const [evolution, visibility] = r.positions[i] as [number, number];
      const node: MapNode = { kind, name: r.names[i] as string, evolution, visibility };
      const sourcing = r.sourcings[i];
      if (kind === 'component' && sourcing !== undefined) node.sourcing = sourcing;
      const note = r.notes[i];
      if (note !== undefined) node.note = note;
      const hints = r.hints[i];
      if (kind === 'component' && hints !== undefined) node.deploy = hints;
      nodes[id] = node;
    });
    for (const [from, to] of r.edges) {
      const a = r.ids[from % r.ids.length] as string;
      const b = r.ids[to % r.ids.length] as string;
      const node = nodes[a] as MapNode;
      if (a !== b && !(node.uses ?? []).includes(b)) node.uses = [...(node.uses ?? []), b];
    }
    const map: WardleyMap = { version: 1, title: r.title, nodes };
    if (r.environments !== undefined)
      map.deployment = {
        registry: 'reg.example/yes',
        environments: r.environments as NonNullable<DeploymentSettings['environments']>,
      };
    return map;
  });
