import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapChangeBesideTyping } from '../../../renderer/source/pane-merge.ts';

/** Text in chunks set apart by `|`, which no edit writes: an edit of one chunk stays in it. */
const chunks = fc.array(fc.stringMatching(/^[ab]{0,6}$/), { minLength: 2, maxLength: 8 });

function edited(parts: string[], index: number, text: string): string {
  return parts.map((p, i) => (i === index ? text : p)).join('|');
}

describe('a map change arriving while the pane holds typing', () => {
  it('is made beside the typing when they touch different lines, keeping both', () => {
    fc.assert(
      fc.property(
        chunks,
        fc.nat(),
        fc.nat(),
        fc.stringMatching(/^[ab]{0,6}$/),
        fc.stringMatching(/^[ab]{0,6}$/),
        (parts, i, j, mapPart, typedPart) => {
          const m = i % parts.length;
          const t = j % parts.length;
          if (m === t) return;
          const base = parts.join('|');
          const mapText = edited(parts, m, mapPart);
          const typed = edited(parts, t, typedPart);
          const both = parts.map((p, k) => (k === m ? mapPart : k === t ? typedPart : p)).join('|');
          const change = mapChangeBesideTyping(base, typed, mapText);
          if (mapText === base) {
            expect(change).toBeUndefined();
            return;
          }
          if (change === 'conflict' || !change) throw new Error(`no change for ${base} / ${typed} / ${mapText}`);
          expect(typed.slice(0, change.from) + change.insert + typed.slice(change.to)).toBe(both);
        },
      ),
    );
  });

  it('is refused when both changed the same text, so the typing stays as typed', () => {
    const base = 'kind: user\nname: A\n';
    expect(mapChangeBesideTyping(base, 'kind: robot\nname: A\n', 'kind: need\nname: A\n')).toBe('conflict');
  });

  it('is nothing to do when the map did not change', () => {
    expect(mapChangeBesideTyping('a', 'ab', 'a')).toBeUndefined();
  });
});
