// Text edits are given in offsets of the original text, in any order. Whatever their order, the
// result must be the text a left-to-right walk writes: at one offset, insertions in the order given,
// then the replacement that starts there. Both the flat splice (applyTextEdits) and the piece list
// an incremental edit keeps (lazy-text.ts) must give it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedText } from '../../../core/model/lazy-text.ts';
import { applyTextEdits, type TextEdit } from '../../../core/model/splice.ts';

type Step = { keep: number } | { insert: string } | { replace: number; by: string };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ keep: fc.nat({ max: 6 }) }),
  fc.record({ insert: fc.string({ maxLength: 4 }) }),
  fc.record({ replace: fc.integer({ min: 1, max: 5 }), by: fc.string({ maxLength: 4 }) }),
);

/** The original text, the edits in walk order and the text the walk writes. */
function walk(text: string, steps: readonly Step[]): { edits: TextEdit[]; expected: string } {
  const edits: TextEdit[] = [];
  let at = 0;
  let expected = '';
  for (const step of steps) {
    if ('keep' in step) {
      const to = Math.min(text.length, at + step.keep);
      expected += text.slice(at, to);
      at = to;
    } else if ('insert' in step) {
      edits.push({ start: at, end: at, text: step.insert });
      expected += step.insert;
    } else {
      const to = Math.min(text.length, at + step.replace);
      edits.push({ start: at, end: to, text: step.by });
      expected += step.by;
      at = to;
    }
  }
  return { edits, expected: expected + text.slice(at) };
}

/** Reorders edits by `keys`, except that insertions at one offset keep their relative order. */
function shuffled(edits: readonly TextEdit[], keys: readonly number[]): TextEdit[] {
  const order = edits.map((e, i) => ({ e, key: keys[i % Math.max(1, keys.length)] ?? 0 }));
  order.sort((a, b) => a.key - b.key);
  const out = order.map((o) => o.e);
  const insertsAt = new Map<number, TextEdit[]>();
  for (const e of edits) if (e.start === e.end) insertsAt.set(e.start, [...(insertsAt.get(e.start) ?? []), e]);
  for (const [offset, inOrder] of insertsAt) {
    const slots = out.flatMap((e, i) => (e.start === offset && e.end === offset ? [i] : []));
    slots.forEach((slot, k) => (out[slot] = inOrder[k] as TextEdit));
  }
  return out;
}

const caseArb = fc.record({
  text: fc.string({ maxLength: 30 }),
  steps: fc.array(stepArb, { maxLength: 12 }),
  keys: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
});

describe('text edits', () => {
  it('apply as a left-to-right walk whatever order they are given in', () => {
    fc.assert(
      fc.property(caseArb, ({ text, steps, keys }) => {
        const { edits, expected } = walk(text, steps);
        expect(applyTextEdits(text, shuffled(edits, keys))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('give the same text when kept as pieces over several generations', () => {
    fc.assert(
      fc.property(caseArb, caseArb, (first, second) => {
        const one = walk(first.text, first.steps);
        const parent = { text: first.text };
        const derived = derivedText(parent, shuffled(one.edits, first.keys));
        const child = { text: '' };
        derived.adopt(child);
        expect(derived.read(child)).toBe(one.expected);
        const two = walk(one.expected, second.steps);
        const grand = derivedText(child, shuffled(two.edits, second.keys));
        const grandChild = { text: '' };
        grand.adopt(grandChild);
        expect(grand.read(grandChild)).toBe(two.expected);
      }),
      { numRuns: 300 },
    );
  });

  it('keep two insertions at one offset in the order given, before a replacement there', () => {
    const edits = [
      { start: 3, end: 6, text: 'R' },
      { start: 3, end: 3, text: 'a' },
      { start: 3, end: 3, text: 'b' },
    ];
    expect(applyTextEdits('012345678', edits)).toBe('012abR678');
  });

  it('refuses overlapping edits instead of writing a corrupt text', () => {
    const edits = [
      { start: 1, end: 5, text: 'x' },
      { start: 3, end: 7, text: 'y' },
    ];
    expect(() => applyTextEdits('0123456789', edits)).toThrow(RangeError);
  });

  it('gives the text a walk writes after hundreds of edits in a row, for a short text and a long one', () => {
    // Long enough that the piece list flattens at another count than a short text's.
    for (const start of ['nodes:\n', 'x'.repeat(800_000)]) {
      let text = start;
      let parent = { text: start };
      for (let k = 0; k < 200; k++) {
        const at = (k * 7919) % (text.length + 1);
        const edits: TextEdit[] = [{ start: at, end: Math.min(text.length, at + (k % 3)), text: `e${k}` }];
        const expected = applyTextEdits(text, edits);
        const derived = derivedText(parent, edits);
        const child = {
          get text(): string {
            return derived.read(child);
          },
        };
        derived.adopt(child);
        if (k % 25 === 24) expect(child.text).toBe(expected);
        text = expected;
        parent = child;
      }
    }
  });
});
