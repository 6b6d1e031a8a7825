// The bundle's manifests are written directly where they can be (yaml-text.ts): the text must be
// the yaml library's, character for character, or left to the library.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import { libraryText, yamlDocuments } from '../../../../core/export/k8s/render.ts';
import { ManifestWriter } from '../../../../core/export/k8s/yaml-text.ts';
import { generateMap } from '../../../support/maps.ts';

// Strings a manifest holds, and the ones YAML 1.1 reads as something else or must quote.
const TRICKY = [
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  '~',
  'null',
  'true',
  '8080',
  '5432',
  '0x1F',
  '1_000',
  '1:20',
  '08',
  '.inf',
  '1e3',
  '2001-12-14',
  '',
  ' a',
  'a ',
  'a: b',
  'a:',
  'a #b',
  '#a',
  '-',
  '- a',
  '-a',
  '...',
  '---',
  'a\nb',
  "it's",
  'say "hi"',
  '[x]',
  '{x}',
  '@x',
  '*x',
  '&x',
  '!x',
  '%x',
  '|',
  '>',
  '?',
  'a,b',
  'a  b',
  'é',
  '<<',
  'x'.repeat(1100),
];
const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_./:@+=,()-]{0,12}$/);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
// Words that never end in `:` (a key or value `a:` or `a: b` is quoted, so left to the library).
const plainWord = fc.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9_./:@+=,()-]{0,11}[A-Za-z0-9_./@+=,()-])?$/);
const plainWords = fc.array(plainWord, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const text = fc.oneof(word, words, fc.constantFrom(...TRICKY), fc.string({ maxLength: 8 }));
const integer = fc.integer({ min: -100_000, max: 100_000 });

/** Manifests of these keys and scalars: maps, lists and scalars nested, with undefined entries. */
function manifests(key: fc.Arbitrary<string>, scalar: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(key, fc.option(tie('value'), { nil: undefined, freq: 6 }), {
      maxKeys: 5,
      noNullPrototype: true,
    }),
  }));
  return fc.dictionary(key, value, { maxKeys: 6, noNullPrototype: true });
}

describe('manifest text written directly', () => {
  it('writes manifests of words, integers, booleans and null itself, as the library does', () => {
    const quoted = fc.constantFrom(
      '8080',
      'yes',
      'on',
      'Y',
      'NULL',
      'False',
      'OFF',
      '1:20',
      '0x1F',
      '2001-12-14',
      '.nan',
      '1e3',
    );
    const scalar = fc.oneof(plainWord, plainWords, quoted, integer, fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(manifests(fc.oneof(plainWord, plainWords, quoted), scalar), (object) => {
        expect(new ManifestWriter().text(object)).toBe(libraryText(object));
      }),
      { numRuns: 1000 },
    );
  });

  it('is the library text for any manifest, or leaves it to the library', () => {
    const scalar = fc.oneof(text, integer, fc.constantFrom(true, false, null, 1.5, -0, 2 ** 60, undefined));
    fc.assert(
      fc.property(manifests(text, scalar), (object) => {
        const written = new ManifestWriter().text(object);
        if (written !== undefined) expect(written).toBe(libraryText(object));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the plain manifests a bundle holds, quoting what reads as a number or a boolean', () => {
    const object = {
      kind: 'ConfigMap',
      metadata: { name: 'lab-api', labels: { 'app.kubernetes.io/name': 'lab-api' } },
      data: { PORT: '5432', ENABLED: 'yes', URL: 'http://lab-api:8080' },
      spec: { ports: [{ name: 'http', port: 8080 }], empty: [], none: {}, gone: undefined, off: false, n: null },
    };
    const written = new ManifestWriter().text(object);
    expect(written).toBe(libraryText(object));
    expect(written).toContain('PORT: "5432"\n');
    expect(written).toContain('ENABLED: "yes"\n');
    expect(parse(written ?? '', { version: '1.1' })).toEqual(JSON.parse(JSON.stringify(object)));
  });

  it('leaves to the library what it would quote otherwise, fold or write as a float', () => {
    for (const value of ['a: b', 'line\nbreak', "it's", '', 1.5, -0])
      expect(new ManifestWriter().text({ value }), String(value)).toBeUndefined();
    expect(yamlDocuments([{ value: 'a: b' }, { value: 1.5 }])).toBe('value: "a: b"\n---\nvalue: 1.5\n');
  });

  it('gives a bundle every manifest of which is the library text', () => {
    const files = exportKubernetes(generateMap(60), { phase: 'last' }).files;
    const yamlFiles = Object.entries(files).filter(([path]) => path.endsWith('.yaml'));
    expect(yamlFiles.length).toBeGreaterThan(20);
    for (const [path, text] of yamlFiles) {
      const objects = text.split(/^---\n/m).map((doc) => parse(doc, { version: '1.1' }) as unknown);
      expect(objects.map((o) => libraryText(o)).join('---\n'), path).toBe(text);
    }
  });
});
