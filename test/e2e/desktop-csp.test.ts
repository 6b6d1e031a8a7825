// The editor under the Content-Security-Policies it really runs with, in Chromium:
// - the desktop app's (electron/window/app-protocol.ts): `npm run web`'s page with the headers the
//   app:// protocol sends for each file (type, nosniff, CSP), scripts from 'self' only. The map
//   worker is a script file of the app's own, so the policy allows it: a large map dropped on the
//   window is read in the worker (the page posts its text and takes the map the worker sends back);
// - a policy that refuses workers (as a host that forbids them would): everything the worker does
//   happens on the page, and the map, a dropped file and the doctrine panel still come;
// - a live session's page (server/live/http.ts, its own CSP): its worker runs too, and a guest
//   joining reads the shared map there (test/renderer/live/join.test.ts: nothing parsed on the page).
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringifyMap } from '../../core/format/stringify.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/window/app-protocol.ts';
import { generatedMap } from '../bench/generate.ts';
import { startServe, type LiveServe } from './live-mode.ts';
import { BACKGROUND_WORK_MS, PAGE_LOAD_MS, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';
import { servedAsDesktop, watchWorkersOf, workerLog } from './worker-watch.ts';

let web: WebMode;

beforeAll(async () => {
  web = await startWebMode();
});

afterAll(async () => {
  await web?.close();
});

interface PolicedPage {
  page: Page;
  /** Console messages of the page about its Content-Security-Policy. */
  refusals: string[];
  /** The paths served with the desktop app's headers (none unless `desktopPolicy` is given). */
  served: string[];
  /** The response to the page's own load. */
  response: Response | null;
}

/**
 * A page on `url` with its map drawn (`drawn` shows), its workers watched (worker-watch.ts) and its
 * CSP refusals collected; with `desktopPolicy`, every file is served with the app:// protocol's
 * headers and that policy.
 */
async function policedPage(browser: Browser, url: string, drawn: string, desktopPolicy?: string): Promise<PolicedPage> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await watchWorkersOf(context);
  const page = await context.newPage();
  page.setDefaultTimeout(BACKGROUND_WORK_MS);
  page.setDefaultNavigationTimeout(PAGE_LOAD_MS);
  const refusals: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) refusals.push(m.text());
  });
  const served = desktopPolicy === undefined ? [] : await servedAsDesktop(page, desktopPolicy);
  const response = await page.goto(url);
  await page.locator(drawn).first().waitFor({ timeout: PAGE_LOAD_MS });
  return { page, refusals, served, response };
}

function pageUnder(policy: string): Promise<PolicedPage> {
  return policedPage(web.browser, web.url, '[data-node-id]', policy);
}

/** Drops `text` on the window as a map file, as the browser host's drag-and-drop open reads it. */
async function dropFile(page: Page, text: string, name: string): Promise<void> {
  await page.evaluate(
    ([yaml, file]) => {
      const data = new DataTransfer();
      data.items.add(new File([yaml as string], file as string, { type: 'application/yaml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    },
    [text, name],
  );
}

// A small map of its own: n0 … n11; and a large one: n0 … n1999.
const SMALL = stringifyMap(generatedMap(12));
const LARGE = stringifyMap(generatedMap(2000));

describe('the editor under the desktop app CSP', () => {
  let desktop: PolicedPage;
  beforeAll(async () => {
    desktop = await pageUnder(CONTENT_SECURITY_POLICY);
  });

  it('runs the map worker from its own script file, which the policy allows', async () => {
    const { page } = desktop;
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-csp-open.png` });
    // The map opened at start-up was read in the worker, and the doctrine panel's check is the worker's.
    await expect
      .poll(async () => (await workerLog(page)).answered.some((a) => a.findings !== null), {
        timeout: BACKGROUND_WORK_MS,
      })
      .toBe(true);
    const log = await workerLog(page);
    expect(log.answered[0]).toMatchObject({ ok: true, nodes: expect.any(Number) });
    expect(log.started).toHaveLength(1);
    expect(log.started[0]?.slice(web.url.length)).toMatch(/^assets\/map-worker-[\w-]+\.js$/);
    expect(log.started[0]?.startsWith(web.url)).toBe(true);
    // Served with the app:// protocol's own headers, and not refused.
    expect(desktop.served.some((p) => /^\/assets\/map-worker-[\w-]+\.js$/.test(p))).toBe(true);
    expect(desktop.refusals).toEqual([]);
    expect(log.errors).toBe(0);
  });

  it('reads a large dropped map in the worker and draws the map it sent back', async () => {
    const { page } = desktop;
    await dropFile(page, LARGE, 'large.yaml');
    await page.locator('.canvas [data-node-id="n1999"]').waitFor();
    const log = await workerLog(page);
    const read = log.posted.find((p) => p.textLength === LARGE.length && !p.check);
    expect(read).toBeDefined();
    // The read's answer carries the whole map: the page takes it instead of parsing the text itself.
    expect(log.answered.find((a) => a.id === read?.id)).toMatchObject({ ok: true, nodes: 2000 });
    expect(log.errors).toBe(0);
    expect(desktop.refusals).toEqual([]);
  });
});

describe('the editor under a policy that refuses workers', () => {
  let refused: PolicedPage;
  beforeAll(async () => {
    refused = await pageUnder(`${CONTENT_SECURITY_POLICY}; worker-src 'none'`);
  });

  it('opens the map although the worker is refused, and the doctrine panel answers', async () => {
    const { page } = refused;
    // The test means something only while the policy really refuses the worker.
    await expect.poll(async () => (await workerLog(page)).errors).toBe(1);
    expect(refused.refusals.some((t) => /worker/i.test(t))).toBe(true);
    expect(await page.locator('.canvas [data-node-id]').count()).toBeGreaterThan(10);
    await expect.poll(() => page.getByText(/\d+ errors?/).count(), { timeout: BACKGROUND_WORK_MS }).toBeGreaterThan(0);
  });

  it('opens a map file dropped on the window', async () => {
    const { page } = refused;
    await dropFile(page, SMALL, 'dropped.yaml');
    await page.locator('.canvas [data-node-id="n11"]').waitFor();
    expect(await page.locator('.canvas [data-node-id]').count()).toBe(12);
  });
});

// A session of its own: n0 … n299 (a workshop's size; the 2,000-node join is test/renderer/live/join.test.ts).
const SESSION = stringifyMap(generatedMap(300));

describe("a live session's page", () => {
  let live: LiveServe;
  afterAll(async () => {
    await live?.close();
  });

  it('runs the map worker under the session page’s own CSP, and reads the shared map there as the guest joins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mapwright-e2e-live-csp-'));
    const mapPath = join(dir, 'large.yaml');
    writeFileSync(mapPath, SESSION);
    live = await startServe(mapPath);
    const { page, refusals, response } = await policedPage(
      live.browser,
      `${live.joinUrl}?name=Guest`,
      '[data-node-id="n299"]',
    );
    // The test means something only while the session's page has a policy of its own.
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect
      .poll(async () => (await workerLog(page)).answered.some((a) => a.findings !== null), {
        timeout: BACKGROUND_WORK_MS,
      })
      .toBe(true);
    const log = await workerLog(page);
    const session = new URL(live.joinUrl).pathname.replace(/\/?$/, '/');
    expect(log.started).toHaveLength(1);
    expect(new URL(log.started[0] ?? '').pathname).toMatch(new RegExp(`^${session}assets/map-worker-[\\w-]+\\.js$`));
    expect(log.errors).toBe(0);
    expect(refusals).toEqual([]);
    // The guest's join read the session's map in the worker (its file's text and the room's state),
    // not on the page: the session's text went there first, and the worker answered it.
    const joined = log.posted[0];
    expect(joined).toMatchObject({ kind: 'shared', textLength: SESSION.length });
    expect(log.answered.find((a) => a.id === joined?.id)).toMatchObject({ ok: true });
  });
});
