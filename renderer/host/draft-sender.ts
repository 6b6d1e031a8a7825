// Drafts of unsaved work go to `npm run web`'s API from the map worker (worker/draft-work.ts), one
// request at a time and in the order asked: a draft written just before a save must reach the
// server before the save's discard does, or the discarded draft would come back. Where no worker starts (Node
// tests), or one cannot reach the server (an opaque origin), the page sends the request itself.
import { draftOffThread } from '../worker/map-worker-client.ts';

let queue: Promise<unknown> = Promise.resolve();

export interface DraftRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
}

async function send(request: DraftRequest, viaPage: () => Promise<boolean>): Promise<boolean> {
  const answer = await (draftOffThread(request)?.catch(() => null) ?? null);
  if (answer && !answer.failed) return answer.ok;
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
