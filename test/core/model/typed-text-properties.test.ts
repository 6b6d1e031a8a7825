// Text typed over several nodes of the source pane (a paste, lines deleted, a change across nodes)
// is applied by parsing only those nodes' lines (core/model/typed-text.ts). Whatever the text, the
// document it builds must be the one a full parse gives: the same map, the same findings at the
// same lines, the same positions; and text a full parse refuses is never loaded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { typedDocument } from '../../../core/model/typed-text.ts';
import { expectSameAsFullParse } from './same-as-full-parse.ts';

const KINDS = ['user', 'need', 'component'] as const;

/** A map file with the shapes people write: comments, blank lines, flow and block lists, a block scalar. */
function mapText(size: number, seed: number): string {
  const lines = ['version: 1', 'title: Typed map'];
  if (seed % 3 === 0) lines.push('stages:', '  labels: activities');
  lines.push('nodes:');
  for (let i = 0; i < size; i++) {
    const kind = KINDS[(seed + i) % 3] ?? 'component';
    if ((seed + i) % 4 === 0) lines.push(`  # about n${i}`);
    lines.push(`  n${i}:`, `    kind: ${kind}`, `    name: "Node ${i}"`);
    lines.push(`    evolution: ${((seed * 7 + i * 13) % 100) / 100}`, `    visibility: ${(i % 10) / 10}`);
    if ((seed + i) % 5 === 2) lines.push('    note: |', `      about ${i}`, '      more');
    const target = i + 1 + ((seed + i) % 3);
    if (target < size && i % 3 === 0) lines.push(`    uses: [n${target}]`);
    if (target < size && i % 3 === 1) lines.push('    uses:', `      - n${target}`);
    if (i % 5 === 4) lines.push('');
  }
  if (seed % 2 === 0) lines.push('annotations:', '  - text: watch', `    nodes: [n0]`);
  return `${lines.join('\n')}\n`;
}

function nodeText(id: string, uses: string | undefined): string {
  const link = uses ? `    uses: [${uses}]\n` : '';
  return `  ${id}:\n    kind: component\n    name: Pasted ${id}\n    evolution: 0.4\n    visibility: 0.6\n${link}`;
}

const SNIPPETS = ['\n', '  ', 'x', ':', '- ', '#', ' |\n', '\t', '{', ' [n1]', '\n  ', '\n    ', 'n2', '0.'];

const editArb = fc.oneof(
  // Whole lines deleted, from a line to another.
  fc.record({ op: fc.constant('delete' as const), a: fc.nat(), n: fc.integer({ min: 1, max: 14 }) }),
  // New nodes pasted at the start of a line (often a node's first line), some reusing an id,
  // some naming others.
  fc.record({
    op: fc.constant('paste' as const),
    a: fc.nat(),
    atNode: fc.boolean(),
    ids: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'n4'), { minLength: 1, maxLength: 3 }),
    uses: fc.constantFrom(undefined, undefined, 'n0', 'p1', 'gone'),
  }),
  // Lines copied elsewhere (a node duplicated, or half of one).
  fc.record({ op: fc.constant('copy' as const), a: fc.nat(), n: fc.integer({ min: 1, max: 8 }), to: fc.nat() }),
  // Text typed at the end of a setting's line (the title, the stage labels, an annotation).
  fc.record({
    op: fc.constant('setting' as const),
    line: fc.constantFrom('title: ', '  labels: ', '  - text: ', '    nodes: [n0'),
    insert: fc.constantFrom('x', ' more', ', n1', ', gone', ':', '\n', '\n  boundaries: [0.3, 0.5, 0.9]', ' #', '|'),
  }),
  // Any span of characters replaced by something a typist might type.
  fc.record({
    op: fc.constant('replace' as const),
    from: fc.nat(),
    length: fc.integer({ min: 0, max: 160 }),
    insert: fc.constantFrom(...SNIPPETS),
  }),
);

type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function typed(text: string, edit: Edit): string {
  const starts = lineStarts(text);
  const at = (n: number) => starts[n % starts.length] ?? 0;
  const endOf = (n: number) => starts[n] ?? text.length;
  switch (edit.op) {
    case 'delete': {
      const a = edit.a % starts.length;
      return text.slice(0, at(a)) + text.slice(endOf(a + edit.n));
    }
    case 'paste': {
      const block = edit.ids.map((id) => nodeText(id, edit.uses)).join('');
      const keys = starts.filter((s) => /^ {2}\w/.test(text.slice(s, s + 3)));
      const where = edit.atNode && keys.length > 0 ? (keys[edit.a % keys.length] ?? 0) : at(edit.a);
      return text.slice(0, where) + block + text.slice(where);
    }
    case 'copy': {
      const a = edit.a % starts.length;
      const lines = text.slice(at(a), endOf(a + edit.n));
      return text.slice(0, at(edit.to)) + lines + text.slice(at(edit.to));
    }
    case 'setting': {
      const at = text.indexOf(`\n${edit.line}`);
      if (at < 0) return text;
      const end = text.indexOf('\n', at + 1);
      return text.slice(0, end) + edit.insert + text.slice(end);
    }
    case 'replace': {
      const from = edit.from % (text.length + 1);
      return text.slice(0, from) + edit.insert + text.slice(Math.min(text.length, from + edit.length));
    }
  }
}

function loaded(text: string): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return parsed.document;
}

describe('text typed over several nodes or in a setting', () => {
  it('loads exactly as a full parse of the text, or is left to one', () => {
    let severalNodes = 0;
    let settings = 0;

    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.nat(40),
        fc.array(editArb, { minLength: 1, maxLength: 8 }),
        (size, seed, edits) => {
          let doc = loaded(mapText(size, seed));
          for (const edit of edits) {
            const text = typed(doc.text, edit);
            const whole = parseMap(text);
            const next = typedDocument(doc, text);

            if (!whole.ok) {
              // Text that does not load is never taken as a map.
              expect(next).toBeUndefined();
              continue;
            }
            if (next) {
              expect(next.text).toBe(text);
              expectSameAsFullParse(next, whole.document);
              if (edit.op === 'setting') settings++;
              else if (edit.op !== 'replace') severalNodes++;
            }
            // The next edit starts from the incremental document when there is one (its shifted
            // ranges and derived text), else from the full parse.
            doc = next ?? whole.document;
          }
        },
      ),
      { numRuns: 300 },
    );
    // The incremental path must be the one that runs, or this checks nothing.
    expect(severalNodes).toBeGreaterThan(50);
    expect(settings).toBeGreaterThan(20);
  }, 240_000);

  it('applies a paste of nodes between two nodes by parsing only those lines', () => {
    const text = mapText(40, 3);
    const before = loaded(text);
    const at = text.indexOf('  n20:\n');
    const pasted = text.slice(0, at) + nodeText('p1', 'n0') + nodeText('p2', 'p1') + text.slice(at);
    const next = typedDocument(before, pasted);
    if (!next) throw new Error('not applied');
    expect(Object.keys(next.map.nodes).slice(19, 23)).toEqual(['n19', 'p1', 'p2', 'n20']);
    expect(next.map.nodes.p2?.uses).toEqual(['p1']);
    // Nodes outside the typed lines keep their objects: nothing else was parsed again.
    expect(next.map.nodes.n5).toBe(before.map.nodes.n5);
    expect(next.map.nodes.n30).toBe(before.map.nodes.n30);
    expectSameAsFullParse(next, loaded(pasted));
  });

  it('applies nodes typed after the `nodes:` line, or after a node’s last line, as lines of their own', () => {
    const text = mapText(10, 1);
    const before = loaded(text);
    for (const after of ['nodes:', '    visibility: 0.9']) {
      const at = text.indexOf(after) + after.length;
      const typedText = `${text.slice(0, at)}\n${nodeText('p1', undefined).slice(0, -1)}${text.slice(at)}`;
      const next = typedDocument(before, typedText);
      expect(next?.map).toEqual(loaded(typedText).map);
      expect(next?.map.nodes.p1).toBeDefined();
      expect(next?.map.nodes.n5).toBe(before.map.nodes.n5);
    }
  });

  it('applies lines deleted across nodes, and refuses them when a deleted node is still used', () => {
    const text = mapText(12, 1);
    const before = loaded(text);
    const from = text.indexOf('  n10:\n');
    const to = text.indexOf('  n11:\n');
    const cut = text.slice(0, from) + text.slice(to);
    const used = Object.values(before.map.nodes).some((n) => n?.uses?.includes('n10'));
    const next = typedDocument(before, cut);
    expect(parseMap(cut).ok).toBe(!used);
    if (used) expect(next).toBeUndefined();
    else expect(next?.map).toEqual(loaded(cut).map);
  });

  it('leaves to a whole parse what it cannot vouch for', () => {
    const text = mapText(8, 0);
    const before = loaded(text);
    // A key pasted less indented than the nodes ends the mapping: the file means something else.
    const at = text.indexOf('  n4:\n');
    expect(typedDocument(before, `${text.slice(0, at)}n9:\n  kind: user\n${text.slice(at)}`)).toBeUndefined();
  });
});
