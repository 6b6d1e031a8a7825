// pathAbove skips lines indented to its limit or deeper without reading their shape (on a large
// map most lines above the cursor are other nodes' fields): for any half-typed YAML-like text it
// must give the path the full walk gives, which reads every line's shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cursorSpot, pathAbove, type CursorPath } from '../../../renderer/source/yaml-cursor.ts';

const KEY_LINE = /^(\s*)(- +)?([A-Za-z0-9_$.-]+)\s*:(\s|$)/;

/** The walk as it was before the skip: every line's shape read. */
function fullWalk(lines: readonly string[], lineIndex: number, indent: number): CursorPath {
  const path: CursorPath = [];
  let limit = indent;
  for (let i = lineIndex - 1; i >= 0 && limit > 0; i--) {
    const text = lines[i] ?? '';
    if (text.trim() === '' || /^\s*#/.test(text)) continue;
    const key = KEY_LINE.exec(text);
    const dash = key ? !!key[2] : /^(\s*)- /.test(text);
    const shapeIndent = key
      ? (key[1] ?? '').length + (key[2] ?? '').length
      : dash
        ? (/^(\s*)- /.exec(text)?.[1] ?? '').length + 2
        : (/^\s*/.exec(text)?.[0] ?? '').length;
    if (shapeIndent < limit) {
      if (key) path.unshift(key[3] ?? '');
      limit = shapeIndent;
    }
    if (dash && shapeIndent <= limit) {
      path.unshift(0);
      limit = shapeIndent - 2;
    }
  }
  return path;
}

const line = fc
  .tuple(
    fc.integer({ min: 0, max: 8 }),
    fc.constantFrom('', '- ', '-  '),
    fc.constantFrom('key: ', 'nodes:', 'a:', 'uses: [x', '# note', 'plain text', '', 'name: Tea', 'x:y', '\t'),
  )
  .map(([spaces, dash, rest]) => ' '.repeat(spaces) + dash + rest);

describe('pathAbove', () => {
  it('gives the path of the full walk for any lines and indent', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.integer({ min: 0, max: 10 }), (lines, indent) => {
        expect(pathAbove((i) => lines[i] ?? '', lines.length, indent)).toEqual(fullWalk(lines, lines.length, indent));
      }),
      { numRuns: 500 },
    );
  });

  it('reads the spot of a node field far down a large map without the lines above changing it', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => `  n${i}:\n    kind: component\n    name: Node ${i}\n`).join(
      '',
    );
    const text = `version: 1\ntitle: Big\nnodes:\n${nodes}  last:\n    sour`;
    expect(cursorSpot(text, text.length)).toEqual({
      at: 'key',
      path: ['nodes', 'last'],
      from: text.length - 4,
      typed: 'sour',
    });
  });
});
