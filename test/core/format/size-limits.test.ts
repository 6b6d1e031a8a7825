// How much a map file may hold (core/format/size-limits.ts) and how a large file is answered
// without yaml's path: the value count never undercounts what a parser reads, a collection over
// MAX_ENTRIES is refused at the same place whichever path reads it, only the first errors are
// worded, and a large file the first pass does not read is answered with the place and the reason.
import fc from 'fast-check';
import { parseEvents } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { MAX_REPORTED_ERRORS, parseMap, parseMapWithYaml } from '../../../core/format/parse.ts';
import { MAX_ENTRIES, valueBudgetExceeded } from '../../../core/format/size-limits.ts';

const anyData: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 6 }),
    fc.integer(),
    fc.constant(null),
    tie('list'),
    tie('mapping'),
  ),
  list: fc.array(tie('node'), { maxLength: 5 }),
  mapping: fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), tie('node'), { maxKeys: 5 }),
})).node;

/** Values (scalars, mappings, lists) js-yaml reads in `text`. */
function valuesRead(text: string): number {
  return parseEvents(text, { maxDepth: 1000 }).filter((e) => e.type >= 2 && e.type <= 5).length;
}

/** The smallest budget valueBudgetExceeded lets `text` through with. */
function marksOf(text: string): number {
  let low = 0;
  let high = text.length + 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (valueBudgetExceeded(text, mid) < 0) high = mid;
    else low = mid + 1;
  }
  return low;
}

describe('the value count', () => {
  it('never counts fewer than half the values a parser reads, however the YAML is written (fast-check)', () => {
    fc.assert(
      fc.property(anyData, fc.constantFrom('block', 'flow', 'json'), (data, style) => {
        const text =
          style === 'json'
            ? JSON.stringify({ data })
            : YAML.stringify({ data }, { collectionStyle: style === 'flow' ? 'flow' : 'block' });
        expect(valuesRead(text)).toBeLessThanOrEqual(2 * marksOf(text) + 2);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a file of millions of values at the place the count passes the limit, before parsing', () => {
    const text = `version: 1\ntitle: T\nnodes: {}\nx-list: [${'0, '.repeat(1_100_000)}0]\n`;
    const r = parseMap(text);
    if (r.ok) throw new Error('loaded');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ rule: 'file/too-many-values', line: 4 });
    expect(parseMapWithYaml(text)).toEqual(r);
  });
});

describe('collections over the limit', () => {
  const padded = (i: number) => `x-k${i}: ${'p'.repeat(50)}`;
  const keys = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

  it('a large file (first pass) and a small one (yaml path) are refused at the first entry over', () => {
    // 1.2 MB: the first pass refuses while reading; the yaml-only path refuses the loaded data.
    const large = `version: 1\ntitle: T\nnodes: {}\n${keys(MAX_ENTRIES + 5, padded)}\n`;
    expect(large.length).toBeGreaterThan(1024 * 1024);
    const fast = parseMap(large);
    expect(fast).toEqual(parseMapWithYaml(large));
    expect(fast.ok ? [] : fast.errors).toEqual([
      expect.objectContaining({ rule: 'schema/too-many-entries', line: MAX_ENTRIES + 1, column: 1 }),
    ]);
    const small = `version: 1\ntitle: T\nnodes: {}\nx-list:\n${keys(MAX_ENTRIES + 1, (i) => `  - ${i}`)}\n`;
    const r = parseMap(small);
    expect(r.ok ? [] : r.errors).toEqual([
      expect.objectContaining({ rule: 'schema/too-many-entries', line: MAX_ENTRIES + 5, column: 5 }),
    ]);
  });

  it('refuses a node over the limit by name, before checking any node', () => {
    const node = (i: number) => `  n${i}: {kind: component, name: ${'N'.repeat(40)}, evolution: 0.5, visibility: 0.5}`;
    const text = `version: 1\ntitle: T\nnodes:\n${keys(MAX_ENTRIES + 1, node)}\n`;
    const r = parseMap(text);
    expect(r).toEqual(parseMapWithYaml(text));
    expect(r.ok ? [] : r.errors).toEqual([
      expect.objectContaining({ rule: 'schema/too-many-nodes', line: MAX_ENTRIES + 4, column: 3 }),
    ]);
    expect(r.ok ? '' : r.errors[0]?.message).toContain(`'n${MAX_ENTRIES}'`);
  });
});

describe('the first errors of many', () => {
  it('words only the first errors in the file, and counts the rest', () => {
    // Unknown fields and dangling references, in an order the file does not follow.
    const fields = Array.from({ length: 3000 }, (_, i) => `    f${(i * 7919) % 3000}: 1`);
    const nodes = Array.from(
      { length: 400 },
      (_, i) => `  d${i}: {kind: component, name: D, evolution: 0.5, visibility: 0.5, uses: [gone]}`,
    );
    const text = `version: 1\ntitle: T\nnodes:\n${nodes.slice(0, 200).join('\n')}\n  a:\n    kind: component\n    name: A\n    evolution: 0.5\n    visibility: 0.5\n${fields.join('\n')}\n${nodes.slice(200).join('\n')}\n`;
    const r = parseMap(text);
    if (r.ok) throw new Error('loaded');
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    const lines = r.errors.slice(0, MAX_REPORTED_ERRORS).map((e) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    // The 200 first nodes' dangling uses, then the unknown fields in the order they are written.
    expect(r.errors[0]).toMatchObject({ rule: 'ref/dangling', line: 4 });
    expect(r.errors[200]).toMatchObject({ rule: 'schema/unknown-field', line: 209 });
    expect(r.errors[MAX_REPORTED_ERRORS - 1]).toMatchObject({ line: 209 + 799 });
    expect(r.errors[MAX_REPORTED_ERRORS]).toMatchObject({ rule: 'file/too-many-errors' });
    expect(r.errors[MAX_REPORTED_ERRORS]?.message).toMatch(/^2400 more errors/);
    expect(r).toEqual(parseMapWithYaml(text));
  });
});
