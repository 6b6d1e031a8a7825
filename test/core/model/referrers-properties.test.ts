// Rename and removal read only the nodes that refer to the id they change (core/model/referrers.ts),
// from an index an edit hands on to the document it makes. Whatever document the user edits next
// (the latest, or one before it after an undo), the index must list exactly the nodes that refer
// to each id, and the edit must build the document a full parse of its text gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import * as ops from '../../../core/model/operations.ts';
import type { EditResult } from '../../../core/model/operations.ts';
import { referrersOf } from '../../../core/model/referrers.ts';
import type { MapNode } from '../../../core/model/types.ts';
import { expectSameAsFullParse } from './same-as-full-parse.ts';

function mapText(size: number, seed: number): string {
  const lines = ['version: 1', 'title: Referrers', 'nodes:'];
  for (let i = 0; i < size; i++) {
    lines.push(`  n${i}:`, `    kind: ${i % 4 === 0 ? 'user' : 'component'}`, `    name: N${i}`);
    lines.push(`    evolution: 0.${(seed + i) % 9}`, '    visibility: 0.5');
    const targets = [i + 1, i + 2 + (seed % 3)].filter((t) => t < size && t % 4 !== 0);
    if (targets.length > 0 && (seed + i) % 3 !== 0) lines.push(`    uses: [${targets.map((t) => `n${t}`).join(', ')}]`);
    // Hosts are components that sit inside nothing: n1 and n5 never sit inside another node.
    if (i > 5 && i % 3 === 0 && i % 4 !== 0) lines.push(`    inside: n${i % 2 === 0 ? 1 : 5}`);
  }
  return `${lines.join('\n')}\n`;
}

const editArb = fc.record({
  from: fc.nat(),
  op: fc.constantFrom('rename', 'remove', 'link', 'unlink', 'inside', 'outside', 'add', 'move'),
  a: fc.nat(),
  b: fc.nat(),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function applied(doc: MapDocument, edit: Edit, step: number): EditResult {
  const ids = Object.keys(doc.map.nodes);
  const pick = (n: number) => ids[n % ids.length] ?? 'n0';
  switch (edit.op) {
    case 'rename':
      return ops.renameNode(doc, pick(edit.a), `r${step}-${pick(edit.a)}`);
    case 'remove':
      return ops.removeNodes(doc, [pick(edit.a)]);
    case 'link':
      return ops.link(doc, pick(edit.a), pick(edit.b));
    case 'unlink':
      return ops.unlink(doc, pick(edit.a), pick(edit.b));
    case 'inside':
      return ops.setNodeField(doc, pick(edit.a), 'inside', pick(edit.b));
    case 'outside':
      return ops.setNodeField(doc, pick(edit.a), 'inside', undefined);
    case 'add':
      return ops.addNode(doc, {
        kind: 'component',
        name: `Added ${step}`,
        evolution: 0.4,
        visibility: 0.3,
        uses: [pick(edit.a)],
      });
    case 'move':
      return ops.moveNodes(doc, [{ id: pick(edit.a), evolution: 0.25, visibility: 0.75 }]);
  }
}

function referrersFromScratch(nodes: Readonly<Record<string, MapNode | undefined>>, id: string): string[] {
  return Object.keys(nodes).filter((n) => nodes[n]?.uses?.includes(id) === true || nodes[n]?.inside === id);
}

function fullParse(text: string): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(`an edit produced a file that does not load: ${JSON.stringify(parsed.errors)}`);
  return parsed.document;
}

describe('referrers index', () => {
  it('lists who refers to each node after any edits, from the latest document or an earlier one', () => {
    let renamesOrRemovals = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.nat(50),
        fc.array(editArb, { minLength: 1, maxLength: 14 }),
        (size, seed, edits) => {
          const history = [fullParse(mapText(size, seed))];
          edits.forEach((edit, step) => {
            // Mostly the latest document; sometimes one before it, as after an undo.
            const from = edit.from % 4 === 0 ? (history[edit.from % history.length] as MapDocument) : history.at(-1)!;
            const result = applied(from, edit, step);
            if (!result.ok || result.document === from) return;
            if (edit.op === 'rename' || edit.op === 'remove') renamesOrRemovals++;
            const doc = result.document;
            history.push(doc);
            const nodes = doc.map.nodes;
            for (const id of [...Object.keys(nodes), 'n0', 'n1', 'gone']) {
              expect([...referrersOf(doc.map, id)].sort()).toEqual(referrersFromScratch(nodes, id).sort());
            }
            expectSameAsFullParse(doc, fullParse(doc.text));
          });
        },
      ),
      { numRuns: 150 },
    );
    expect(renamesOrRemovals).toBeGreaterThan(100);
  }, 240_000);
});
