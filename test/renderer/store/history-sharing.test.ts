// Documents put aside in undo history drop their node record and rebuild it from a neighbour when
// read again (core/model/node-sharing.ts). Whatever the user does (edits, undo, redo, branching
// off, saving, reloading the file from disk), every document history gives back must read exactly
// as it did when it was made: the same map, the same node objects, the same key order.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { isResting } from '../../../core/model/node-sharing.ts';
import * as ops from '../../../core/model/operations.ts';
import type { DocSlice } from '../../../renderer/store/store.ts';
import { loaded, markedSaved, redone, reloaded, undone, withEdit } from '../../../renderer/store/history.ts';

const TEXT = readFileSync('maps/ehealth-platform.yaml', 'utf8');

function start(): MapDocument {
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('example map does not parse');
  return parsed.document;
}

interface Snapshot {
  json: string;
  ids: string[];
  nodes: unknown[];
}

function snapshotOf(document: MapDocument): Snapshot {
  const ids = Object.keys(document.map.nodes);
  return { json: JSON.stringify(document.map), ids, nodes: ids.map((id) => document.map.nodes[id]) };
}

const stepArb = fc.oneof(
  fc.record({ op: fc.constant('move' as const), a: fc.nat(), e: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('rename' as const), a: fc.nat(), k: fc.nat({ max: 3 }) }),
  fc.record({ op: fc.constant('remove' as const), a: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), k: fc.nat() }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({ op: fc.constant('redo' as const) }),
  fc.record({ op: fc.constant('save' as const) }),
  fc.record({ op: fc.constant('reload' as const), k: fc.nat({ max: 3 }) }),
);

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function edit(document: MapDocument, step: Step): MapDocument | undefined {
  const ids = Object.keys(document.map.nodes);
  const id = 'a' in step ? (ids[step.a % ids.length] ?? '') : '';
  const result =
    step.op === 'move'
      ? ops.moveNodes(document, [{ id, evolution: step.e, visibility: 0.5 }])
      : step.op === 'rename'
        ? ops.renameNode(document, id, `${id}-r${step.k}`)
        : step.op === 'remove'
          ? ops.removeNodes(document, [id])
          : step.op === 'add'
            ? ops.addNode(document, { name: `Added ${step.k}`, kind: 'component', evolution: 0.3, visibility: 0.4 })
            : undefined;
  return result?.ok ? result.document : undefined;
}

function diskVersion(k: number): MapDocument {
  const parsed = parseMap(TEXT.replace(/^title: (.*)$/m, `title: $1 on disk ${k}`));
  if (!parsed.ok) throw new Error('changed map does not parse');
  return parsed.document;
}

function applied(doc: DocSlice, step: Step): DocSlice {
  if (step.op === 'undo') return undone(doc);
  if (step.op === 'redo') return redone(doc);
  if (step.op === 'save') return doc.current ? markedSaved(doc, doc.current, { name: 'm.yaml', token: 't' }) : doc;
  // The file on disk read again: a document of its own, sharing no node with any other.
  if (step.op === 'reload') return reloaded(doc, diskVersion(step.k), { name: 'm.yaml', token: 't' });
  const next = doc.current ? edit(doc.current, step) : undefined;
  return next ? withEdit(doc, next) : doc;
}

describe('undo history sharing nodes', () => {
  it('gives back every document as it was made, whatever the steps', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 30 }), (steps) => {
        const snapshots = new Map<MapDocument, Snapshot>();
        let doc = loaded(start(), 'm.yaml', 't');
        snapshots.set(doc.current as MapDocument, snapshotOf(doc.current as MapDocument));
        for (const step of steps) {
          doc = applied(doc, step);
          const current = doc.current as MapDocument;
          if (!snapshots.has(current)) snapshots.set(current, snapshotOf(current));
          const expected = snapshots.get(current) as Snapshot;
          const now = snapshotOf(current);
          expect(now.json).toBe(expected.json);
          expect(now.ids).toEqual(expected.ids);
          now.nodes.forEach((node, i) => expect(node).toBe(expected.nodes[i]));
          expect(isResting(current)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps no node record for documents put aside', () => {
    let doc = loaded(start(), 'm.yaml', 't');
    const first = doc.current as MapDocument;
    for (let k = 0; k < 5; k++) {
      const current = doc.current as MapDocument;
      const id = Object.keys(current.map.nodes)[k] ?? '';
      const next = edit(current, { op: 'move', a: k, e: 0.1 * k });
      if (!next) throw new Error(`move of ${id} failed`);
      doc = withEdit(doc, next);
    }
    // The loaded document is the saved one and stays whole; the others rest.
    expect(isResting(first)).toBe(false);
    expect(doc.past.slice(1).every(isResting)).toBe(true);
    doc = undone(doc);
    // A map an edit made holds its nodes in a table it shares with its neighbours, and makes its
    // record again when it is read: from then on it holds it.
    expect(Object.keys((doc.current as MapDocument).map.nodes)).toEqual(Object.keys(first.map.nodes));
    expect(isResting(doc.current as MapDocument)).toBe(false);
    expect(isResting(doc.future[0] as MapDocument)).toBe(true);
  });

  it('gives back the same map and node record while something else still holds them', () => {
    let doc = loaded(start(), 'm.yaml', 't');
    doc = withEdit(doc, edit(doc.current as MapDocument, { op: 'move', a: 1, e: 0.2 }) as MapDocument);
    const second = doc.current as MapDocument;
    // What the canvas keeps while the next edit is made: the map shown before it.
    const shownMap = second.map;
    const shownNodes = second.map.nodes;
    doc = withEdit(doc, edit(second, { op: 'move', a: 2, e: 0.3 }) as MapDocument);
    expect(isResting(second)).toBe(true);
    expect(second.map).toBe(shownMap);
    expect(second.map.nodes).toBe(shownNodes);
  });
});
