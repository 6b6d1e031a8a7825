// The editor under the desktop app's Content-Security-Policy (electron/window/app-protocol.ts),
// in Chromium against `npm run web` with that policy added to the page: it allows scripts from
// 'self' only, so the browser refuses the inline map worker. Everything the worker does must then
// happen on the page: the map opens (before, start-up waited for the worker's answer and the
// window stayed "Loading map…"), a dropped file opens, and the doctrine panel answers.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringifyMap } from '../../core/format/stringify.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/window/app-protocol.ts';
import { generatedMap } from '../bench/generate.ts';
import { BACKGROUND_WORK_MS, PAGE_LOAD_MS, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

let web: WebMode;
let page: Page;
const refusals: string[] = [];

beforeAll(async () => {
  web = await startWebMode();
  const context = await web.browser.newContext({ viewport: { width: 1600, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(BACKGROUND_WORK_MS);
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) refusals.push(m.text());
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    if ((headers['content-type'] ?? '').includes('text/html')) {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    }
    await route.fulfill({ response, headers });
  });
  page.setDefaultNavigationTimeout(PAGE_LOAD_MS);
  await page.goto(web.url);
});

afterAll(async () => {
  await web?.close();
});

// A small map of its own: n0 … n11.
const DROPPED = stringifyMap(generatedMap(12));

describe('the editor under the desktop app CSP', () => {
  it('opens the map although the worker is refused, and the doctrine panel answers', async () => {
    await page.locator('[data-node-id]').first().waitFor({ timeout: PAGE_LOAD_MS });
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-csp-open.png` });
    // The test means something only while the policy really refuses the worker.
    expect(refusals.some((t) => /worker/i.test(t))).toBe(true);
    expect(await page.locator('.canvas [data-node-id]').count()).toBeGreaterThan(10);
    await expect.poll(() => page.getByText(/\d+ errors?/).count(), { timeout: BACKGROUND_WORK_MS }).toBeGreaterThan(0);
  });

  it('opens a map file dropped on the window', async () => {
    await page.evaluate((yaml) => {
      const data = new DataTransfer();
      data.items.add(new File([yaml], 'dropped.yaml', { type: 'application/yaml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, DROPPED);
    await page.locator('.canvas [data-node-id="n11"]').waitFor();
    expect(await page.locator('.canvas [data-node-id]').count()).toBe(12);
  });
});
