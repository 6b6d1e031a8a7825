import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOwm } from '../../../../core/export/owm/import.ts';
import { parseMap } from '../../../../core/format/parse.ts';
import { stringifyMap } from '../../../../core/format/stringify.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';

const DIR = 'test/fixtures/owm';
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.owm'));

function imported(text: string): {
  map: WardleyMap;
  warnings: { line: number; rule: string; severity: string; message: string }[];
} {
  const r = importOwm(text);
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.errors)}`);
  return r;
}

describe('importOwm fixtures', () => {
  it.each(fixtures)('%s gives the expected map and warnings', (file) => {
    const r = imported(readFileSync(`${DIR}/${file}`, 'utf8'));
    expect(stringifyMap(r.map, { schemaComment: false })).toBe(
      readFileSync(`${DIR}/${file.replace('.owm', '.yaml')}`, 'utf8'),
    );
    const warnings = r.warnings.map((w) => `${w.line} ${w.severity} ${w.rule}`).join('\n') + '\n';
    expect(warnings).toBe(readFileSync(`${DIR}/${file.replace('.owm', '.warnings.txt')}`, 'utf8'));
  });

  it.each(fixtures)('%s imports to a map that Mapwright itself accepts', (file) => {
    const r = imported(readFileSync(`${DIR}/${file}`, 'utf8'));
    const parsed = parseMap(stringifyMap(r.map));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('the fixtures cover every keyword of the format', () => {
    const all = fixtures.map((f) => readFileSync(`${DIR}/${f}`, 'utf8')).join('\n');
    const keywords = [
      'title',
      'anchor',
      'component',
      'evolve',
      'pipeline',
      'note',
      'annotation',
      'annotations',
      'submap',
      'url',
      'evolution',
    ];
    const more = [
      'style',
      'size',
      'valuechain',
      'pioneers',
      'settlers',
      'townplanners',
      'accelerator',
      'deaccelerator',
      'y-axis',
      'market',
      'ecosystem',
      'build',
      'buy',
      'outsource',
    ];
    for (const k of [...keywords, ...more]) expect(all, k).toMatch(new RegExp(`^\\s*${k} `, 'm'));
    for (const op of ['->', '+>', '+<', '+<>', "+'$0.10'>", '//', '/*', 'label [', 'inertia', '(build)', '(market)'])
      expect(all).toContain(op);
  });
});

describe('importOwm', () => {
  it('reads [visibility, maturity]: visibility first', () => {
    const { map } = imported('title T\ncomponent Kettle [0.43, 0.35]\n');
    expect(map.nodes['kettle']).toMatchObject({ visibility: 0.43, evolution: 0.35, kind: 'component' });
  });

  it('makes anchors users and everything else components', () => {
    const { map } = imported('title T\nanchor Business [0.9, 0.6]\ncomponent Cup [0.7, 0.7]\nBusiness->Cup\n');
    expect(map.nodes['business']).toMatchObject({ kind: 'user', uses: ['cup'] });
    expect(map.nodes['cup']?.kind).toBe('component');
  });

  it('clamps coordinates outside 0…1 and warns on that line', () => {
    const r = imported('title T\n\ncomponent A [1.7, -0.2]\n');
    expect(r.map.nodes['a']).toMatchObject({ visibility: 1, evolution: 0 });
    expect(r.warnings.filter((w) => w.rule === 'owm/clamped').map((w) => w.line)).toEqual([3, 3]);
  });

  it('gives ids that are unique, deterministic DNS-1123 slugs of at most 63 characters', () => {
    const long = 'A very long component name that goes on and on well past sixty-three characters';
    const text = `title T\ncomponent ${long} [0.5, 0.5]\ncomponent ${long} [0.4, 0.4]\ncomponent 42 Things [0.3, 0.3]\ncomponent Ünïcödé Café [0.2, 0.2]\ncomponent constructor [0.1, 0.1]\n`;
    const ids = Object.keys(imported(text).map.nodes);
    expect(ids).toEqual(Object.keys(imported(text).map.nodes));
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^[a-z]([a-z0-9-]*[a-z0-9])?$/);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(63);
    expect(ids).toContain('unicode-cafe');
    expect(ids).not.toContain('constructor');
  });

  it('reads a decorator after a name with parentheses, and inertia only after the name', () => {
    const { map } = imported(
      'title T\ncomponent Auth (OAuth) [0.5, 0.5] (buy)\ncomponent Inertia Detector [0.4, 0.3]\ncomponent K [0.4, 0.3] inertia\n',
    );
    expect(map.nodes['auth-oauth']).toMatchObject({ name: 'Auth (OAuth)', sourcing: 'buy' });
    expect(map.nodes['inertia-detector']?.inertia).toBeUndefined();
    expect(map.nodes['k']?.inertia).toBe(true);
  });

  it('imports a link that starts with a keyword, which OWM itself drops', () => {
    const { map } = imported('title T\ncomponent buyer portal [0.8, 0.4]\ncomponent B [0.5, 0.5]\nbuyer portal->B\n');
    expect(map.nodes['buyer-portal']?.uses).toEqual(['b']);
  });

  it('keeps lines it cannot place, verbatim, with a warning naming the line', () => {
    const r = imported('title T\ncomponent A [0.5, 0.5]\nA->Ghost\nwibble wobble\n');
    expect(r.map['x-owm-lines']).toEqual(['A->Ghost', 'wibble wobble']);
    expect(r.warnings.filter((w) => w.rule === 'owm/kept-line').map((w) => w.line)).toEqual([3, 4]);
  });

  it('names a map without a title line', () => {
    const r = imported('component A [0.5, 0.5]\n');
    expect(r.map.title).toBe('Untitled map');
    expect(r.warnings.map((w) => w.rule)).toContain('owm/no-title');
  });

  it('imports a map of axis lines alone as an empty map with those labels, as OWM draws it', () => {
    const r = imported('evolution Novel -> Emerging -> Good -> Best\ny-axis Value->Invisible->Visible\n');
    expect(r.map.nodes).toEqual({});
    expect(r.map.stages).toEqual({ labels: 'practices' });
    expect(r.map['x-owm-y-axis']).toEqual(['Value', 'Invisible', 'Visible']);
  });

  it('keeps the first title, as OWM does', () => {
    expect(imported('title One\ntitle Two\n').map.title).toBe('One');
  });
});

describe('importOwm errors', () => {
  it.each([
    ['', 'owm/empty'],
    ['  \n\n', 'owm/empty'],
    ['just some prose\nthat is not a map\n', 'owm/not-owm'],
    ['version: 1\ntitle: a YAML map\n', 'owm/not-owm'],
    ['title T\u0000\u0001binary', 'owm/binary'],
  ])('%j is refused with a clear message', (text, rule) => {
    const r = importOwm(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.rule).toBe(rule);
      expect(r.errors[0]?.message.length).toBeGreaterThan(20);
    }
  });

  it('reports malformed coordinates with their line number', () => {
    const r = importOwm('title T\ncomponent A [0.5, 0.5]\n\ncomponent B [high, left]\nnote oops [x]\n');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.line, e.rule])).toEqual([
        [4, 'owm/syntax'],
        [5, 'owm/syntax'],
      ]);
  });
});
