// A large file's mistake near its top, answered from the part before it (core/format/fast-early.ts):
// whatever stands around the place the text is cut and whatever follows, the answer is the one the
// walk over the whole file's events gives, or none (the whole file is then read as before).
import fc from 'fast-check';
import { parseEvents } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { earlyMistake, suspectCut } from '../../../core/format/fast-early.ts';
import { GiveUp, walked } from '../../../core/format/fast-walk.ts';
import { fastYaml } from '../../../core/format/fast-yaml.ts';
import { MAX_ENTRIES } from '../../../core/format/size-limits.ts';

const DEPTH = 64;

/** What the walk over the whole file's events answers: its mistake, 'read', or 'syntax' (js-yaml refused). */
function wholeFileAnswer(text: string): GiveUp['notRead'] | 'read' | 'syntax' {
  let events;
  try {
    events = parseEvents(text, { maxDepth: DEPTH });
  } catch {
    return 'syntax';
  }
  try {
    walked(events, { text, anchors: true, placing: false, stack: [], root: undefined });
    return 'read';
  } catch (e) {
    if (e instanceof GiveUp) return e.notRead;
    throw e;
  }
}

/** Values an entry may hold, each on its first line after `key:` and any lines after, at `indent`. */
function entryValue(kind: number, indent: string, i: number): string {
  switch (kind) {
    case 0:
      return ` v${i}\n`;
    case 1:
      return ` plain\n${indent}  continued ${i}\n`;
    case 2:
      return ` |\n${indent}  block ${i}\n${indent}  block\n`;
    case 3:
      return `\n${indent}  a: ${i}\n${indent}  b: [x,\n${indent}    y]\n`;
    case 4:
      return ` "quoted\n${indent}  on two lines"\n`;
    case 5:
      return ` *anchor\n`;
    case 6:
      return `\n`;
    case 7:
      return ` &a${i} 1\n`;
    default:
      return `\n${indent}  a: ${i}\n${indent}  b: *anchor\n`;
  }
}

const TAILS = ['', 'x-tail: 1\n', 'x-bad: "never closed\n', 'title: again\n', 'x-list: [1, 2\n', 'x-alias: *a\n'];

describe('a mistake near the top of a large file', () => {
  it('is the whole file walk’s mistake, whatever is around the cut and after it (fast-check)', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('', '  ', '    '),
        fc.integer({ min: -1, max: 3 }),
        fc.array(fc.nat(8), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...TAILS),
        (indent, over, kinds, tail) => {
          const head = indent === '' ? '' : indent === '  ' ? 'nodes:\n' : 'nodes:\n  a:\n';
          const entries = MAX_ENTRIES + over;
          const lines = [`x-anchor: &anchor 1\n`, head];
          // The entries around the cut (the last few) hold any kind of value; the rest one word.
          for (let i = 0; i < entries; i++) {
            const kind = kinds[entries - 1 - i] ?? 0;
            lines.push(`${indent}e${i}:${entryValue(kind, indent, i)}`);
          }
          const body = lines.join('');
          // The part before the cut must be under half the file for it to be read first.
          const text = `${body}${'# filler\n'.repeat(Math.ceil(body.length / 9))}${tail}`;
          const early = earlyMistake(text, DEPTH);
          const whole = wholeFileAnswer(text);
          if (early) {
            answered++;
            if (whole !== 'syntax') expect(early.notRead).toEqual(whole);
          }
        },
      ),
      { numRuns: 15 },
    );
    expect(answered).toBeGreaterThan(2);
  }, 600_000);

  it('answers a large file with too many nodes or an alias from its top, as the whole file would', () => {
    const node = (i: number) =>
      `  n${i}:\n    kind: component\n    name: N ${i}\n    evolution: 0.5\n    visibility: 0.5\n`;
    const nodes = Array.from({ length: 100_000 }, (_, i) => node(i)).join('');
    const text = `version: 1\ntitle: T\nnodes:\n${nodes}`;
    expect(suspectCut(text)).toBeLessThan(text.length / 4);
    const first = fastYaml(text, { large: true });
    expect(first.ok ? 'read' : first.notRead).toEqual(wholeFileAnswer(text));
    expect(first.ok ? '' : first.notRead.rule).toBe('schema/too-many-nodes');
    const aliased = `version: 1\ntitle: T\nx-a: &a 1\nx-b: *a\nnodes:\n${nodes.slice(0, nodes.indexOf('\n  n20000:'))}\n`;
    const answer = fastYaml(aliased, { large: true });
    expect(answer.ok ? 'read' : answer.notRead).toEqual(wholeFileAnswer(aliased));
    expect(answer.ok ? '' : answer.notRead.rule).toBe('yaml/alias');
    // With a syntax error further on, the first mistake in the file is answered (the whole file's
    // read stopped at the syntax error before walking).
    const broken = fastYaml(`${aliased}x-bad: [1, 2\n`, { large: true });
    expect(broken.ok ? '' : broken.notRead.rule).toBe('yaml/alias');
  }, 300_000);

  it('is not looked for in a valid map: no line suggests a mistake', () => {
    const node = (i: number) =>
      `  n${i}:\n    kind: component\n    name: N ${i}\n    evolution: 0.5\n    visibility: 0.5\n    uses: [n${i + 1}]\n`;
    const text = `version: 1\ntitle: T\nnodes:\n${Array.from({ length: MAX_ENTRIES }, (_, i) => node(i)).join('')}`;
    expect(suspectCut(text)).toBe(-1);
  });

  it('counts lines only up to where a cut is still read first, and the answer stays the same', () => {
    // A collection over the limit that starts past half the file: its cut is past the half.
    const item = (i: number) => `  - i${i}\n`;
    const head = `version: 1\ntitle: T\nx-pad: ${'p'.repeat(300_000)}\nnodes: {}\n`;
    const text = `${head}x-list:\n${Array.from({ length: MAX_ENTRIES + 2 }, (_, i) => item(i)).join('')}`;
    expect(text.indexOf('x-list:')).toBeGreaterThan(text.length / 2);
    expect(suspectCut(text)).toBeGreaterThan(text.length / 2);
    expect(suspectCut(text, text.length / 2)).toBe(-1);
    expect(earlyMistake(text, 64)).toBeUndefined();
    // Before the half it is still found (the cut just after the first item over the limit).
    const early = `version: 1\ntitle: T\nx-list:\n${Array.from({ length: MAX_ENTRIES + 2 }, (_, i) => item(i)).join('')}x-pad: ${'p'.repeat(400_000)}\n`;
    expect(suspectCut(early, early.length / 2)).toBe(suspectCut(early));
    expect(suspectCut(early)).toBeGreaterThan(0);
  });
});
