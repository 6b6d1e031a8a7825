// Starts `npm run web` (scripts/web.mjs → server/) on a free port and Debian's Chromium, for one test file.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mapsFolder, type MapsFolder } from '../support/maps-folder.ts';

export interface WebMode {
  url: string;
  /** The folder of maps the server serves (and Save writes to). */
  mapsDir: string;
  browser: Browser;
  close(): Promise<void>;
}

export const SCREENSHOTS = 'test-results/screenshots';

/**
 * How long a page may take to load and draw (goto, reload, the first node): parsing the bundle
 * alone has taken over 8 s on a busy 2-core machine, and a reload parses it again. A hang guard
 * only: nothing is measured with it.
 */
export const PAGE_LOAD_MS = 60_000;

/**
 * How long to wait for work done away from the page's main thread: the server (a save, a draft, a
 * live session starting or ending, git), the disk, a worker, a debounce. The page's own default (8 s)
 * is for what the page does itself. A hang guard only.
 */
export const BACKGROUND_WORK_MS = 30_000;

/** Debian's Chromium, or the browser CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}/`);
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`web server exited (${code}): ${out}`)));
  });
}

/** `extraArgs` go to server/main.ts, e.g. `['--maps', dir]` to serve another maps folder. */
/** Serves dist/renderer as built (test/support/build-renderer.ts builds it once before the tests). */
export async function startWebMode(extraArgs: string[] = []): Promise<WebMode> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Drafts of the served maps go to a fresh folder, never the user's own state folder.
  const drafts = mkdtempSync(join(tmpdir(), 'mapwright-e2e-drafts-'));
  // Save writes the served file: without --maps, a copy of maps/ is served, never the repository's own.
  const given = extraArgs.indexOf('--maps');
  const mapsDir = given >= 0 ? (extraArgs[given + 1] ?? 'maps') : mkdtempSync(join(tmpdir(), 'mapwright-e2e-maps-'));
  if (given < 0) cpSync('maps', mapsDir, { recursive: true });
  const args = given >= 0 ? extraArgs : [...extraArgs, '--maps', mapsDir];
  const server = spawn(process.execPath, ['scripts/web.mjs', '--port', '0', '--no-build', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MAPWRIGHT_DRAFTS: drafts },
  });
  const url = await waitForUrl(server);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    url,
    browser,
    mapsDir,
    close: async () => {
      await browser.close();
      server.kill();
      rmSync(drafts, { recursive: true, force: true });
      if (given < 0) rmSync(mapsDir, { recursive: true, force: true });
    },
  };
}

export interface EditorPageOptions {
  /** Let the page read and write the system clipboard (paste tests). */
  clipboard?: boolean;
  /** Wait for this node instead of the first one drawn. */
  waitForNode?: string;
}

/** A 1600×1000 page on the editor, once the map is drawn; downloads are accepted. */
export async function openEditor(web: WebMode, options: EditorPageOptions = {}): Promise<Page> {
  const context = await web.browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  // Reloads too: every load parses the whole bundle again.
  page.setDefaultNavigationTimeout(PAGE_LOAD_MS);
  await page.goto(web.url);
  const node = options.waitForNode ? `[data-node-id="${options.waitForNode}"]` : '[data-node-id]';
  await page.locator(node).first().waitFor({ timeout: PAGE_LOAD_MS });
  return page;
}

/** A test file's editor: `npm run web` serving a fresh folder of maps, and a page on the first. */
export interface EditorOnMaps {
  web: WebMode;
  page: Page;
  folder: MapsFolder;
  close(): Promise<void>;
}

/** Serves a temporary folder holding `files` (name → text) and opens the editor on it. */
export async function openEditorOn(
  files: Record<string, string>,
  options: EditorPageOptions = {},
): Promise<EditorOnMaps> {
  const folder = mapsFolder(files);
  const web = await startWebMode(['--maps', folder.dir]);
  const page = await openEditor(web, options);
  return {
    web,
    page,
    folder,
    close: async () => {
      await web.close();
      folder.remove();
    },
  };
}
