// The draft writer's worker: turns a draft into its JSON body and sends it, so a large map's
// autosave (a 650 kB text at 2,000 nodes) costs the page a message, not a stringify and a body
// copy of tens of ms. Answers each request's id with whether the server took it; `failed` when
// the request could not be sent from here at all (the page then sends it itself).
interface DraftRequest {
  id: number;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<DraftRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, url, method, headers, body } = e.data;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  fetch(url, init).then(
    (res) => scope.postMessage({ id, ok: res.ok, failed: false }),
    () => scope.postMessage({ id, ok: false, failed: true }),
  );
};
