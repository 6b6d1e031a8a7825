// Where the loader points: the first invalid UTF-8 byte (checked against the platform's own
// strict decoder), keys as they load (`~` is ''), and a cap on how many errors one file reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_ERRORS, parseMap, positionOf } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { firstInvalidUtf8 } from '../../../core/format/utf8.ts';
import { generateMap } from '../../support/maps.ts';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodes(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Bytes that are mostly UTF-8 with damage: random bytes alone almost never form valid sequences.
const damagedUtf8 = fc
  .tuple(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  )
  .map(([text, damage]) => {
    const bytes = new TextEncoder().encode(text);
    for (const [at, byte] of damage) if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return bytes;
  });

describe('firstInvalidUtf8', () => {
  it('agrees with the strict TextDecoder: valid up to the offset, invalid from it', () => {
    fc.assert(
      fc.property(fc.oneof(damagedUtf8, fc.uint8Array({ maxLength: 24 })), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        expect(at === -1).toBe(decodes(bytes));
        if (at >= 0) {
          expect(decodes(bytes.subarray(0, at))).toBe(true);
          expect(decodes(bytes.subarray(0, at + 4))).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseMap positions', () => {
  it('places every node id at the line and column where the file writes it', () => {
    const text = stringifyMap(generateMap(300));
    const parsed = parseMap(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const lines = text.split('\n');
    for (const id of Object.keys(parsed.map.nodes)) {
      const { line, column } = positionOf(parsed.document, ['nodes', id]);
      expect(lines[line - 1]?.slice(column - 1), id).toMatch(/^[{a-z]/);
      // The value of a block node starts on the line after `  id:`.
      expect(lines[line - 2], id).toBe(`  ${id}:`);
    }
  });

  it('reports a key written ~ and one written "" as the same key, as they load', () => {
    const r = parseMap('version: 1\ntitle: Keys\nnodes: {}\nx-a:\n  ~: 1\n  "": 2\n');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual(expect.objectContaining({ rule: 'yaml/duplicate-key', line: 6, column: 3 }));
  });

  it('reports a constructor key inside an extension at the key', () => {
    const r = parseMap('version: 1\ntitle: Keys\nnodes: {}\nx-a:\n  b:\n    constructor: {}\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ rule: 'yaml/reserved-key', line: 6, column: 5 })]);
  });

  it('points at the opening quote of a quoted key that is never closed', () => {
    const r = parseMap('version: 1\ntitle: ok\nnodes: {}\nx-note: "one\n  two\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ rule: 'yaml/syntax', line: 4, column: 9 }));
  });

  it('reports the first errors and then says how many more there are', () => {
    const count = MAX_REPORTED_ERRORS + 250;
    const lines = ['version: 1', 'title: Many mistakes', 'nodes:'];
    for (let i = 0; i < count; i++) {
      lines.push(`  n${i}: {kind: component, name: N, evolution: 0.5, visibility: 0.5, uses: [gone-${i}]}`);
    }
    const r = parseMap(`${lines.join('\n')}\n`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(r.errors[0]).toMatchObject({ rule: 'ref/dangling', line: 4, node: 'n0' });
    expect(r.errors.at(-1)).toMatchObject({
      rule: 'file/too-many-errors',
      line: 4 + MAX_REPORTED_ERRORS,
      message: expect.stringContaining('250 more errors'),
    });
  });
});

describe('parseMap line starts', () => {
  // The plain definition: offset 0, then the offset after every '\n' of the text.
  const plainStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
  const base = stringifyMap(generateMap(12)).split('\n');

  it('are the start of every line of the text, blank lines, comments, CRLF and a last line without newline', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '# note', '   ')), { maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        (inserted, crlf, trailing) => {
          const lines = [...base.slice(0, -1)];
          for (const [at, line] of inserted) lines.splice(3 + (at % (lines.length - 3)), 0, line);
          const text = lines.join(crlf ? '\r\n' : '\n') + (trailing ? (crlf ? '\r\n' : '\n') : '');
          const parsed = parseMap(text);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(Array.from(parsed.document.lineCounter.lineStarts)).toEqual(plainStarts(parsed.document.text));
        },
      ),
      { numRuns: 200 },
    );
  });
});
