// Mermaid `wardley-beta` back into a map: every example map's diagram (as Mermaid's own parser
// reads it) comes back as a valid map that exports to the same diagram; hostile names come back
// exactly; what has no home in the map is reported with its line.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMermaid, fencedMermaid, importMermaid } from '../../../../core/export/mermaid/index.ts';
import { parseMap } from '../../../../core/format/parse.ts';
import { stringifyMap } from '../../../../core/format/stringify.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { nodeEntries } from '../../../../core/model/types.ts';
import { trickyText } from '../../../support/maps.ts';
import { parseWardley } from '../../../support/mermaid-wardley.ts';

const MAPS = [
  ...readdirSync('maps')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `maps/${f}`),
  ...readdirSync('test/fixtures/owm')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `test/fixtures/owm/${f}`),
];

function load(file: string): WardleyMap {
  const parsed = parseMap(readFileSync(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0]?.message ?? ''}`);
  return parsed.map;
}

function imported(text: string): WardleyMap {
  const result = importMermaid(text);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.map;
}

describe('importMermaid', () => {
  it.each(MAPS)('%s: the diagram comes back as a valid map with every node and link Mermaid reads', async (file) => {
    const { text } = exportMermaid(load(file));
    const ast = await parseWardley(text);
    const map = imported(text);
    const reloaded = parseMap(stringifyMap(map));
    expect(reloaded.ok ? [] : reloaded.errors).toEqual([]);
    const names = nodeEntries(map).map(([, n]) => n.name);
    const piped = ast.pipelines.flatMap((p) => p.components);
    expect(names.sort()).toEqual([...ast.anchors, ...ast.components, ...piped].map((n) => n.name).sort());
    expect(nodeEntries(map).reduce((n, [, node]) => n + (node.uses?.length ?? 0), 0)).toBe(ast.links.length);
    expect(nodeEntries(map).filter(([, n]) => n.evolve !== undefined)).toHaveLength(ast.evolves.length);
    // What the importer keeps, the exporter writes the same way again (pipelines and accelerators are reported).
    if (ast.pipelines.length === 0 && !/^(de)?accelerator |; /m.test(text)) expect(exportMermaid(map).text).toBe(text);
  });

  it('hostile names, sourcing, inertia and evolve arrows come back exactly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(trickyText, { minLength: 2, maxLength: 5 }), (names) => {
        const nodes: WardleyMap['nodes'] = {};
        names.forEach((name, i) => {
          nodes[`n${i}`] = { kind: 'component', name, evolution: 0.5, visibility: 0.5, sourcing: 'buy', inertia: true };
        });
        (nodes['n0'] as { uses?: string[]; evolve?: number }).uses = ['n1'];
        (nodes['n0'] as { evolve?: number }).evolve = 0.8;
        const { text, warnings } = exportMermaid({ version: 1, title: 'Hostile', nodes });
        const renamed = new Set(warnings.filter((w) => w.rule === 'mermaid/renamed').map((w) => w.node));
        const back = nodeEntries(imported(text)).map(([, n]) => n);
        const kept = names.filter((_, i) => !renamed.has(`n${i}`));
        expect(back.map((n) => n.name).filter((n) => kept.includes(n))).toEqual(kept);
        expect(back.every((n) => n.sourcing === 'buy' && n.inertia === true)).toBe(true);
        expect(back[0]?.uses).toHaveLength(1);
        expect(back[0]?.evolve).toBe(0.8);
      }),
      { numRuns: 60 },
    );
  });

  it('takes custom stage labels and boundaries as the map’s own', () => {
    const map = imported('wardley-beta\nevolution Spark@0.2 -> Grow@0.5 -> Ship@0.8 -> "Run it"@1.0\n');
    expect(map.stages).toEqual({ labels: ['Spark', 'Grow', 'Ship', 'Run it'], boundaries: [0.2, 0.5, 0.8] });
    const preset = imported('wardley-beta\nevolution Novel@0.175 -> Emerging@0.4 -> Good@0.7 -> Best@1.0\n');
    expect(preset.stages).toEqual({ labels: 'practices' });
  });

  it("reads the diagram out of Markdown, as `export mermaid --fence` writes it, with the file's line numbers", () => {
    const { text } = exportMermaid(load('maps/conference.yaml'));
    const markdown = `# Conference\n\nThe map:\n\n${fencedMermaid(text)}\nAnd a flowchart:\n\n\`\`\`mermaid\ngraph TD\n\`\`\`\n`;
    expect(imported(markdown)).toEqual(imported(text));
    const withError = importMermaid(`# Map\n\n${fencedMermaid('wardley-beta\nA -> B')}`);
    if (!withError.ok) throw new Error('refused');
    expect(withError.warnings.map((w) => w.line)).toEqual([5]);
    expect(importMermaid('# Map\n\n```mermaid\ngraph TD\n```\n').ok).toBe(false);
  });

  it('refuses text that is not a wardley diagram, and reports each line it cannot place', () => {
    const refused = importMermaid('graph TD\nA-->B\n');
    expect(refused.ok).toBe(false);
    const result = importMermaid(
      'wardley-beta\ntitle Tea\ncomponent Cup [0.8, 0.5]\npipeline Cup {\n}\nCup -> Kettle\nevolve Pot 0.9\n',
    );
    if (!result.ok) throw new Error('refused');
    expect(result.map.title).toBe('Tea');
    expect(result.warnings.map((w) => `${w.line} ${w.rule}`)).toEqual([
      '4 mermaid/dropped',
      '6 mermaid/unknown-node',
      '7 mermaid/unknown-node',
    ]);
  });
});
