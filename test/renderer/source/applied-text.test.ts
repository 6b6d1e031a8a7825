// The pane's text after typing is the map's text with the editor's recorded changes applied
// (source-sync.ts builds it from slices instead of joining the editor's lines): for any chain of
// edits it must equal the editor's own document.
import { ChangeSet, Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appliedText } from '../../../renderer/source/source-sync.ts';

const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 30 }), insert: fc.string({ maxLength: 20 }) });
const lines = fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 40 });

describe('appliedText', () => {
  it('equals the editor document after a chain of edits composed into one change set', () => {
    fc.assert(
      fc.property(lines, fc.array(edit, { maxLength: 12 }), (baseLines, edits) => {
        const base = baseLines.join('\n');
        let doc = Text.of(base.split('\n'));
        let typed = ChangeSet.empty(doc.length);
        for (const e of edits) {
          const from = e.at % (doc.length + 1);
          const change = ChangeSet.of({ from, to: Math.min(doc.length, from + e.cut), insert: e.insert }, doc.length);
          doc = change.apply(doc);
          typed = typed.compose(change);
        }
        expect(appliedText(base, typed)).toBe(doc.toString());
      }),
      { numRuns: 300 },
    );
  });
});
