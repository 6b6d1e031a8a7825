// Scalars of the first pass (core/format/fast-scalars.ts): quoted text decoded as js-yaml decodes it
// (without js-yaml's piece-by-piece string building on one line), plain scalars resolved as yaml's
// core schema resolves them.
import fc from 'fast-check';
import { getScalarValue, parseEvents, type ScalarEvent } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument } from 'yaml';
import { plainValue, scalarText } from '../../../core/format/fast-scalars.ts';

const DOUBLE_PIECES = [
  'a',
  'n',
  'Zé',
  ' ',
  '\t',
  "'",
  '#',
  ...['\\n', '\\t', '\\\\', '\\"', '\\/', '\\0', '\\a', '\\b', '\\e', '\\f', '\\r', '\\v', '\\ ', '\\\t'],
  ...['\\N', '\\_', '\\L', '\\P', '\\x41', '\\u00e9', '\\U0001F600'],
  '\n',
  '\n\n',
  '\\\n',
];
const SINGLE_PIECES = ['a', 'Zé', ' ', '\t', "''", '"', '\\', '#', '\n', '\n\n'];

function quotedScalar(text: string): ScalarEvent {
  const scalar = parseEvents(text, {}).find((e) => e.type === 4 && e.style !== 1);
  if (!scalar || scalar.type !== 4) throw new Error(`no quoted scalar in ${JSON.stringify(text)}`);
  return scalar;
}

// Lines after the first indented, as a value's continuation lines must be.
const pieces = (from: string[]) =>
  fc.array(fc.constantFrom(...from), { maxLength: 30 }).map((p) => p.join('').replaceAll('\n', '\n  '));

describe('quoted text', () => {
  it('is what js-yaml decodes, double- or single-quoted, on one line or several (fast-check)', () => {
    const double = pieces(DOUBLE_PIECES).map((raw) => `x: "${raw}"\n`);
    const single = pieces(SINGLE_PIECES).map((raw) => `x: '${raw}'\n`);
    fc.assert(
      fc.property(fc.oneof(double, single), (text) => {
        const scalar = quotedScalar(text);
        expect(scalarText(text, scalar)).toBe(getScalarValue(text, scalar));
      }),
      { numRuns: 5000 },
    );
  });

  it('a 10 MB double-quoted line with millions of escapes is decoded whole', () => {
    const text = `x: "${'ab\\n\\t\\"'.repeat(1_000_000)}"\n`;
    const value = scalarText(text, quotedScalar(text));
    expect(value).toHaveLength(5_000_000);
    expect(value.slice(0, 10)).toBe('ab\n\t"ab\n\t"');
  });
});

describe('plain scalars', () => {
  it('resolve as yaml resolves them (fast-check)', () => {
    const plain = fc
      .array(fc.constantFrom(...'0123456789.+-eExXo_abcfFnNtTuUlLsS~ '.split('')), { minLength: 1, maxLength: 8 })
      .map((c) => c.join('').trim())
      .filter((s) => s.length > 0);
    const words = fc.constantFrom('null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'False', 'no', '~');
    fc.assert(
      fc.property(fc.oneof(plain, words), (source) => {
        const doc = parseDocument(`x: ${source}\n`);
        const node = doc.get('x', true);
        fc.pre(doc.errors.length === 0 && isScalar(node) && node.type === 'PLAIN');
        expect(plainValue(source)).toEqual(doc.toJS().x);
      }),
      { numRuns: 2000 },
    );
  });
});
