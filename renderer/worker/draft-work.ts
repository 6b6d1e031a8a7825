// A draft of unsaved work sent from the map worker: its JSON body is made and sent here, so a large
// map's autosave (a 650 kB text at 2,000 nodes) costs the page a message, not a stringify and a
// body copy of tens of ms. `failed` when the request could not be sent from here at all (the page
// then sends it itself).
export interface DraftWorkRequest {
  kind: 'draft';
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface DraftWorkResult {
  ok: boolean;
  failed: boolean;
}

export async function doDraftWork(request: DraftWorkRequest): Promise<DraftWorkResult> {
  const init: RequestInit = { method: request.method, headers: request.headers };
  if (request.body !== undefined) init.body = JSON.stringify(request.body);
  try {
    const res = await fetch(request.url, init);
    return { ok: res.ok, failed: false };
  } catch {
    return { ok: false, failed: true };
  }
}
