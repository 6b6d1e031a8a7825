// Reading a file and writing it back must be a fixed point: a save writes what was read, so a
// second save of an untouched line changes nothing. CR CR LF used to read back as CR LF, and every
// save of the file lost one CR on lines no edit touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDiagnostic, sourceFromText, textForFile, type SourceText } from '../../../core/format/source.ts';

function read(raw: string): SourceText {
  const source = sourceFromText(raw);
  if (isDiagnostic(source)) throw new Error(source.message);
  return source;
}

describe('file text read and written back', () => {
  it('reads a run of CRs before a line end as one line end', () => {
    expect(read('a: 1 #\r\r\r\nb: 2\n').text).toBe('a: 1 #\nb: 2\n');
  });

  it('keeps CR LF files CR LF and a BOM where there was one', () => {
    const source = read('\uFEFFa: 1\r\nb: 2\r\n');
    expect(source.text).toBe('a: 1\nb: 2\n');
    expect(textForFile(source.text, source)).toBe('\uFEFFa: 1\r\nb: 2\r\n');
  });

  it('is a fixed point: what a save writes reads back as the same text (fast-check)', () => {
    const unit = fc.constantFrom('\r', '\n', '\r\n', 'a', ' ', '#', '\uFEFF');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (raw) => {
        const first = read(raw);
        const written = textForFile(first.text, first);
        const second = read(written);
        expect(second.text).toBe(first.text);
        expect(textForFile(second.text, second)).toBe(written);
      }),
      { numRuns: 500 },
    );
  });
});
