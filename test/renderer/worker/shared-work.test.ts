// A guest's join reads the session's map in the map worker: the file's text brought to the room's
// shared state, read there without any order (the worker has the file's nodes to place them by).
// The text is what the host's own reconcile writes: the file's nodes in place, comments kept,
// new nodes after them by id.
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { fileText, parseMap } from '../../../core/format/parse.ts';
import { liveMapOf, liveNodeOf, liveNodes, seedLiveDoc } from '../../../core/live/live-doc.ts';
import { reconcileDocument } from '../../../core/live/reconcile.ts';
import { sanitizedLiveMap } from '../../../core/live/sanitize.ts';
import { doSharedWork } from '../../../renderer/worker/shared-work.ts';

const TEXT = readFileSync('test/fixtures/live/workshop.yaml', 'utf8');

function loaded(text: string) {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.document;
}

/** The room's state: the file's map, then a rename, a removal and two nodes added. */
function room(): Y.Doc {
  const ydoc = new Y.Doc();
  seedLiveDoc(ydoc, loaded(TEXT).map);
  ydoc.transact(() => {
    liveNodes(ydoc).get('booking')?.set('name', 'Booking desk');
    liveNodes(ydoc).set('zeta', liveNodeOf({ kind: 'component', name: 'Zeta', evolution: 0.6, visibility: 0.3 }));
    liveNodes(ydoc).set('alpha', liveNodeOf({ kind: 'component', name: 'Alpha', evolution: 0.7, visibility: 0.2 }));
  });
  return ydoc;
}

describe('the session map read in the worker', () => {
  it('is the text the host’s reconcile writes from the same state, comments kept', () => {
    const ydoc = room();
    // Copied as postMessage copies it.
    const result = doSharedWork({ kind: 'shared', text: TEXT, live: structuredClone(liveMapOf(ydoc)) });
    const base = loaded(TEXT);
    const order = Object.keys(base.map.nodes);
    const expected = reconcileDocument(base, sanitizedLiveMap(liveMapOf(ydoc, order), base.map));
    expect(result.ok && result.text).toBe(expected.ok && fileText(expected.document));
    expect(result.ok && result.text).toContain('# the new service');
    const map = result.ok ? loaded(result.text).map : null;
    expect(map?.nodes.booking?.name).toBe('Booking desk');
    expect(Object.keys(map?.nodes ?? {})).toEqual([...order, 'alpha', 'zeta']);
  });

  it('is the file’s own text when the room has not changed it', () => {
    const ydoc = new Y.Doc();
    seedLiveDoc(ydoc, loaded(TEXT).map);
    expect(doSharedWork({ kind: 'shared', text: TEXT, live: liveMapOf(ydoc) })).toMatchObject({ ok: true, text: TEXT });
  });

  it('answers the errors of a session file that does not load', () => {
    const result = doSharedWork({ kind: 'shared', text: 'nodes: [', live: liveMapOf(new Y.Doc()) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.length).toBeGreaterThan(0);
  });
});
