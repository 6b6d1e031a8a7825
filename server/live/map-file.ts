// The map file stays the truth of a live session: the merged state is written back (atomically,
// through the same minimal splices as a local save) shortly after the last change, and a change
// made to the file on disk meanwhile (a `git pull`) is merged into the session, never overwritten.
import { readFile } from 'node:fs/promises';
import type * as Y from 'yjs';
import { fileText, parseMap, type MapDocument } from '../../core/format/parse.ts';
import { liveMapOf } from '../../core/live/live-doc.ts';
import { reconcileDocument } from '../../core/live/reconcile.ts';
import { sanitizedLiveMap } from '../../core/live/sanitize.ts';
import { writeEditToLive } from '../../core/live/write-edit.ts';
import { writeTextAtomically } from '../../files/atomic-save.ts';
import { watchMapFile, type MapFileWatcher } from '../../files/watch.ts';

/** Transaction origin of changes that came from the file on disk. */
export const DISK_ORIGIN = 'disk';

export interface MapFileOptions {
  /** Quiet time after the last change before writing (the file is written within a second). */
  writeDelayMs?: number;
  /** Stability chokidar waits for before it reports a change on disk. */
  watchStabilityMs?: number;
  log?: (line: string) => void;
}

export class LiveMapFile {
  /** What the file holds (as last read or written): the base every write is reconciled onto. */
  private document: MapDocument;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watcher: MapFileWatcher | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closing = false;
  writes = 0;

  constructor(
    private readonly path: string,
    initial: MapDocument,
    private readonly ydoc: Y.Doc,
    private readonly options: MapFileOptions = {},
  ) {
    this.document = initial;
  }

  get current(): MapDocument {
    return this.document;
  }

  async watch(): Promise<void> {
    // The shared file service's watcher (chokidar, which survives atomic renames).
    const merge = () => void this.queue(async () => void (await this.mergeDisk()));
    this.watcher = await watchMapFile(this.path, merge, { stabilityMs: this.options.watchStabilityMs ?? 200 });
  }

  /** A change in the session: write it out once things are quiet. */
  changed(): void {
    // Once closing, the final write reads the document as it is then: no timer outlives the session.
    if (this.closing) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.queue(() => this.write()), this.options.writeDelayMs ?? 250);
  }

  /** Writes what is pending now and stops watching. */
  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.timer);
    await this.queue(() => this.write());
    await this.watcher?.close();
  }

  /** Resolves once every queued write and merge has finished. */
  settled(): Promise<void> {
    return this.writing;
  }

  // Writes and merges run one at a time, in order.
  private queue(task: () => Promise<void>): Promise<void> {
    this.writing = this.writing.then(task).catch((e: unknown) => {
      this.options.log?.(`live: ${e instanceof Error ? e.message : String(e)}`);
    });
    return this.writing;
  }

  private async write(): Promise<void> {
    // Someone changed the file since we last saw it: merge that first, never write over it.
    if (!(await this.mergeDisk())) return;
    const order = Object.keys(this.document.map.nodes);
    const target = sanitizedLiveMap(liveMapOf(this.ydoc, order), this.document.map);
    const next = reconcileDocument(this.document, target);
    if (!next.ok) {
      this.options.log?.(`live: the session's map would not load, file left as it was: ${next.errors[0]?.message}`);
      return;
    }
    const text = fileText(next.document);
    if (text === fileText(this.document)) return;
    await writeTextAtomically(this.path, text);
    this.document = next.document;
    this.writes++;
  }

  /** Brings a change on disk into the session; false while the file on disk does not load. */
  private async mergeDisk(): Promise<boolean> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return true; // deleted or moved away: the next write puts it back
    }
    if (text === fileText(this.document)) return true;
    const parsed = parseMap(text);
    if (!parsed.ok) {
      this.options.log?.(`live: ${this.path} changed on disk and does not load; waiting for a fix before writing`);
      return false;
    }
    writeEditToLive(this.ydoc, this.document.map, parsed.document.map, DISK_ORIGIN);
    this.document = parsed.document;
    this.options.log?.(`live: merged a change on disk into the session`);
    // The session may hold edits the disk version lacks: write the merged map back.
    this.changed();
    return true;
  }
}
