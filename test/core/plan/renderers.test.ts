import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';
import {
  CSV_COLUMNS,
  extractionPhases,
  planCsv,
  planIssues,
  planJson,
  planMarkdown,
  planMermaid,
  STRATEGIES,
  type Plan,
} from '../../../core/plan/index.ts';
import { arbitraryMap } from './arbitrary-map.ts';
import { everyExampleMapFile, loadMap, ROOT } from './load-map.ts';

const plan = extractionPhases(loadMap('test/fixtures/plan/hie.yaml'));

function golden(name: string, actual: string): void {
  const file = resolve(ROOT, 'test/golden/plan', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field).toBe('');
  return rows;
}

const hostileName = 'Pipe | [link](x) <b>bold</b> `tick` back\\slash "q" =cmd, a;b #x';

function hostilePlan(): Plan {
  const node: MapNode = {
    kind: 'component',
    name: hostileName,
    evolution: 0.3,
    visibility: 0.5,
    sourcing: 'build',
    inside: 'mono',
    team: 'T|eam',
    plan: { paths: ['/x'] },
  };
  const map: WardleyMap = {
    version: 1,
    title: 'Title <script>',
    nodes: { mono: { kind: 'component', name: 'M', evolution: 0.3, visibility: 0.5 }, odd: node },
  };
  return extractionPhases(map);
}

describe('plan renderings', () => {
  it('Markdown, CSV and Mermaid of the fixture match the golden files (UPDATE_GOLDEN=1 to refresh)', () => {
    golden('hie.md', planMarkdown(plan));
    golden('hie.csv', planCsv(plan));
    golden('hie.mermaid.md', planMermaid(plan));
  });

  it('Markdown headings never skip a level (a rendered preview reads as an outline)', () => {
    const levels = planMarkdown(plan)
      .split('\n')
      .flatMap((line) => (/^#{1,6} /.test(line) ? [line.indexOf(' ')] : []));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i + 1}`).toBeLessThanOrEqual(1));
  });

  it('Markdown documents the algorithm and escapes names', () => {
    expect(planMarkdown(plan)).toContain('## How this plan was made');
    const md = planMarkdown(hostilePlan());
    expect(md).toContain('Pipe \\| \\[link\\](x) \\<b\\>bold\\</b\\> \\`tick\\` back\\\\slash');
    expect(md).toContain('# Migration plan: Title \\<script\\>');
    expect(md).not.toContain('<b>');
    expect(md).toContain('T\\|eam');
  });

  it('every routing-table row names where its path goes, a redirect included', () => {
    for (const file of ['maps/hie-monolith.yaml', 'maps/conference.yaml', 'maps/ehealth-platform.yaml']) {
      const md = planMarkdown(extractionPhases(loadMap(file)));
      const rows = md.split('\n').filter((l) => /^\| `\//.test(l));
      for (const row of rows) expect(row.split(' | ')[1]?.trim(), `${file}: ${row}`).not.toBe('');
      if (file === 'maps/hie-monolith.yaml')
        expect(md).toMatch(/\| `\/api\/audit` \| redirect to https:\/\/\S+ \| redirect \|/);
    }
  });

  it('Mermaid escapes names inside labels and gantt tasks', () => {
    const mermaid = planMermaid(hostilePlan());
    expect(mermaid).toContain(
      'n_odd["Pipe #124; #91;link#93;(x) #60;b#62;bold#60;/b#62; #96;tick#96; back#92;slash #34;q#34; #61;cmd, a#59;b #35;x"]',
    );
    expect(mermaid).toContain('  Pipe link (x) b bold /b tick back slash q cmd, a b x :s_odd, 1, 2');
  });

  it('the Mermaid flowchart declares every node a facade route points at, and marks a retired monolith', () => {
    const files = [
      'test/fixtures/plan/hie.yaml',
      'test/fixtures/system/conference-seed.yaml',
      ...everyExampleMapFile(),
    ];
    let outside = 0;
    for (const file of files) {
      const flowchart = planMermaid(extractionPhases(loadMap(file))).split('flowchart LR')[1] ?? '';
      const declared = new Set([...flowchart.matchAll(/^\s+(\w+)\[/gm)].map((m) => m[1]));
      const targets = [...flowchart.matchAll(/^\s+facade -->\|"[^"]*"\| (\w+)$/gm)].map((m) => m[1]!);
      for (const target of targets) expect(declared.has(target), `${file}: ${target} is not declared`).toBe(true);
      // Declared at the top level, not in a phase's subgraph: routed, but moved by no phase.
      outside += targets.filter((t) => new RegExp(`^  ${t}\\["`, 'm').test(flowchart)).length;
    }
    expect(outside).toBeGreaterThan(0);
    const retiring = planMermaid(extractionPhases(loadMap('maps/hie-monolith.yaml')));
    expect(retiring).toContain('m_legacy_hie[("legacy-hie (retired)")]');
  });

  it('CSV parses back: a header, one epic per phase followed by its steps and clean-ups', () => {
    const rows = readCsv(planCsv(plan));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])));
    expect(body).toHaveLength(plan.phases.reduce((n, p) => n + 1 + p.steps.length + p.cleanups.length, 0));
    let epic = '';
    for (const r of body) {
      if (r['Issue Type'] === 'Epic') epic = r['Issue ID']!;
      else expect(r.Parent).toBe(epic);
    }
    expect(body.find((r) => r['Issue ID'] === 'P3-records')).toMatchObject({
      Pattern: 'parallel-run',
      Phase: '3',
      Team: 'Records',
    });
  });

  it('CSV quotes commas, quotes and line breaks, and defuses formulas', () => {
    const rows = readCsv(planCsv(hostilePlan()));
    const step = rows.find((r) => r[0] === 'P1-odd')!;
    expect(step[3]).toBe(`Extract ${hostileName} (route-at-facade)`);
    expect(step[4]).toContain('\n');
    const text = planCsv(hostilePlan());
    expect(text).toContain(
      '"Extract Pipe | [link](x) <b>bold</b> `tick` back\\slash ""q"" =cmd, a;b #x (route-at-facade)"',
    );
    // Descriptions span lines inside one quoted field; records end in CRLF.
    expect(text).toMatch(/"[^"]*\n[^"]*"/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('GitHub issues: one epic per phase with a milestone and a checklist of its steps', () => {
    const issues = planIssues(plan);
    expect(issues).toHaveLength(plan.phases.length);
    expect(issues[0]!.body).toContain('- [ ] put the facade');
    expect(issues[3]).toMatchObject({
      title: 'Phase 3: Extract Appointments, Clinic scheduling, Clinical records',
      milestone: 'Phase 3',
    });
    expect(issues[3]!.labels).toEqual([
      'migration',
      'phase-3',
      'ui-composition',
      'branch-by-abstraction',
      'parallel-run',
    ]);
    expect(issues[3]!.body).toContain('- [ ] Extract Clinical records (`records`): parallel-run → service, risk high');
    expect(planIssues(hostilePlan())[1]!.body).toContain('\\<b\\>');
  });
});

describe('the JSON plan', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'schema/plan.schema.json'), 'utf8')) as object);

  it('lists phases with steps (node, pattern) and routes, valid against schema/plan.schema.json', () => {
    const json = JSON.parse(planJson(plan)) as {
      phases: { index: number; steps: { node: string; pattern: string }[]; routes: unknown[] }[];
    };
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.phases[0]).toMatchObject({ index: 0, steps: [] });
    expect(json.phases[1]).toMatchObject({
      index: 1,
      steps: [{ node: 'identity', pattern: 'replace-with-product' }, { node: 'document-store' }],
    });
    expect(json.phases[1]!.routes.length).toBeGreaterThan(0);
  });

  it('the schema rejects a step without a node and an unknown pattern', () => {
    const json = JSON.parse(planJson(plan)) as { phases: { steps: Record<string, unknown>[] }[] };
    json.phases[1]!.steps[0]!.pattern = 'big-bang';
    expect(validate(json)).toBe(false);
    delete json.phases[1]!.steps[0]!.node;
    expect(validate(json)).toBe(false);
  });

  it('stays valid for random maps and every strategy', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true }), fc.constantFrom(...STRATEGIES), (map, strategy) => {
        const json: unknown = JSON.parse(planJson(extractionPhases(map, { strategy })));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
