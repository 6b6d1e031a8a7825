// The map worker's entry: parses (and checks) map texts, reads a live session's map as a guest
// joins, places labels and sends drafts off the main thread, answering each message with its
// request's id. Built by Vite as a script file of its own (map-worker-client.ts). A draft is answered when the server has answered; the rest in order.
import { doDraftWork, type DraftWorkRequest } from './draft-work.ts';
import { doLabelWork, type LabelWorkRequest } from './label-work.ts';
import { doMapWork, type MapWorkRequest } from './map-work.ts';
import { doSharedWork, type SharedWorkRequest } from './shared-work.ts';

type Request = ({ kind?: 'map' } & MapWorkRequest) | LabelWorkRequest | DraftWorkRequest | SharedWorkRequest;

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ id: number } & Request>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, ...request } = e.data;
  if (request.kind === 'draft') {
    void doDraftWork(request).then((result) => scope.postMessage({ id, result }));
    return;
  }
  try {
    const result =
      request.kind === 'labels'
        ? doLabelWork(request)
        : request.kind === 'shared'
          ? doSharedWork(request)
          : doMapWork(request);
    scope.postMessage({ id, result });
  } catch (error) {
    // parseMap turns bad input into errors; an exception here is a bug, reported to the caller.
    scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) });
  }
};
