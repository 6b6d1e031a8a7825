// The first pass (js-yaml's events, fast-yaml.ts) must load exactly what yaml loads, place every
// value where yaml's ranges say, and give up where it cannot be sure, so parseMap answers as the
// yaml-only path does: the same map, or the same errors at the same lines and columns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML, { parseDocument } from 'yaml';
import { fastYaml } from '../../../core/format/fast-yaml.ts';
import { placedOffset } from '../../../core/format/placed.ts';
import { parseMap, parseMapWithYaml, placesOf } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { offsetOf } from '../../../core/format/yaml-paths.ts';
import { generateMap } from '../../support/maps.ts';

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '~',
    'null',
    'NULL',
    'true',
    'False',
    'yes',
    'no',
    '0o17',
    '0x1F',
    '-0',
    '+12',
    '1e3',
    '.5',
    '1.',
    '.inf',
    '.NaN',
    '12:30',
    '2001-12-14',
    '0b11',
    '1_000',
    '  lead',
    'a: b',
    '- x',
    '#c',
    "it's",
    '"q"',
    '|',
    '>',
    '',
    ' ',
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom('1', '0x1F', 'true', 'a b', 'é', '-', '? x', 'k:'),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('mapping')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  mapping: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).node;
const styles = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  indent: fc.integer({ min: 1, max: 4 }),
  lineWidth: fc.constantFrom(0, 20, 80),
}) as fc.Arbitrary<YAML.ToStringOptions>;

/** Every path into plain data: mapping keys and list indexes. */
function pathsOf(data: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (typeof data === 'object' && data !== null)
    for (const [k, v] of Object.entries(data)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

describe('the first pass reads what yaml reads', () => {
  it('the same data, and every value where yaml places it, for any YAML yaml writes (fast-check)', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), styles, (data, options) => {
        const text = YAML.stringify(data, options);
        const first = fastYaml(text);
        if (!first.ok) return;
        read++;
        const doc = parseDocument(text, { uniqueKeys: false });
        expect(first.data).toEqual(doc.toJS({ maxAliasCount: 0 }));
        for (const path of pathsOf(first.data))
          expect(placedOffset(first.places(), path), JSON.stringify(path)).toBe(offsetOf(doc, path));
      }),
      { numRuns: 400 },
    );
    // Most of what yaml writes is read by the first pass (it must not give up on everything).
    expect(read).toBeGreaterThan(200);
  });

  it('parseMap answers as the yaml-only path for generated maps and their corruptions (fast-check)', () => {
    const text = stringifyMap(generateMap(12, 7));
    const insert = fc.constantFrom(
      ':',
      ' ',
      '\n',
      '- ',
      '"',
      "'",
      '#',
      '{',
      '[',
      '&a ',
      '*a',
      '!!str ',
      '~',
      '\t',
      '---\n',
      '? ',
      '|',
      'x',
      '0x1',
      '.nan',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: text.length }), insert), { maxLength: 3 }), (edits) => {
        let changed = text;
        for (const [at, s] of edits) changed = changed.slice(0, at) + s + changed.slice(at);
        const fast = parseMap(changed);
        const slow = parseMapWithYaml(changed);
        expect(fast.ok).toBe(slow.ok);
        if (fast.ok && slow.ok) expect(fast.map).toEqual(slow.map);
        else expect(fast).toEqual(slow);
      }),
      { numRuns: 300 },
    );
  });

  it('a loaded map is placed without yaml, and its Document is the one yaml builds, on demand', () => {
    const text = stringifyMap(generateMap(30, 3));
    const fast = parseMap(text);
    const slow = parseMapWithYaml(text);
    if (!fast.ok || !slow.ok) throw new Error('generated map does not load');
    expect(placesOf(fast.document)).toBeDefined();
    expect(placesOf(slow.document)).toBeUndefined();
    expect(fast.map).toEqual(slow.map);
    expect(fast.document.yaml.toString()).toBe(slow.document.yaml.toString());
    expect(Array.from(fast.document.lineCounter.lineStarts)).toEqual(slow.document.lineCounter.lineStarts);
  });

  // The first pass makes node objects its own way (room for their fields, numbers stored
  // boxed): what anyone can see of them must be what yaml's path gives.
  it('makes plain objects with the keys in file order and the same values as yaml does', () => {
    const text = stringifyMap(generateMap(60, 3));
    const fast = parseMap(text);
    const slow = parseMapWithYaml(text);
    if (!fast.ok || !slow.ok) throw new Error('generated map does not load');
    // Loaded by the first pass (parseMap falls back to yaml's path where its data is refused).
    expect(placesOf(fast.document)).toBeDefined();
    expect(fast.map).toStrictEqual(slow.map);
    expect(structuredClone(fast.map)).toStrictEqual(slow.map);
    expect(JSON.stringify(fast.map)).toBe(JSON.stringify(slow.map));
    for (const [id, node] of Object.entries(fast.map.nodes)) {
      expect(Object.getPrototypeOf(node as object)).toBe(Object.prototype);
      expect((node as object).constructor).toBe(Object);
      expect(Object.keys(node as object)).toEqual(Object.keys(slow.map.nodes[id] ?? {}));
    }
  });

  it('places the errors of a file over a megabyte (not parsed again by yaml) as the yaml-only path does', () => {
    const lines = ['version: 1', 'title: Big and wrong', 'nodes:'];
    for (let i = 0, size = 0; size < 1.1 * 1024 * 1024; i++) {
      const uses = i % 50 === 7 ? `[missing-${i}]` : `[n${i + 1}]`;
      const odd =
        i % 3 === 0 ? `\n    colour: red\n    note: |\n      block ${i}` : i % 3 === 1 ? '\n    x-empty:' : '';
      const node = `  n${i}:\n    kind: component\n    name: "Node ${i}"\n    evolution: 0.5\n    visibility: 0.5\n    uses: ${uses}${odd}`;
      lines.push(node);
      size += node.length + 1;
    }
    const text = `${lines.join('\n')}\n`;
    const fast = parseMap(text);
    expect(fast.ok).toBe(false);
    expect(fast).toEqual(parseMapWithYaml(text));
  });

  it('does not read what only yaml may judge, and says why: a mistake, or a feature left to yaml', () => {
    const cases: [string, string, boolean][] = [
      ['a: &x 1\nb: *x\n', 'yaml/unsupported', false],
      ['a: *x\n', 'yaml/alias', true],
      ['a: !!str 1\n', 'yaml/unsupported', false],
      ['a: &x 1\n', 'yaml/unsupported', false],
      ['%YAML 1.2\n---\na: 1\n', 'yaml/unsupported', false],
      ['a: 1\n---\nb: 2\n', 'yaml/multiple-documents', true],
      ['a: 1\na: 2\n', 'yaml/duplicate-key', true],
      ['~: 1\n', 'yaml/unsupported', false],
      ['__proto__: 1\n', 'yaml/reserved-key', true],
      ['a: .nan\n', 'yaml/non-finite', true],
      ['a: 1e999\n', 'yaml/non-finite', true],
      ['a:\tb\n', 'yaml/unsupported', false],
      ['a: "b\t\n  c"\n', 'yaml/unsupported', false],
      ['a:\n\t- b\n', 'yaml/unsupported', false],
      ['? [a]\n: 1\n', 'yaml/complex-key', true],
      [`${'k'.repeat(1200)}: 1\n`, 'yaml/unsupported', false],
      [`${'['.repeat(40)}${']'.repeat(40)}\n`, 'yaml/unsupported', false],
      ['a: "open\n', 'yaml/syntax', true],
      ['# only a comment\n', 'yaml/empty', true],
    ];
    for (const [text, rule, certain] of cases) {
      const first = fastYaml(text);
      expect(first.ok, JSON.stringify(text.slice(0, 30))).toBe(false);
      if (!first.ok) expect({ rule: first.notRead.rule, certain: first.notRead.certain }).toEqual({ rule, certain });
    }
    // A large file reads deeper nesting (to yaml's limit) and ignores anchors, as yaml's path does.
    expect(fastYaml(`${'['.repeat(40)}${']'.repeat(40)}\n`, { large: true }).ok).toBe(true);
    expect(fastYaml('a: &x 1\n', { large: true }).ok).toBe(true);
    const deep = fastYaml(`${'['.repeat(70)}${']'.repeat(70)}\n`, { large: true });
    expect(deep.ok ? '' : deep.notRead.rule).toBe('yaml/too-deep');
  });

  it('answers a file over a megabyte it does not read without yaml, at the place and with the reason', () => {
    const big = stringifyMap(generateMap(3500, 5));
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const lines = big.split('\n').length;
    const answer = (tail: string) => {
      const r = parseMap(`${big}${tail}`);
      return r.ok ? [] : r.errors.map(({ rule, line, column }) => ({ rule, line, column }));
    };
    expect(answer('x-a: &a 1\nx-b: *a\n')).toEqual([{ rule: 'yaml/alias', line: lines + 1, column: 6 }]);
    expect(answer('title: again\n')).toEqual([{ rule: 'yaml/duplicate-key', line: lines, column: 1 }]);
    expect(answer('x-t: a\tb\n')).toEqual([{ rule: 'yaml/unsupported', line: lines, column: 7 }]);
    expect(answer('x-n: .inf\n')).toEqual([{ rule: 'yaml/non-finite', line: lines, column: 6 }]);
    // Anchors without aliases load, as yaml's path loads them.
    const anchored = `${big}x-a: &a [1, 2]\n`;
    const fast = parseMap(anchored);
    const slow = parseMapWithYaml(anchored);
    expect(fast.ok && slow.ok && fast.map).toEqual(slow.ok && slow.map);
  });
});

describe('tabs inside quoted text', () => {
  it('a map over a megabyte with a tab inside a quoted note loads, as yaml loads it', () => {
    const map = generateMap(3500, 5);
    const first = Object.keys(map.nodes)[0] ?? '';
    const last = Object.keys(map.nodes).at(-1) ?? '';
    const text = stringifyMap(map)
      .replace(`  ${first}:\n`, `  ${first}:\n    note: "Owner:\tops team\t(on call)"\n`)
      .replace(`  ${last}:\n`, `  ${last}:\n    note: 'tab\there, and a\\ttab escape'\n`);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const fast = parseMap(text);
    if (!fast.ok) throw new Error(JSON.stringify(fast.errors.slice(0, 2)));
    expect(fast.map.nodes[first]?.note).toBe('Owner:\tops team\t(on call)');
    expect(fast.map.nodes[last]?.note).toBe('tab\there, and a\\ttab escape');
    const slow = parseMapWithYaml(text);
    expect(slow.ok && slow.map).toEqual(fast.map);
  });

  it('the first pass reads quoted text with tabs and line breaks exactly as yaml does, or leaves it (fast-check)', () => {
    const pieces = ['a', ' ', '\t', '\n', '\n\n', '\n  ', ' \n', '\t\n', '\n\t', '\\\n', '\\', '\\t', '\\\t'];
    const piece = fc.constantFrom(...pieces, "''", '\\"', 'é', '#', ': ');
    // Each holds a tab between words, with more pieces around it.
    const around = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
    const body = fc.tuple(around, around).map(([before, after]) => `${before}x\ty${after}`);
    const quotedText = fc
      .tuple(body, fc.boolean())
      .map(([b, double]) => (double ? `"${b.replace(/"/g, '')}"` : `'${b.replace(/'(?!')/g, '')}'`));
    const inContext = fc.constantFrom(
      (q: string) => `a: 1\nb: ${q}\n`,
      (q: string) => `a:\n  - ${q}\n  - x\n`,
      (q: string) => `a: {b: ${q}, c: 1}\n`,
      (q: string) => `${q}: 1\n`,
    );
    let read = 0;
    fc.assert(
      fc.property(quotedText, inContext, (quoted, context) => {
        const text = context(quoted);
        const doc = parseDocument(text, { uniqueKeys: false });
        const first = fastYaml(text, { large: true });
        if (doc.errors.length > 0 || doc.warnings.length > 0) {
          expect(first.ok, JSON.stringify(text)).toBe(false);
          return;
        }
        if (!first.ok) return;
        read++;
        expect(first.data, JSON.stringify(text)).toEqual(doc.toJS({ maxAliasCount: 0 }));
        for (const path of pathsOf(first.data))
          expect(placedOffset(first.places(), path), JSON.stringify(path)).toBe(offsetOf(doc, path));
      }),
      { numRuns: 1000 },
    );
    // Tabs in quoted text are read (not all left to yaml).
    expect(read).toBeGreaterThan(100);
  });
});

describe('places walked only as far as asked', () => {
  it('any position, asked in any order, is where the whole index puts it (fast-check)', () => {
    const text = stringifyMap(generateMap(400, 9));
    const whole = fastYaml(text);
    if (!whole.ok) throw new Error('generated map not read');
    const full = whole.places();
    const ids = Object.keys((whole.data as { nodes: object }).nodes);
    const path = fc.oneof(
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom('name', 'uses', 'nowhere', 'deploy')).map(([id, f]) => ({
        path: ['nodes', id, f],
        extra: undefined as string | undefined,
      })),
      fc.tuple(fc.constantFrom(...ids, 'gone'), fc.constantFrom('kind', 'colour')).map(([id, extra]) => ({
        path: ['nodes', id],
        extra,
      })),
      fc.constantFrom(
        { path: ['deployment', 'registry'] },
        { path: ['nodes', ids[0] ?? '', 'uses', 0] },
        { path: ['x'] },
      ),
    );
    fc.assert(
      fc.property(fc.array(path, { minLength: 1, maxLength: 6 }), (asked) => {
        const first = fastYaml(text);
        if (!first.ok) throw new Error('not read');
        for (const { path: p, extra } of asked as { path: (string | number)[]; extra?: string }[])
          expect(first.offsetOf(p, extra), JSON.stringify([p, extra])).toBe(placedOffset(full, p, extra));
      }),
      { numRuns: 200 },
    );
  });
});

describe('places of large mappings and lists', () => {
  // Past a few dozen entries a mapping or list is looked up through an index built on the first
  // look-up (placed.ts); below that, by walking its entries. Both must answer as yaml does.
  const nodes: Record<string, unknown> = {};
  for (let i = 0; i < 70; i++)
    nodes[`n-${i}`] = {
      name: `node ${i}`,
      uses: Array.from({ length: i % 3 === 0 ? 40 : 2 }, (_, k) => `n-${(i + k + 1) % 70}`),
      deploy: { image: `img-${i}`, env: i % 2 === 0 ? [{ name: 'A', value: 1 }] : [] },
    };
  const data = { version: 1, nodes, list: Array.from({ length: 60 }, (_, i) => (i % 4 === 0 ? { at: i } : i)) };
  const missing = (path: (string | number)[]) => [
    [...path, 'missing'],
    [...path, 99],
    [...path, 'x', 'y'],
  ];

  it.each(['block', 'flow'] as const)('every value, key and missing place is where yaml puts it (%s)', (style) => {
    const text = YAML.stringify(data, { collectionStyle: style, lineWidth: 0 });
    const first = fastYaml(text);
    if (!first.ok) throw new Error(`not read: ${first.notRead.message}`);
    const places = first.places();
    const doc = parseDocument(text, { uniqueKeys: false });
    for (const path of pathsOf(data)) {
      for (const p of [path, ...missing(path)])
        expect(placedOffset(places, p), JSON.stringify(p)).toBe(offsetOf(doc, p));
      for (const extra of ['name', 'uses', 'nowhere'])
        expect(placedOffset(places, path, extra), JSON.stringify([path, extra])).toBe(offsetOf(doc, path, extra));
    }
  });
});
