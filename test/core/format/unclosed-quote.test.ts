// A quote never closed (core/format/unclosed-quote.ts): a file over 1 MB is answered by the first
// pass, whose reader (js-yaml) stops after the quote with "deficient indentation"; the answer names
// the quote's own line and column, as yaml's path does for a small file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastYaml } from '../../../core/format/fast-yaml.ts';
import { parseMap, parseMapWithYaml } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { generateMap } from '../../support/maps.ts';

const lineAndColumn = (text: string, offset: number) => {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
};

describe('a quote never closed', () => {
  it('in a file over a megabyte, is named at its line and column', () => {
    const big = stringifyMap(generateMap(3500, 5));
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const lines = big.split('\n').length;
    const answer = (text: string) => {
      const r = parseMap(text);
      return r.ok ? [] : r.errors.map(({ rule, line, column, message }) => ({ rule, line, column, message }));
    };
    const words = (q: string, line: number, column: number) =>
      `the quote ${q} opened at line ${line}, column ${column} is never closed (everything after it would be its text)`;
    expect(answer(`${big}x-bad: "never \\" closed\n`)).toEqual([
      { rule: 'yaml/syntax', line: lines, column: 8, message: words('"', lines, 8) },
    ]);
    expect(answer(`${big}x-list:\n  - 'it''s open\n`)).toEqual([
      { rule: 'yaml/syntax', line: lines + 1, column: 5, message: words("'", lines + 1, 5) },
    ]);
    // In the middle of the file: the quote runs into the next node, indented less than its text.
    const at = big.indexOf('\n    name: ', big.length / 2) + '\n    name: '.length;
    const middle = `${big.slice(0, at)}"${big.slice(at)}`;
    const [line, column] = lineAndColumn(middle, at).split(':').map(Number) as [number, number];
    expect(answer(middle)).toEqual([{ rule: 'yaml/syntax', line, column, message: words('"', line, column) }]);
    expect(parseMapWithYaml(middle)).toEqual(parseMap(middle));
  });

  it('is named as yaml names it when a quote of its kind comes further on, double or single', () => {
    const big = stringifyMap(generateMap(3500, 5));
    const at = big.indexOf('\n    name: ', big.length / 2) + '\n    name: '.length;
    for (const q of ['"', "'"]) {
      // The scalar ends at the next node's line, indented less than its text: the later quote opens a value of its own.
      const text = `${big.slice(0, at)}${q}${big.slice(at)}x-later: ${q}closed${q}\n`;
      const [line, column] = lineAndColumn(text, at).split(':').map(Number) as [number, number];
      const r = parseMap(text);
      expect(r.ok ? [] : r.errors.map((e) => `${e.rule} ${e.line}:${e.column}`)).toEqual([
        `yaml/syntax ${line}:${column}`,
      ]);
      expect(parseMapWithYaml(text)).toEqual(r);
    }
  });

  it('is named where yaml names it, wherever a value opens with a quote (fast-check)', () => {
    const text = stringifyMap(generateMap(10, 3));
    const starts: number[] = [];
    for (let i = text.indexOf(': '); i >= 0; i = text.indexOf(': ', i + 1)) starts.push(i + 2);
    let named = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...starts),
        fc.constantFrom('"', "'"),
        fc.constantFrom('', 'a', "it''s", 'x\\"y'),
        fc.boolean(),
        (at, quote, more, later) => {
          // A quoted value of the same kind further on must not change which quote is named.
          const tail = later ? `x-later: ${quote}closed${quote}\n` : '';
          const changed = text.slice(0, at) + quote + more + text.slice(at) + tail;
          const first = fastYaml(changed, { large: true });
          const slow = parseMapWithYaml(changed);
          if (slow.ok) return;
          expect(first.ok).toBe(false);
          if (first.ok || !first.notRead.message.includes('never closed')) return;
          named++;
          const claim = `${lineAndColumn(changed, first.notRead.offset)} ${first.notRead.message}`;
          expect(slow.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toContain(claim);
        },
      ),
      { numRuns: 300 },
    );
    expect(named).toBeGreaterThan(200);
  });
});
