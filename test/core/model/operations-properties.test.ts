import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileText, parseMap, type MapDocument } from '../../../core/format/parse.ts';
import * as ops from '../../../core/model/operations.ts';

// A hand-written-looking map: comments above and inside nodes, blank lines, both list styles.
const nodeArb = fc.record({
  name: fc.constantFrom('Kettle', 'Tea: "green"', 'Åtgärd #1', 'API {{ gateway }}', 'Power', 'Cup'),
  kind: fc.constantFrom('user', 'need', 'component'),
  evolution: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  visibility: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  comment: fc.option(fc.constantFrom('decided in the workshop', 'ask ops', 'TODO: price'), { nil: undefined }),
  flowUses: fc.boolean(),
  usesMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
});

type GeneratedNode = typeof nodeArb extends fc.Arbitrary<infer T> ? T : never;

function mapText(nodes: GeneratedNode[]): string {
  const lines = [
    '# yaml-language-server: $schema=../schema/map.schema.json',
    '# a map under test',
    'version: 1',
    'title: Test map',
    'nodes:',
  ];
  nodes.forEach((n, i) => {
    if (n.comment) lines.push(`  # ${n.comment}`);
    lines.push(`  n${i}:`, `    kind: ${n.kind}`, `    name: ${JSON.stringify(n.name)}`);
    lines.push(`    evolution: ${n.evolution}`, `    visibility: ${n.visibility} # y`);
    const uses = n.usesMask.map((on, j) => (on && j !== i && j < nodes.length ? `n${j}` : '')).filter(Boolean);
    if (uses.length > 0 && n.flowUses) lines.push(`    uses: [${uses.join(', ')}]`);
    if (uses.length > 0 && !n.flowUses) lines.push('    uses:', ...uses.map((u) => `      - ${u} # edge`));
    if (i % 3 === 2) lines.push('');
  });
  lines.push('# the end');
  return `${lines.join('\n')}\n`;
}

function load(text: string): MapDocument {
  const r = parseMap(text);
  if (!r.ok) throw new Error(`${JSON.stringify(r.errors)}\n${text}`);
  return r.document;
}

// Line range [start, end) of node `id` in the text (its key line to before the next key or top-level line).
function nodeLines(text: string, id: string): [number, number] {
  const lines = text.split('\n');
  const start = lines.indexOf(`  ${id}:`);
  let end = start + 1;
  while (end < lines.length && (lines[end]?.startsWith('    ') || lines[end]?.startsWith('      '))) end++;
  return [start, end];
}

const mapsArb = fc.array(nodeArb, { minLength: 2, maxLength: 8 });

describe('edit properties', () => {
  it('an edit of one node changes only that node’s lines', () => {
    const editArb = fc.oneof(
      fc.record({
        op: fc.constant('move' as const),
        e: fc.double({ min: 0, max: 1, noNaN: true }),
        v: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({ op: fc.constant('sourcing' as const), s: fc.constantFrom('build', 'buy', 'outsource', undefined) }),
      fc.record({ op: fc.constant('name' as const), name: fc.constantFrom('New: name', 'Ü', '#hash', "it's") }),
      fc.record({ op: fc.constant('team' as const), team: fc.constantFrom('platform', undefined) }),
    );
    fc.assert(
      fc.property(mapsArb, fc.nat(), editArb, (nodes, pick, edit) => {
        const text = mapText(nodes);
        const doc = load(text);
        const id = `n${pick % nodes.length}`;
        const node = doc.map.nodes[id]!;
        const result =
          edit.op === 'move'
            ? ops.moveNodes(doc, [{ id, evolution: edit.e, visibility: edit.v }])
            : edit.op === 'sourcing'
              ? node.kind === 'component'
                ? ops.setSourcing(doc, id, edit.s as 'build' | undefined)
                : ops.setNodeField(doc, id, 'note', 'not a component')
              : edit.op === 'name'
                ? ops.setNodeField(doc, id, 'name', edit.name)
                : ops.setNodeField(doc, id, 'team', edit.team);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const after = fileText(result.document).split('\n');
        const before = text.split('\n');
        const [start, end] = nodeLines(text, id);
        const tail = before.length - end;
        expect(after.slice(0, start)).toEqual(before.slice(0, start));
        expect(after.slice(after.length - tail)).toEqual(before.slice(end));
      }),
      { numRuns: 150 },
    );
  });

  it('comments survive every operation that does not remove their node', () => {
    fc.assert(
      fc.property(mapsArb, fc.nat(), fc.nat(), (nodes, a, b) => {
        const text = mapText(nodes);
        let doc = load(text);
        const from = `n${a % nodes.length}`;
        const to = `n${b % nodes.length}`;
        const steps = [
          () => ops.addNode(doc, { kind: 'component', name: 'Added # not a comment', evolution: 0.5, visibility: 0.5 }),
          () => ops.link(doc, from, to === from ? 'added-not-a-comment' : to),
          () => ops.renameNode(doc, from, 'renamed'),
          () => ops.unlink(doc, 'renamed', 'added-not-a-comment'),
          () => ops.moveNodes(doc, [{ id: 'renamed', evolution: 0.1234, visibility: 0.9876 }]),
        ];
        for (const step of steps) {
          const r = step();
          expect(r.ok).toBe(true);
          if (r.ok) doc = r.document;
        }
        const comments = (t: string) =>
          t
            .split('\n')
            .filter((l) => /^\s*#/.test(l))
            .map((l) => l.trim());
        expect(comments(fileText(doc))).toEqual(comments(text));
        expect(fileText(doc).match(/# y$/gm)?.length).toBe(nodes.length);
      }),
      { numRuns: 100 },
    );
  });

  it('undoing by keeping the old document is exact: edits never mutate their input', () => {
    fc.assert(
      fc.property(mapsArb, (nodes) => {
        const text = mapText(nodes);
        const doc = load(text);
        const snapshot = JSON.stringify(doc.map);
        ops.removeNodes(doc, ['n0']);
        ops.moveNodes(doc, [{ id: 'n1', evolution: 0.5, visibility: 0.5 }]);
        expect(fileText(doc)).toBe(text);
        expect(JSON.stringify(doc.map)).toBe(snapshot);
      }),
      { numRuns: 50 },
    );
  });
});
