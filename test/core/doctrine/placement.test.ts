// Findings keep their places across edits (core/doctrine/placement.ts): after any sequence of
// edits, each checked in turn, and on the way back through the same documents (undo), the
// placed findings are exactly those a full check of the same document gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument, rulesReusedByLastCheck } from '../../../core/doctrine/check.ts';
import type { MapDocument } from '../../../core/format/parse.ts';
import type { Diagnostic } from '../../../core/model/types.ts';
import { EXAMPLE_DOCUMENTS } from './example-documents.ts';
import { edited, stepArb } from './edit-steps.ts';

const DOCS = EXAMPLE_DOCUMENTS;

/** A full check: a copy is related to no document checked before. */
function fullCheck(document: MapDocument, strict: boolean): Diagnostic[] {
  const findings = checkDocument({ ...document, map: structuredClone(document.map) }, { strict });
  expect(rulesReusedByLastCheck()).toBe(0);
  return findings;
}

describe('doctrine findings placed after edits', () => {
  it('are those of a full check after every edit of a sequence, and on the way back', () => {
    let reused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: DOCS.length - 1 }),
        fc.array(stepArb, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (m, sequence, strict) => {
          const documents = [DOCS[m] as MapDocument];
          for (const step of sequence) {
            const result = edited(documents[documents.length - 1] as MapDocument, step);
            if (result.ok) documents.push(result.document);
          }
          const full = documents.map((d) => fullCheck(d, strict));
          const check = (i: number) => {
            expect(checkDocument(documents[i] as MapDocument, { strict })).toEqual(full[i]);
            reused += rulesReusedByLastCheck();
          };
          for (let i = 0; i < documents.length; i++) check(i);
          for (let i = documents.length - 2; i >= 0; i--) check(i);
        },
      ),
      { numRuns: 80 },
    );
    expect(reused).toBeGreaterThan(0);
  });

  it('follow a change of strictness on the same document', () => {
    const document = DOCS[0] as MapDocument;
    const strict = fullCheck(document, true);
    const lenient = fullCheck(document, false);
    expect(checkDocument(document, { strict: true })).toEqual(strict);
    expect(checkDocument(document)).toEqual(lenient);
    expect(checkDocument(document, { strict: true })).toEqual(strict);
  });
});
