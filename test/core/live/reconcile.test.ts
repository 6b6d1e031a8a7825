import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { fileText } from '../../../core/format/parse.ts';
import { liveMapOf, liveNodes, seedLiveDoc } from '../../../core/live/live-doc.ts';
import { reconcileDocument } from '../../../core/live/reconcile.ts';
import { sanitizedLiveMap } from '../../../core/live/sanitize.ts';
import * as ops from '../../../core/model/operations.ts';
import { load, session, sync } from './live-peers.ts';

const TEXT = readFileSync('test/fixtures/live/workshop.yaml', 'utf8');

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => line !== a[i]);
}

describe('map ↔ Yjs', () => {
  it('a seeded document reads back as the same map, and reconciling it changes no byte', () => {
    const document = load(TEXT);
    const ydoc = new Y.Doc();
    seedLiveDoc(ydoc, document.map);
    const back = liveMapOf(ydoc, Object.keys(document.map.nodes));
    expect(back).toEqual(document.map);
    const result = reconcileDocument(document, back);
    expect(result.ok && fileText(result.document)).toBe(TEXT);
  });

  it("a participant's move reaches the host as a splice of that node's lines only", () => {
    const { host, peers } = session(TEXT, 1);
    const [alice] = peers as [(typeof peers)[0]];
    alice.edit((d) => ops.moveNodes(d, [{ id: 'journal', evolution: 0.61, visibility: 0.5 }]));
    sync(alice.ydoc, host.ydoc);
    host.refresh();
    const after = fileText(host.document);
    expect(changedLines(TEXT, after)).toEqual(['    evolution: 0.61 # legacy']);
    expect(after).toBe(fileText(alice.document));
  });

  it('settings, annotations, links and new nodes travel; comments stay', () => {
    const { host, peers } = session(TEXT, 1);
    const alice = peers[0]!;
    alice.edit((d) => ops.addNode(d, { kind: 'component', name: 'Queue', evolution: 0.7, visibility: 0.3 }));
    alice.edit((d) => ops.link(d, 'booking', 'queue'));
    alice.edit((d) => ops.setNodeField(d, 'patient', 'name', 'Patients'));
    const edited = reconcileDocument(alice.document, {
      ...alice.document.map,
      title: 'Workshop map (day 2)',
      annotations: [...(alice.document.map.annotations ?? []), { text: 'Queue before journal', nodes: ['queue'] }],
    });
    if (!edited.ok) throw new Error('edit refused');
    alice.edit(() => edited);
    sync(alice.ydoc, host.ydoc);
    host.refresh();
    expect(host.document.map).toEqual(alice.document.map);
    const text = fileText(host.document);
    for (const comment of ['# Who it is for.', '# the new service', '# agreed in the room', '# legacy', '# the end']) {
      expect(text).toContain(comment);
    }
    expect(text).toContain('title: Workshop map (day 2)');
    expect(host.document.map.nodes.booking?.uses).toEqual(['journal', 'database', 'queue']);
  });

  it('links to a node someone removed meanwhile are dropped, so the merged map loads', () => {
    const { host, peers } = session(TEXT, 2);
    const [alice, bob] = peers as [(typeof peers)[0], (typeof peers)[0]];
    alice.edit((d) => ops.removeNodes(d, ['database']));
    bob.edit((d) => ops.link(d, 'records', 'database'));
    sync(alice.ydoc, host.ydoc);
    sync(bob.ydoc, host.ydoc);
    host.refresh();
    expect(Object.keys(host.document.map.nodes)).not.toContain('database');
    expect(host.document.map.nodes.records?.uses).toEqual(['journal']);
  });

  it('what a peer sends that the schema refuses falls back to the last good version', () => {
    const { host, peers } = session(TEXT, 1);
    const alice = peers[0]!;
    alice.ydoc.transact(() => {
      liveNodes(alice.ydoc).get('journal')?.set('evolution', 7);
      liveNodes(alice.ydoc).get('booking')?.set('name', 'Bookings');
    });
    sync(alice.ydoc, host.ydoc);
    host.refresh();
    expect(host.document.map.nodes.journal?.evolution).toBe(0.55);
    expect(host.document.map.nodes.booking?.name).toBe('Bookings');
    const odd = liveMapOf(alice.ydoc);
    expect(sanitizedLiveMap(odd, host.document.map).nodes.journal?.evolution).toBe(0.55);
  });
});
