// What a page's map worker does, as the page sees it: every Worker it starts (script URL), what it
// posts to it, what comes back and whether the worker failed. Installed before the page's own
// scripts (an init script runs whatever the page's Content-Security-Policy), read with `workerLog`.
// Also serves `npm run web`'s page with the desktop app's response headers.
import type { BrowserContext, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, responseHeaders } from '../../electron/window/app-protocol.ts';

export interface WorkerLog {
  /** The absolute script URL of each Worker the page started. */
  started: string[];
  /** Each request posted: its kind and, for a map read, the length of its text. */
  posted: { id: number; kind: string; textLength: number | null; check: boolean }[];
  /** Each answer: its id, and for a map read the number of nodes of the map sent back. */
  answered: { id: number; ok: boolean | null; nodes: number | null; findings: number | null }[];
  /** How many 'error' events the workers fired (a refused script fires one). */
  errors: number;
}

function watchWorkers(): void {
  const Native = window.Worker;
  const log: WorkerLog = { started: [], posted: [], answered: [], errors: 0 };
  (window as unknown as { workerLog: WorkerLog }).workerLog = log;
  type Answer = { id: number; result?: { ok?: boolean; map?: { nodes: object }; findings?: unknown[] | null } };
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      log.started.push(new URL(String(url), location.href).href);
      this.addEventListener('message', (e: MessageEvent<Answer>) => {
        const result = e.data.result;
        log.answered.push({
          id: e.data.id,
          ok: result?.ok ?? null,
          nodes: result?.map ? Object.keys(result.map.nodes).length : null,
          findings: Array.isArray(result?.findings) ? result.findings.length : null,
        });
      });
      this.addEventListener('error', () => (log.errors += 1));
    }
    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
      const m = message as { id: number; kind?: string; text?: unknown; check?: boolean };
      const textLength = typeof m.text === 'string' ? m.text.length : null;
      log.posted.push({ id: m.id, kind: m.kind ?? 'map', textLength, check: m.check === true });
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
}

export async function watchWorkersOf(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(watchWorkers);
}

export function workerLog(page: Page): Promise<WorkerLog> {
  return page.evaluate(() => (window as unknown as { workerLog: WorkerLog }).workerLog);
}

/**
 * Every file of `npm run web`'s page (the page, its scripts, the map worker's script) with the
 * headers the desktop app's app:// protocol sends for it (electron/window/app-protocol.ts): its
 * content type, nosniff, and the CSP (`policy`, the app's own by default). The /api/ answers keep
 * their own type and get the CSP too. Returns the paths served, to check the worker's was.
 */
export async function servedAsDesktop(page: Page, policy = CONTENT_SECURITY_POLICY): Promise<string[]> {
  const served: string[] = [];
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    served.push(path);
    const headers = { ...response.headers() };
    if (!path.startsWith('/api/')) Object.assign(headers, responseHeaders(path === '/' ? '/index.html' : path));
    headers['content-security-policy'] = policy;
    await route.fulfill({ response, headers });
  });
  return served;
}
