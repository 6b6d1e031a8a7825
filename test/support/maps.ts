// Shared map generators for tests and benchmarks: `randomMap`, a fast-check arbitrary of valid maps
// with hostile-looking text, and `generateMap(n)`, a deterministic realistic map of n nodes.
import fc from 'fast-check';
import type { MapNode, Sourcing, WardleyMap } from '../../core/model/types.ts';

// ---------------------------------------------------------------------------------------------
// generateMap(n): the shape of a monolith break-up map (few users, more needs, many components,
// a legacy monolith that contains some of them), the same for the same n so benchmarks compare.

const AREAS = ['patient', 'booking', 'referral', 'journal', 'consent', 'prescription', 'lab', 'billing', 'identity'];
const PARTS = ['portal', 'service', 'api', 'store', 'index', 'gateway', 'queue', 'search', 'audit', 'cache'];

/** A small deterministic PRNG (mulberry32) so a generated map is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function sourcingFor(evolution: number): Sourcing {
  if (evolution >= 0.7) return 'outsource';
  if (evolution >= 0.4) return 'buy';
  return 'build';
}

function idFor(kind: MapNode['kind'], i: number): string {
  const area = AREAS[i % AREAS.length] ?? 'care';
  if (kind === 'user') return `${area}-user-${i}`;
  if (kind === 'need') return `${area}-need-${i}`;
  return `${area}-${PARTS[Math.floor(i / AREAS.length) % PARTS.length] ?? 'part'}-${i}`;
}

function kindAt(i: number, n: number): MapNode['kind'] {
  const users = Math.max(1, Math.round(n * 0.02));
  const needs = Math.max(1, Math.round(n * 0.1));
  if (i < users) return 'user';
  if (i < users + needs) return 'need';
  return 'component';
}

/** Ids of up to `count` distinct later nodes, so the graph is acyclic and every reference resolves. */
function laterIds(ids: readonly string[], from: number, count: number, random: () => number): string[] {
  const picked = new Set<string>();
  const span = ids.length - from - 1;
  for (let k = 0; k < count && span > 0; k++) {
    const target = ids[from + 1 + Math.floor(random() * Math.min(span, 50))];
    if (target !== undefined) picked.add(target);
  }
  return [...picked];
}

function componentFields(node: MapNode, id: string, monolith: string, random: () => number): void {
  node.sourcing = sourcingFor(node.evolution);
  node.team = `Team ${AREAS[Math.floor(random() * AREAS.length)] ?? 'care'}`;
  if (node.sourcing === 'build') {
    node.deploy = { image: id, port: 8080, replicas: 1 + Math.floor(random() * 3), health: '/healthz' };
    if (monolith !== '' && id !== monolith && random() < 0.3) node.inside = monolith;
    if (random() < 0.2) node.evolve = round3(Math.min(1, node.evolution + 0.2));
  } else if (node.sourcing === 'buy') {
    node.deploy = { chart: { name: id, repository: 'https://charts.example.org', version: '1.2.3' } };
  } else {
    node.deploy = { service: { provider: 'Managed cloud', kind: 'postgres', port: 5432, secretKeys: ['DB_PASSWORD'] } };
  }
}

/** A valid map of `n` nodes (users, needs, components) with uses, sourcing, deploy hints and a monolith. */
export function generateMap(n: number, seed = 42): WardleyMap {
  const random = seededRandom(seed);
  const kinds = Array.from({ length: n }, (_, i) => kindAt(i, n));
  const ids = kinds.map((kind, i) => idFor(kind, i));
  // The monolith is the last node: nothing comes after it, so it is never inside anything.
  const monolith = kinds[n - 1] === 'component' ? (ids[n - 1] ?? '') : '';
  const nodes: Record<string, MapNode> = {};
  kinds.forEach((kind, i) => {
    const id = ids[i] ?? '';
    const depth = i / Math.max(1, n);
    const node: MapNode = {
      kind,
      name: `${id.replace(/-/g, ' ')}`,
      evolution: round3(kind === 'component' ? random() : 0.3 + random() * 0.6),
      visibility: round3(Math.max(0, 1 - depth - random() * 0.05)),
    };
    const uses = laterIds(ids, i, kind === 'user' ? 2 : 1 + Math.floor(random() * 3), random);
    if (uses.length > 0) node.uses = uses;
    if (kind === 'component') componentFields(node, id, monolith, random);
    if (id === monolith) {
      node.name = 'Legacy monolith';
      node.sourcing = 'build';
      delete node.inside;
    }
    nodes[id] = node;
  });
  return {
    version: 1,
    title: `Generated map of ${n} nodes`,
    deployment: {
      registry: 'registry.example.org/care',
      namespace: 'care',
      environments: { dev: {}, prod: { replicas: 2 } },
    },
    nodes,
  };
}

// ---------------------------------------------------------------------------------------------
// randomMap: valid maps whose text fights YAML (quotes, `: `, `#`, `{{ }}`, anchors, tags, unicode).

const TRICKY = [
  ': ',
  ' #',
  '#',
  '{{ name }}',
  '"',
  "'",
  '- ',
  '*ref',
  '&anchor',
  '!tag',
  '%',
  '@',
  '`',
  '|',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  '?',
  'null',
  'true',
  'no',
  '~',
  '0x1F',
  '1e3',
  '.nan',
  '0755',
  '---',
  '...',
  ' ',
  '\\',
  'é',
  'Ω',
  '日本',
  '🚀',
  'ß',
  '\u00a0',
];

const ONE_LINE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u;

/** One line of text (a name, title or team) built from YAML's special characters and unicode. */
export const trickyText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join('').slice(0, 200))
  .filter((s) => ONE_LINE.test(s));

/** Multi-line free text (note, description): anything valid in Unicode, line breaks included. */
export const freeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(trickyText, { maxLength: 4 }).map((lines) => lines.join('\n')),
);

const RESERVED = new Set(['constructor', 'prototype']);

export const slugId: fc.Arbitrary<string> = fc
  .stringMatching(/^[a-z]([a-z0-9-]{0,10}[a-z0-9])?$/)
  .filter((id) => !RESERVED.has(id));

const unit = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));

const extensionValue = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());

interface NodeDraft {
  node: MapNode;
  usesPicks: number[];
  insidePick: boolean;
}

const nodeDraft: fc.Arbitrary<NodeDraft> = fc
  .record(
    {
      kind: fc.constantFrom<MapNode['kind']>('user', 'need', 'component'),
      name: trickyText,
      evolution: unit,
      visibility: unit,
      sourcing: fc.constantFrom<Sourcing>('build', 'buy', 'outsource'),
      evolve: unit,
      inertia: fc.boolean(),
      team: trickyText,
      note: freeText,
      url: fc.webUrl().filter((u) => /^https?:\/\/[^\s]+$/.test(u) && u.length <= 2000),
      port: fc.integer({ min: 1, max: 65535 }),
      extension: extensionValue,
      usesPicks: fc.array(fc.nat(), { maxLength: 4 }),
      insidePick: fc.boolean(),
    },
    { requiredKeys: ['kind', 'name', 'evolution', 'visibility', 'usesPicks', 'insidePick'] },
  )
  .map(({ usesPicks, insidePick, sourcing, port, extension, ...fields }) => {
    const node: MapNode = { ...fields };
    if (fields.kind === 'component' && sourcing !== undefined) node.sourcing = sourcing;
    if (port !== undefined) node.deploy = { port };
    if (extension !== undefined) node['x-extra'] = extension;
    return { node, usesPicks, insidePick };
  });

/** Wires drafts into a valid map: uses point at other nodes, `inside` at the first component. */
function wiredNodes(ids: readonly string[], drafts: readonly NodeDraft[]): Record<string, MapNode> {
  const monolith = ids.find((_, i) => drafts[i]?.node.kind === 'component');
  const nodes: Record<string, MapNode> = {};
  ids.forEach((id, i) => {
    const draft = drafts[i];
    if (!draft) return;
    const node: MapNode = { ...draft.node };
    const uses = [...new Set(draft.usesPicks.map((p) => ids[p % ids.length] ?? id))].filter((u) => u !== id);
    if (uses.length > 0) node.uses = uses;
    if (draft.insidePick && monolith !== undefined && id !== monolith) node.inside = monolith;
    nodes[id] = node;
  });
  return nodes;
}

const stages = fc.record(
  {
    labels: fc.oneof(
      fc.constantFrom('activities' as const, 'practices' as const, 'data' as const, 'knowledge' as const),
      fc.tuple(trickyText, trickyText, trickyText, trickyText),
    ),
    boundaries: fc.constant([0.175, 0.4, 0.7] as [number, number, number]),
  },
  { requiredKeys: [] },
);

/** A valid WardleyMap of 0–12 nodes with hostile-looking names, notes and extensions. */
export const randomMap: fc.Arbitrary<WardleyMap> = fc
  .record(
    {
      title: trickyText,
      description: freeText,
      stages,
      ids: fc.uniqueArray(slugId, { maxLength: 12 }),
      drafts: fc.array(nodeDraft, { minLength: 12, maxLength: 12 }),
      annotation: fc.record({ text: freeText, evolution: unit, visibility: unit }),
      extension: extensionValue,
    },
    { requiredKeys: ['title', 'ids', 'drafts'] },
  )
  .map(({ title, description, stages: st, ids, drafts, annotation, extension }) => {
    const map: WardleyMap = { version: 1, title, nodes: wiredNodes(ids, drafts) };
    if (description !== undefined) map.description = description;
    if (st !== undefined) map.stages = st;
    if (annotation !== undefined) map.annotations = [{ ...annotation, nodes: ids.slice(0, 2) }];
    if (extension !== undefined) map['x-origin'] = extension;
    return map;
  });
