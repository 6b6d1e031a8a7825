// A local edit written into the shared Yjs document: the shared state becomes the edited map,
// renames and going back (undo) included, and writing it never makes the `nodes` record of a
// map an edit made (the edit only tells which nodes it wrote; listing 10,000 would cost more
// than the edit itself).
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../core/format/parse.ts';
import { liveMapOf, seedLiveDoc } from '../../../core/live/live-doc.ts';
import { writeEditToLive } from '../../../core/live/write-edit.ts';
import { nodeIds, nodesPending } from '../../../core/model/node-table.ts';
import * as ops from '../../../core/model/operations.ts';
import { load } from './live-peers.ts';

const TEXT = readFileSync('test/fixtures/live/workshop.yaml', 'utf8');

const STEPS: ((d: MapDocument) => ops.EditResult)[] = [
  (d) => ops.renameNode(d, 'booking', 'booking-service'),
  (d) => ops.moveNodes(d, [{ id: 'journal', evolution: 0.9, visibility: 0.3 }]),
  (d) => ops.link(d, 'records', 'database'),
  (d) => ops.setNodeField(d, 'patient', 'name', 'Patient or carer'),
];

describe('writeEditToLive', () => {
  it("writes each edit and its undo into the shared state, never making the edited map's record", () => {
    const docs = [load(TEXT)];
    const ydoc = new Y.Doc();
    seedLiveDoc(ydoc, docs[0]!.map);
    let pendingKept = 0;
    for (const step of STEPS) {
      const before = docs[docs.length - 1]!;
      const result = step(before);
      if (!result.ok) throw new Error(result.errors[0]?.message);
      // A rename makes a whole record; a move, a link or a field change leaves it to be made.
      const pending = nodesPending(result.document.map);
      writeEditToLive(ydoc, before.map, result.document.map);
      expect(nodesPending(result.document.map)).toBe(pending);
      if (pending) pendingKept++;
      expect(liveMapOf(ydoc, nodeIds(result.document.map))).toEqual(result.document.map);
      docs.push(result.document);
    }
    expect(pendingKept).toBe(3);
    // Undo, one edit at a time: each earlier map was the one the later one was made from.
    for (let k = docs.length - 1; k > 0; k--) {
      writeEditToLive(ydoc, docs[k]!.map, docs[k - 1]!.map);
      expect(liveMapOf(ydoc, nodeIds(docs[k - 1]!.map))).toEqual(docs[k - 1]!.map);
    }
  });
});
