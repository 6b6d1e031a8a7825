// `fmt` is idempotent whatever a comment holds: CR, U+2028 and U+2029 used to gain a `#` on every
// run (fmt --check never passed), and every character of every comment survives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMapText } from '../../../core/format/format.ts';

const ODD = ['\r', '\u2028', '\u2029'];
const commentChar = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 4, arbitrary: fc.constantFrom('a', 'Z', ' ', '#', ':', '-', '{', "'", '"', 'é', '→', '\t') },
);
const comment = fc.string({ unit: commentChar, maxLength: 20 });

function mapWith(c: string[]): string {
  return [
    `#${c[0]}`,
    'version: 1',
    `title: Tea shop #${c[1]}`,
    'nodes:',
    `  #${c[2]}`,
    `  cup: {kind: need, name: Cup of tea, evolution: 0.5, visibility: 0.9, uses: [kettle]} #${c[3]}`,
    '  kettle:',
    `    kind: component #${c[4]}`,
    '    name: Kettle',
    '    evolution: 0.3',
    '    visibility: 0.5',
    '',
  ].join('\n');
}

function formatted(text: string): string {
  const result = formatMapText(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; '));
  return result.text;
}

/** What must survive of a comment: its characters, apart from the breaks and the spaces around them. */
function pieces(c: string): string[] {
  return c
    .split(/[\r\u2028\u2029]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

describe('fmt and comments', () => {
  it.each(ODD.map((ch) => [JSON.stringify(ch), ch]))('a comment holding %s formats once and then stays', (_n, ch) => {
    const once = formatted(mapWith(['top', `tea${ch}more`, `a${ch}b`, `x${ch}${ch}y`, `k${ch}`]));
    expect(formatted(once)).toBe(once);
    for (const piece of ['tea', 'more', 'a', 'b', 'x', 'y', 'k']) expect(once).toContain(piece);
  });

  it('fmt(fmt(x)) equals fmt(x) and keeps every comment (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(comment, { minLength: 5, maxLength: 5 }), (comments) => {
        const once = formatted(mapWith(comments));
        expect(formatted(once)).toBe(once);
        let from = 0;
        for (const piece of comments.flatMap(pieces)) {
          const at = once.indexOf(piece, from);
          expect(at, `${JSON.stringify(piece)} kept in order`).toBeGreaterThanOrEqual(0);
          from = at + piece.length;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps CRLF line ends of a CRLF file while settling a lone CR in a comment', () => {
    const crlf = mapWith(['top', 'tea\rmore', 'a', 'b', 'c']).replace(/\n/g, '\r\n');
    const once = formatted(crlf);
    expect(once.split('\r\n').length - 1).toBe(once.split('\n').length - 1);
    expect(formatted(once)).toBe(once);
  });
});
