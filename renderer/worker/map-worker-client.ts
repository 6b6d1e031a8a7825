// The page's side of the map worker: `parseOffThread(text)` parses a whole map text (and, when
// asked, checks its doctrine) in a Web Worker, so a 2,000-node file's second of parsing never
// blocks the page; `labelsOffThread` runs the canvas's label search there and `draftOffThread`
// sends a draft. One worker for the page, started on first use; requests are answered in order.
// Where no worker can start (Node tests, a browser without workers) the same work runs on the
// main thread in a later task, so callers have one API either way.
// The worker is a script file of the build (assets/map-worker-*.js, next to the page's bundle), not
// an inline blob: the desktop app's CSP and a live session's allow scripts from 'self' only, which
// a file of the app's own origin is (blob: is not).
import type { WardleyMap } from '../../core/model/types.ts';
import type { PlacedLabel } from '../../core/render/labels.ts';
import type { DraftWorkRequest, DraftWorkResult } from './draft-work.ts';
import { doLabelWork, type LabelWorkRequest } from './label-work.ts';
import { doMapWork, type MapWorkRequest, type MapWorkResult } from './map-work.ts';
import { doSharedWork, type SharedWorkRequest, type SharedWorkResult } from './shared-work.ts';
import MapWorker from './map-worker.ts?worker';

export type { MapWorkResult } from './map-work.ts';

interface Pending {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
  /** The same work on the main thread, for when the worker cannot answer. */
  here: () => unknown;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function started(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new MapWorker();
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (e: MessageEvent<{ id: number; result?: never; failure?: string }>) => {
    const waiting = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (e.data.result) waiting?.resolve(e.data.result);
    else waiting?.reject(new Error(`map worker: ${e.data.failure ?? 'no answer'}`));
  });
  worker?.addEventListener('error', workerFailed);
  return worker;
}

/**
 * A worker that cannot start (a host whose Content-Security-Policy refuses workers, or its script)
 * or that fails says so only through this event: its requests would never be answered, and an open
 * waiting for one would stay "Loading map…". The page stops using it and does their work, and all
 * later work, on the main thread.
 */
function workerFailed(): void {
  worker?.terminate();
  worker = null;
  const left = [...pending.values()];
  pending.clear();
  for (const waiting of left) {
    setTimeout(() => {
      try {
        waiting.resolve(waiting.here() as never);
      } catch (e) {
        waiting.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
  }
}

/** Sends `request` to the worker; without one, runs `here` in a later task. */
function ask<T>(request: object, here: () => T): Promise<T> {
  const w = started();
  if (!w) return new Promise((resolve) => setTimeout(() => resolve(here()), 0));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (result: never) => void, reject, here });
    w.postMessage({ id, ...request });
  });
}

/**
 * Parses `text` off the main thread; with `check`, also its doctrine findings placed in `text`;
 * with `withMap`, the map comes back too.
 */
export function parseOffThread(
  text: string,
  options: { check?: boolean; withMap?: boolean } = {},
): Promise<MapWorkResult> {
  const request: MapWorkRequest = { text, check: options.check ?? false, withMap: options.withMap ?? false };
  return ask(request, () => doMapWork(request));
}

/** A live session's map as a guest joins: the session file's `text` brought to the room's `live` state. */
export function sharedOffThread(text: string, live: WardleyMap): Promise<SharedWorkResult> {
  const request: SharedWorkRequest = { kind: 'shared', text, live };
  return ask(request, () => doSharedWork(request));
}

/** The canvas's labels of `request.nodes`, searched off the main thread. */
export function labelsOffThread(request: Omit<LabelWorkRequest, 'kind'>): Promise<Map<string, PlacedLabel>> {
  const labels: LabelWorkRequest = { kind: 'labels', ...request };
  return ask(labels, () => doLabelWork(labels));
}

interface AskOptions {
  check?: boolean;
  withMap?: boolean;
}

type Ask = (text: string, options?: AskOptions) => Promise<MapWorkResult | null>;

/**
 * A caller that only wants the answer to its latest request (a panel re-checking as the map
 * changes): at most one request of this caller is in the worker at a time; a request made
 * meanwhile waits, replacing any other waiting one, and every request overtaken by a newer one
 * resolves as null. So a quick run of edits costs the worker two parses, not one per edit.
 */
export function latestOffThread(): Ask {
  let busy = false;
  let waiting: {
    text: string;
    options: AskOptions | undefined;
    done: (r: MapWorkResult | null) => void;
  } | null = null;
  let latest = 0;
  const run = (
    text: string,
    options: AskOptions | undefined,
    mine: number,
    done: (r: MapWorkResult | null) => void,
  ) => {
    busy = true;
    const settle = (result: MapWorkResult | null) => {
      busy = false;
      done(mine === latest ? result : null);
      const next = waiting;
      waiting = null;
      if (next) run(next.text, next.options, latest, next.done);
    };
    parseOffThread(text, options).then(settle, () => settle(null));
  };
  return (text, options) =>
    new Promise((done) => {
      const mine = ++latest;
      if (!busy) return run(text, options, mine, done);
      waiting?.done(null);
      waiting = { text, options, done };
    });
}

/** Sends a draft request from the worker; null where no worker runs (the caller sends it itself). */
export function draftOffThread(request: Omit<DraftWorkRequest, 'kind'>): Promise<DraftWorkResult> | null {
  if (!started()) return null;
  const draft: DraftWorkRequest = { kind: 'draft', ...request };
  return ask(draft, () => ({ ok: false, failed: true }));
}
