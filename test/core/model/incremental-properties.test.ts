// An edit parses only the text it wrote (core/model/incremental.ts). Whatever sequence of edits a
// user makes, the document it builds must be the one a full parse of its text gives: the same map,
// the same findings at the same lines, the same positions for every node, and a text that loads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import * as settings from '../../../core/model/map-settings.ts';
import * as ops from '../../../core/model/operations.ts';
import type { EditResult } from '../../../core/model/operations.ts';
import type { MapNode } from '../../../core/model/types.ts';
import { expectSameAsFullParse } from './same-as-full-parse.ts';

const KINDS = ['user', 'need', 'component'] as const;

function mapText(size: number, seed: number, annotated: boolean): string {
  const lines = ['# a map under test', 'version: 1', 'title: Test map', 'nodes:'];
  for (let i = 0; i < size; i++) {
    const kind = KINDS[(seed + i) % 3] ?? 'component';
    if ((seed + i) % 4 === 0) lines.push(`  # about n${i}`);
    lines.push(`  n${i}:`, `    kind: ${kind}`, `    name: "Node ${i}: ${seed % 7}"`);
    lines.push(`    evolution: ${((seed * 7 + i * 13) % 100) / 100}`, `    visibility: ${(i % 10) / 10} # y`);
    if (kind === 'component' && i % 2 === 0) lines.push('    sourcing: build');
    const target = i + 1 + ((seed + i) % 3);
    if (target < size && i % 3 !== 1) lines.push(`    uses: [n${target}]`);
    if (target < size && i % 3 === 1) lines.push('    uses:', `      - n${target} # edge`);
    if (i % 5 === 4) lines.push('');
  }
  if (annotated && size > 1) lines.push('annotations:', '  - text: watch these', `    nodes: [n0, n${size - 1}]`);
  lines.push('# the end');
  return `${lines.join('\n')}\n`;
}

const editArb = fc.oneof(
  fc.record({ op: fc.constant('move' as const), a: fc.nat(), e: fc.double({ min: -0.2, max: 1.2, noNaN: true }) }),
  fc.record({ op: fc.constant('rename' as const), a: fc.nat(), to: fc.constantFrom('renamed', 'n1', 'Bad Id', 'x-2') }),
  fc.record({ op: fc.constant('sourcing' as const), a: fc.nat(), s: fc.constantFrom('build', 'buy', undefined) }),
  fc.record({ op: fc.constant('name' as const), a: fc.nat(), name: fc.constantFrom('A: b', '#x', "it's", '', 'Ü') }),
  fc.record({ op: fc.constant('kind' as const), a: fc.nat(), kind: fc.constantFrom(...KINDS) }),
  fc.record({ op: fc.constant('inside' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('link' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('unlink' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), name: fc.constantFrom('Added', 'n2', 'Kettle # x') }),
  fc.record({ op: fc.constant('remove' as const), a: fc.nat() }),
  fc.record({ op: fc.constant('paste' as const), a: fc.nat(), b: fc.nat() }),
  // Settings edits parse the whole text but must find their lines after incremental node edits.
  fc.record({
    op: fc.constant('description' as const),
    text: fc.constantFrom('Short', 'A longer: description', undefined),
  }),
  fc.record({ op: fc.constant('annotate' as const), a: fc.nat() }),
);

type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function applied(doc: MapDocument, edit: Edit): EditResult {
  const ids = Object.keys(doc.map.nodes);
  const pick = (n: number) => ids[n % ids.length] ?? 'n0';
  switch (edit.op) {
    case 'move':
      return ops.moveNodes(doc, [{ id: pick(edit.a), evolution: edit.e, visibility: 0.5 }]);
    case 'rename':
      return ops.renameNode(doc, pick(edit.a), edit.to);
    case 'sourcing':
      return ops.setSourcing(doc, pick(edit.a), edit.s as 'build' | undefined);
    case 'name':
      return ops.setNodeField(doc, pick(edit.a), 'name', edit.name);
    case 'kind':
      return ops.setNodeField(doc, pick(edit.a), 'kind', edit.kind);
    case 'inside':
      return ops.setNodeField(doc, pick(edit.a), 'inside', pick(edit.b));
    case 'link':
      return ops.link(doc, pick(edit.a), pick(edit.b));
    case 'unlink':
      return ops.unlink(doc, pick(edit.a), pick(edit.b));
    case 'add':
      return ops.addNode(doc, { kind: 'component', name: edit.name, evolution: 0.4, visibility: 0.3 });
    case 'remove':
      return ops.removeNodes(doc, [pick(edit.a)]);
    case 'description':
      return settings.setMapDescription(doc, edit.text);
    case 'annotate':
      return settings.addAnnotation(doc, { text: 'noted', nodes: [pick(edit.a)], evolution: 0.5, visibility: 0.5 });
    case 'paste': {
      const copied = [pick(edit.a), pick(edit.b)].map((id): [string, MapNode] => [id, doc.map.nodes[id]!]);
      return ops.pasteNodes(doc, copied, { evolution: 0.03, visibility: -0.03 });
    }
  }
}

function fullParse(text: string): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok)
    throw new Error(`an edit produced a file that does not load:\n${JSON.stringify(parsed.errors)}\n${text}`);
  return parsed.document;
}

describe('incremental edits', () => {
  it('build the document a full parse of their text gives, edit after edit', () => {
    let incremental = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.nat(100),
        fc.boolean(),
        fc.array(editArb, { minLength: 1, maxLength: 12 }),
        (size, seed, annotated, edits) => {
          let doc = fullParse(mapText(size, seed, annotated));
          for (const edit of edits) {
            const result = applied(doc, edit);
            if (!result.ok) {
              // A refused edit leaves nothing behind; the reasons come from a full parse.
              expect(result.errors.length).toBeGreaterThan(0);
              continue;
            }
            if (result.document === doc) continue;
            if (result.document.layout) incremental++;
            doc = result.document;
            expectSameAsFullParse(doc, fullParse(doc.text));
          }
        },
      ),
      { numRuns: 120 },
    );
    // The fast path must be the one that runs, or this test checks nothing new.
    expect(incremental).toBeGreaterThan(100);
  }, 240_000);

  it('a move of one node of a large map parses only that node', () => {
    const doc = fullParse(mapText(300, 3, true));
    const result = ops.moveNodes(doc, [{ id: 'n150', evolution: 0.25, visibility: 0.75 }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.layout).toBeDefined();
    const yamlNodes = (d: MapDocument) => (d.yaml.get('nodes', true) as { items: { value: unknown }[] }).items;
    // Every other node keeps its parsed YAML object: nothing else was parsed again.
    const before = yamlNodes(doc);
    const after = yamlNodes(result.document);
    expect(after.filter((p, i) => p.value !== before[i]?.value)).toHaveLength(1);
    expect(result.document.map.nodes.n149).toBe(doc.map.nodes.n149);
    expectSameAsFullParse(result.document, fullParse(result.document.text));
  });

  it('a settings edit after node edits finds its lines where the node edits moved them', () => {
    let doc = fullParse(mapText(6, 1, true));
    const grown = ops.addNode(doc, {
      kind: 'component',
      name: 'A node with a long name',
      evolution: 0.1,
      visibility: 0.2,
    });
    if (!grown.ok) throw new Error('add failed');
    doc = grown.document;
    const noted = settings.addAnnotation(doc, { text: 'noted', nodes: ['n2'], evolution: 0.5, visibility: 0.5 });
    expect(noted.ok).toBe(true);
    if (!noted.ok) return;
    expect(noted.document.map.annotations?.map((a) => a.text)).toEqual(['watch these', 'noted']);
    expect(noted.document.map.nodes).toEqual(doc.map.nodes);
  });
});
