// The chunked line index (core/model/line-chunks.ts) after any sequence of edits must answer as a
// scan of the edited text does: every line start, and the line and column of every offset.
import fc from 'fast-check';
import { LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ChunkedLines } from '../../../core/model/line-chunks.ts';
import { applyTextEdits, inTextOrder, type TextEdit } from '../../../core/model/splice.ts';

function scannedStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function yamlCounter(text: string): LineCounter {
  const counter = new LineCounter();
  for (const s of scannedStarts(text)) counter.addNewLine(s);
  return counter;
}

const pieceArb = fc.array(fc.constantFrom('a', 'bc', '\n', 'x\n', '\n\n', '  key: 1\n'), { maxLength: 12 });

// Up to three edits, apart, in offsets of `text`.
function editsArb(length: number): fc.Arbitrary<TextEdit[]> {
  return fc
    .array(fc.record({ at: fc.nat(length), span: fc.nat(12), text: pieceArb.map((p) => p.join('')) }), {
      maxLength: 3,
    })
    .map((raw) => {
      const edits: TextEdit[] = [];
      let cursor = 0;
      for (const r of [...raw].sort((a, b) => a.at - b.at)) {
        const start = Math.max(cursor, r.at);
        if (start > length) break;
        const end = Math.min(length, start + r.span);
        edits.push({ start, end, text: r.text });
        cursor = end + 1;
      }
      return edits;
    });
}

describe('chunked line index', () => {
  it('answers as a scan of the edited text, edit after edit', () => {
    fc.assert(
      fc.property(
        pieceArb.map((p) => p.join('')),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (start, chunkSize, seeds, seed) => {
          let text = start;
          let lines = ChunkedLines.of(Int32Array.from(scannedStarts(text)), chunkSize);
          for (const s of seeds) {
            const [edits] = fc.sample(editsArb(text.length), { seed: s + seed, numRuns: 1 });
            lines = lines.edited(inTextOrder(edits ?? []));
            text = applyTextEdits(text, edits ?? []);
            const expected = scannedStarts(text);
            expect(Array.from(lines.lineStarts)).toEqual(expected);
            const plain = yamlCounter(text);
            for (let offset = -1; offset <= text.length + 1; offset++) {
              expect(lines.linePos(offset)).toEqual(plain.linePos(offset));
            }
            expected.forEach((s, i) => expect(lines.startOfLine(i + 1)).toBe(s));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
