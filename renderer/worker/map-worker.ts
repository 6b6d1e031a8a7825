// The map worker's entry: parses (and checks) map texts off the main thread, one message at a
// time, answering each with its request's id. Built by Vite as an inline worker (map-worker-client.ts).
import { doMapWork, type MapWorkRequest } from './map-work.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ id: number } & MapWorkRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, text, check } = e.data;
  try {
    scope.postMessage({ id, result: doMapWork({ text, check }) });
  } catch (error) {
    // parseMap turns bad input into errors; an exception here is a bug, reported to the caller.
    scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) });
  }
};
