// A live session for end-to-end tests: `mapwright serve` on a copy of a map, and participants in
// separate browser contexts driving the editor as people do (quick entry, double-click rename,
// drags), read back from what each page draws.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { parseMap } from '../../core/format/parse.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { BACKGROUND_WORK_MS, CHROMIUM, PAGE_LOAD_MS, SCREENSHOTS } from './web-mode.ts';

export interface LiveServe {
  joinUrl: string;
  viewUrl: string;
  mapPath: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startServe(fixture = 'test/fixtures/live/workshop.yaml'): Promise<LiveServe> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const mapPath = join(mkdtempSync(join(tmpdir(), 'mapwright-e2e-live-')), 'workshop.yaml');
  copyFileSync(fixture, mapPath);
  const child = spawn(process.execPath, ['bin/mapwright.js', 'serve', mapPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  const { joinUrl, viewUrl } = await links(child);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    joinUrl,
    viewUrl,
    mapPath,
    browser,
    close: async () => {
      await browser.close();
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
    },
  };
}

function links(child: ChildProcess): Promise<{ joinUrl: string; viewUrl: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    const look = (chunk: Buffer) => {
      out += chunk.toString();
      const join = /join: (\S+)/.exec(out);
      const view = /view only: (\S+)/.exec(out);
      if (join && view) resolve({ joinUrl: join[1] as string, viewUrl: view[1] as string });
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
  });
}

export interface Participant {
  context: BrowserContext;
  page: Page;
}

/** A participant's page on `url` (the session's join link by default), once it is drawn and connected. */
export async function joinAs(
  live: Pick<LiveServe, 'browser' | 'joinUrl'>,
  name: string,
  url = live.joinUrl,
): Promise<Participant> {
  const context = await live.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // Participants often join at once: several pages parse the bundle together on two cores.
  page.setDefaultNavigationTimeout(PAGE_LOAD_MS);
  await page.goto(`${url}?name=${encodeURIComponent(name)}`);
  await page.locator('[data-node-id]').first().waitFor({ timeout: PAGE_LOAD_MS });
  await page.locator('[data-testid="live-bar"][data-status="connected"]').waitFor({ timeout: BACKGROUND_WORK_MS });
  return { context, page };
}

/** Types statements into the quick-entry line, one Enter (one edit) each. */
export async function quick(page: Page, lines: readonly string[]): Promise<void> {
  const field = page.getByLabel('Quick entry');
  if (!(await field.isVisible())) {
    await page.locator('svg[data-testid="canvas"]').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
  }
  for (const line of lines) {
    await field.fill(line);
    await field.press('Enter');
  }
}

/** Renames a node in place, as a double-click on it does. */
export async function renameOnCanvas(page: Page, id: string, name: string): Promise<void> {
  await page.locator(`[data-node-id="${id}"]`).dispatchEvent('dblclick');
  const field = page.getByLabel('Node name');
  await field.fill(name);
  await field.press('Enter');
}

/** What a page draws: every node with its place and label, every link. */
export async function drawnMap(page: Page): Promise<string> {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll('svg[data-testid="canvas"] [data-node-id]')].map(
      (g) =>
        `${g.getAttribute('data-node-id')} ${g.querySelector('.node-hit')?.getAttribute('cx')},${g.querySelector('.node-hit')?.getAttribute('cy')} ${g.querySelector('.node-label')?.textContent ?? ''}`,
    );
    const links = [...document.querySelectorAll('svg[data-testid="canvas"] [data-link]')].map((g) =>
      g.getAttribute('data-link'),
    );
    return JSON.stringify({ nodes: nodes.sort(), links: links.sort() });
  });
}

export function mapOnDisk(path: string): WardleyMap | null {
  const parsed = parseMap(readFileSync(path));
  return parsed.ok ? parsed.map : null;
}

/** Polls until `check` holds; returns how long it took (no timed assertion, only a hang guard). */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - start;
}
