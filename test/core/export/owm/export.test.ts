import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportOwm } from '../../../../core/export/owm/export.ts';
import { importOwm } from '../../../../core/export/owm/import.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';

const DIR = 'test/fixtures/owm';
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.owm'));

function imported(text: string): WardleyMap {
  const r = importOwm(text);
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.errors)}`);
  return r.map;
}

const base: WardleyMap = {
  version: 1,
  title: 'Clinic',
  nodes: {
    patient: { kind: 'user', name: 'Patient', evolution: 0.5, visibility: 0.95, uses: ['booking'] },
    booking: {
      kind: 'component',
      name: 'Booking',
      evolution: 0.4,
      visibility: 0.7,
      sourcing: 'build',
      evolve: 0.7,
      inertia: true,
      uses: ['db'],
    },
    db: { kind: 'component', name: 'Database', evolution: 1, visibility: 0, sourcing: 'outsource' },
  },
};

describe('exportOwm', () => {
  it('writes the title first, decorators after coordinates, decimals always, evolve as its own line', () => {
    const { text, warnings } = exportOwm(base);
    expect(text.split('\n')[0]).toBe('title Clinic');
    expect(text).toContain('anchor Patient [0.95, 0.5]');
    expect(text).toContain('component Booking [0.7, 0.4] inertia (build)');
    expect(text).toContain('component Database [0.0, 1.0] (outsource)');
    expect(text).toContain('evolve Booking 0.7');
    expect(text).toContain('Patient->Booking\nBooking->Database');
    expect(warnings).toEqual([]);
  });

  it('quotes names OWM would misread and reads them back', () => {
    const map: WardleyMap = {
      version: 1,
      title: 'Quotes',
      nodes: {
        a: { kind: 'component', name: 'buyer portal', evolution: 0.5, visibility: 0.5, uses: ['b', 'c'] },
        b: { kind: 'component', name: 'A->B; C // D', evolution: 0.5, visibility: 0.4 },
        c: { kind: 'component', name: 'say "hi" \\o/', evolution: 0.5, visibility: 0.3 },
      },
    };
    const { text } = exportOwm(map);
    expect(text).toContain('component "buyer portal" [0.5, 0.5]');
    expect(text).toContain('"buyer portal"->"A->B; C // D"');
    const back = imported(text);
    expect(Object.values(back.nodes).map((n) => n?.name)).toEqual(['buyer portal', 'A->B; C // D', 'say "hi" \\o/']);
    expect(back.nodes['buyer-portal']?.uses?.length).toBe(2);
  });

  it('renames names OWM cannot carry, with a warning, keeping links intact', () => {
    const map: WardleyMap = {
      version: 1,
      title: 'Renames',
      nodes: {
        auth: { kind: 'component', name: 'Auth (OAuth)', evolution: 0.5, visibility: 0.5, uses: ['det'] },
        det: { kind: 'component', name: 'inertia [check]', evolution: 0.5, visibility: 0.4 },
        twin: { kind: 'component', name: 'Auth OAuth', evolution: 0.5, visibility: 0.3 },
      },
    };
    const { text, warnings } = exportOwm(map);
    expect(text).toContain('component Auth OAuth [0.5, 0.5]');
    expect(text).toContain('component Inertia check [0.4, 0.5]');
    expect(text).toContain('component Auth OAuth 2 [0.3, 0.5]');
    expect(text).toContain('Auth OAuth->Inertia check');
    expect(warnings.map((w) => [w.rule, w.node])).toEqual([
      ['owm/renamed', 'auth'],
      ['owm/renamed', 'det'],
      ['owm/renamed', 'twin'],
    ]);
    expect(imported(text).nodes['auth-oauth']?.inertia).toBeUndefined();
  });

  it('warns about every field OWM has no place for', () => {
    const map: WardleyMap = {
      ...base,
      description: 'x',
      stages: { boundaries: [0.2, 0.5, 0.8] },
      nodes: {
        ...base.nodes,
        need: { kind: 'need', name: 'Care', evolution: 0.5, visibility: 0.8, team: 'Ward', inside: 'booking' },
      },
    };
    const messages = exportOwm(map)
      .warnings.map((w) => w.message)
      .join('\n');
    expect(messages).toMatch(/Care.*need/);
    expect(messages).toMatch(/team, inside/);
    expect(messages).toMatch(/boundaries/);
    expect(messages).toMatch(/description/);
  });

  it('writes a map that has nothing but a title', () => {
    expect(exportOwm({ version: 1, title: 'Empty', nodes: {} }).text).toBe('title Empty\n');
  });
});

describe('import → export → import', () => {
  it.each(fixtures)('%s keeps the same map (x-owm fields included)', (file) => {
    const first = imported(readFileSync(`${DIR}/${file}`, 'utf8'));
    const { text, warnings } = exportOwm(first);
    const second = imported(text);
    // The only change allowed is a rename the export warned about (parentheses, a duplicate name).
    const expected = structuredClone(first);
    for (const w of warnings.filter((w) => w.rule === 'owm/renamed')) {
      const node = expected.nodes[w.node ?? ''];
      if (node) node.name = /exported as '(.*)'$/.exec(w.message)?.[1] ?? '';
    }
    expect(second).toEqual(expected);
    expect(exportOwm(second).text).toBe(text);
  });

  it('an axis-only map keeps its stage and y-axis labels both ways', () => {
    const { text } = exportOwm(imported(readFileSync(`${DIR}/axis-only.owm`, 'utf8')));
    expect(text).toContain('evolution Novel->Emerging->Good->Best\n');
    expect(text).toContain('y-axis Value->Invisible->Visible\n');
    const custom = exportOwm(imported(readFileSync(`${DIR}/evolution-only.owm`, 'utf8'))).text;
    expect(custom).toContain('evolution Uncharted->Emerging->Good->Industrialised\n');
  });
});
