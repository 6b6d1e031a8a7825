// The Mermaid export over every example map, read back by Mermaid's own parser and database:
// every node, link and evolve arrow arrives; the output is stable (golden files) and the same
// twice; hostile names come back exactly. Refresh goldens with UPDATE_GOLDEN=1.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMermaid, fencedMermaid } from '../../../../core/export/mermaid/index.ts';
import { parseMap } from '../../../../core/format/parse.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { nodeEntries } from '../../../../core/model/types.ts';
import { randomMap, trickyText } from '../../../support/maps.ts';
import { parseWardley, wardleyDatabase } from '../../../support/mermaid-wardley.ts';

const EXAMPLES = readdirSync('maps')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `maps/${f}`);
const OWM_FIXTURES = readdirSync('test/fixtures/owm')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `test/fixtures/owm/${f}`);
const update = process.env['UPDATE_GOLDEN'] === '1';

function load(file: string): WardleyMap {
  const parsed = parseMap(readFileSync(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0]?.message ?? ''}`);
  return parsed.map;
}

function expected(map: WardleyMap) {
  const entries = nodeEntries(map);
  return {
    nodes: entries.length,
    links: entries.reduce((n, [, node]) => n + (node.uses?.length ?? 0), 0),
    evolves: entries.filter(
      ([, n]) => n.kind !== 'user' && n.evolve !== undefined && n['x-owm-pipeline-of'] === undefined,
    ).length,
    users: entries.filter(([, n]) => n.kind === 'user').length,
  };
}

describe('exportMermaid over every example map', () => {
  it.each([...EXAMPLES, ...OWM_FIXTURES])('%s: Mermaid reads every node, link and evolve back', async (file) => {
    const map = load(file);
    const { text } = exportMermaid(map);
    const want = expected(map);
    const ast = await parseWardley(text);
    const inPipelines = ast.pipelines.reduce((n, p) => n + p.components.length, 0);
    expect(ast.anchors.length).toBe(want.users);
    expect(ast.anchors.length + ast.components.length + inPipelines).toBe(want.nodes);
    expect(ast.links.length).toBe(want.links);
    expect(ast.evolves.length).toBe(want.evolves);
    expect(ast.title).toBe(map.title);
    const db = await wardleyDatabase(text);
    expect(db.nodes.length).toBe(want.nodes);
    const ids = new Set(db.nodes.map((n) => n.id));
    for (const l of db.links) expect(ids.has(l.source) && ids.has(l.target), `${l.source} -> ${l.target}`).toBe(true);
    expect(db.trends.length).toBe(want.evolves);
  });

  it.each(EXAMPLES)('%s: matches its golden file and is the same twice', (file) => {
    const map = load(file);
    const { text } = exportMermaid(map);
    expect(exportMermaid(map).text).toBe(text);
    const golden = `test/golden/mermaid/${file.replace(/^.*\//, '').replace(/\.yaml$/, '.mmd')}`;
    if (update) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('exportMermaid', () => {
  const map: WardleyMap = {
    version: 1,
    title: 'Clinic %% plan',
    stages: { labels: 'practices', boundaries: [0.2, 0.45, 0.75] },
    nodes: {
      patient: { kind: 'user', name: 'Patient', evolution: 0.5, visibility: 0.95, uses: ['book'] },
      book: { kind: 'need', name: 'Book a visit', evolution: 0.5, visibility: 0.8, uses: ['booking'] },
      booking: {
        kind: 'component',
        name: 'Booking',
        evolution: 0.4,
        visibility: 0.6,
        sourcing: 'build',
        inertia: true,
        evolve: 0.7,
        team: 'Care',
        uses: ['db'],
      },
      db: { kind: 'component', name: 'Database', evolution: 1, visibility: 0, sourcing: 'outsource' },
    },
  };

  it('writes users as anchors, sourcing and inertia as decorators, evolve lines and the stage labels', async () => {
    const { text, warnings } = exportMermaid(map);
    expect(text).toContain('anchor Patient [0.95, 0.5]');
    expect(text).toContain('component Booking [0.6, 0.4] (build) inertia');
    expect(text).toContain('component Database [0.0, 1.0] (outsource)');
    expect(text).toContain('evolve Booking 0.7');
    expect(text).toContain('evolution Novel@0.2 -> Emerging@0.45 -> Good@0.75 -> Best@1.0');
    const ast = await parseWardley(text);
    expect(ast.components.find((c) => c.name === 'Booking')).toMatchObject({
      decorator: { strategy: 'build' },
      inertia: true,
    });
    expect(ast.evolution?.stages.map((s) => [s.name, s.boundary])).toEqual([
      ['Novel', 0.2],
      ['Emerging', 0.45],
      ['Good', 0.75],
      ['Best', 1],
    ]);
    expect(ast.title).toBe('Clinic % % plan');
    const rules = warnings.map((w) => w.rule);
    expect(rules).toContain('mermaid/need');
    expect(rules).toContain('mermaid/title');
    expect(warnings.find((w) => w.message.includes('team'))?.message).toContain("'Booking'");
  });

  it('gives two nodes of the same name distinct names, since Mermaid keys nodes by name', async () => {
    const twin: WardleyMap = {
      version: 1,
      title: 'Twins',
      nodes: {
        a: { kind: 'component', name: 'API', evolution: 0.3, visibility: 0.5, uses: ['b'] },
        b: { kind: 'component', name: 'API', evolution: 0.6, visibility: 0.4 },
      },
    };
    const { text, warnings } = exportMermaid(twin);
    const db = await wardleyDatabase(text);
    expect(db.nodes.map((n) => n.label)).toEqual(['API', 'API 2']);
    expect(db.links).toMatchObject([{ source: 'API', target: 'API 2' }]);
    expect(warnings.map((w) => w.rule)).toEqual(['mermaid/renamed']);
  });

  it('fences the diagram for Markdown', () => {
    expect(fencedMermaid('wardley-beta\n')).toBe('```mermaid\nwardley-beta\n```\n');
  });

  it('hostile names come back from Mermaid exactly, links included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(trickyText, { minLength: 2, maxLength: 5 }), async (names) => {
        const nodes: WardleyMap['nodes'] = {};
        names.forEach((name, i) => {
          nodes[`n${i}`] = { kind: 'component', name, evolution: 0.5, visibility: 0.5 };
        });
        (nodes['n0'] as { uses?: string[] }).uses = ['n1'];
        const { text, warnings } = exportMermaid({ version: 1, title: 'Hostile', nodes });
        const ast = await parseWardley(text);
        const renamed = new Set(warnings.filter((w) => w.rule === 'mermaid/renamed').map((w) => w.node));
        const kept = names.filter((_, i) => !renamed.has(`n${i}`));
        expect(ast.components.map((c) => c.name).filter((n) => kept.includes(n))).toEqual(kept);
        expect(ast.links).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('any valid map exports to text Mermaid parses', async () => {
    await fc.assert(
      fc.asyncProperty(randomMap, async (m) => {
        const { text } = exportMermaid(m);
        const ast = await parseWardley(text);
        expect(ast.anchors.length + ast.components.length).toBe(Object.keys(m.nodes).length);
      }),
      { numRuns: 100 },
    );
  });
});
