// Drafts of unsaved work go to `npm run web`'s API from a worker (draft-worker.ts), one request at
// a time and in the order asked: a draft written just before a save must reach the server before
// the save's discard does, or the discarded draft would come back. Where no worker starts (Node
// tests), or one cannot reach the server (an opaque origin), the page sends the request itself.
import DraftWorker from './draft-worker.ts?worker&inline';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (answer: { ok: boolean; failed: boolean }) => void>();
let queue: Promise<unknown> = Promise.resolve();

function started(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new DraftWorker();
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (e: MessageEvent<{ id: number; ok: boolean; failed: boolean }>) => {
    const done = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    done?.({ ok: e.data.ok, failed: e.data.failed });
  });
  return worker;
}

export interface DraftRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
}

async function send(request: DraftRequest, viaPage: () => Promise<boolean>): Promise<boolean> {
  const w = started();
  if (w) {
    const id = nextId++;
    const answer = await new Promise<{ ok: boolean; failed: boolean }>((resolve) => {
      waiting.set(id, resolve);
      w.postMessage({ id, ...request });
    });
    if (!answer.failed) return answer.ok;
  }
  return viaPage();
}

/**
 * Sends a draft request after every one asked before it has been answered; true when the server
 * took it. `viaPage` sends it from the page instead (no worker, or one that cannot reach the server).
 */
export function sendDraftRequest(request: DraftRequest, viaPage: () => Promise<boolean>): Promise<boolean> {
  const mine = queue.then(() => send(request, viaPage));
  queue = mine.catch(() => false);
  return mine;
}
