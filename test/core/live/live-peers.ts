// Peers for live-session tests: each holds a Yjs document and the map document it shows, edits
// through core/model operations mirrored into Yjs, and brings remote changes in like the app does.
import * as Y from 'yjs';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import type { EditResult } from '../../../core/model/operations.ts';
import { liveMapOf, seedLiveDoc } from '../../../core/live/live-doc.ts';
import { reconcileDocument } from '../../../core/live/reconcile.ts';
import { sanitizedLiveMap } from '../../../core/live/sanitize.ts';
import { writeEditToLive } from '../../../core/live/write-edit.ts';

export const LOCAL = 'local';

export class Peer {
  readonly ydoc = new Y.Doc();
  constructor(public document: MapDocument) {}

  /** Applies a core operation; a refused edit changes nothing (like the editor). */
  edit(operation: (d: MapDocument) => EditResult): boolean {
    const result = operation(this.document);
    if (!result.ok) return false;
    writeEditToLive(this.ydoc, this.document.map, result.document.map, LOCAL);
    this.document = result.document;
    return true;
  }

  /** The shared state as this peer's document (what the editor and the host's file show). */
  refresh(): void {
    const order = Object.keys(this.document.map.nodes);
    const target = sanitizedLiveMap(liveMapOf(this.ydoc, order), this.document.map);
    const result = reconcileDocument(this.document, target);
    if (!result.ok) throw new Error(`reconcile failed: ${result.errors.map((e) => e.message).join('; ')}`);
    this.document = result.document;
  }
}

export function load(text: string): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return parsed.document;
}

/** A host seeded from the file and `n` participants that received its state. */
export function session(text: string, n: number): { host: Peer; peers: Peer[] } {
  const host = new Peer(load(text));
  seedLiveDoc(host.ydoc, host.document.map);
  const peers = Array.from({ length: n }, () => new Peer(load(text)));
  for (const p of peers) {
    sync(host.ydoc, p.ydoc);
    p.refresh();
  }
  return { host, peers };
}

/** Sends what `from` has and `to` lacks. */
export function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

export function syncAll(docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) sync(a, b);
}
