// A large paste in the source pane is read in the map worker (source-sync.ts) and becomes the map a
// moment later. What the user does meanwhile acts on what the pane shows, and the page reads none
// of it itself:
// - Save saves the pasted text (before, the toolbar's Save wrote the map without the paste);
//   the saved map stays, and the next paste goes after it;
// - undo takes the paste away without reading it, and the worker's late answer never brings it
//   back; redo brings it back, read in the worker again.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { generatedMap } from '../bench/generate.ts';
import { mapsFolder, type MapsFolder } from '../support/maps-folder.ts';
import { BACKGROUND_WORK_MS, PAGE_LOAD_MS, startWebMode, type WebMode } from './web-mode.ts';
import { watchWorkersOf, workerLog } from './worker-watch.ts';

const SIZE = 300;
const PASTED = 400;

let folder: MapsFolder;
let web: WebMode;
let page: Page;

beforeAll(async () => {
  folder = mapsFolder({ 'large.yaml': stringifyMap(generatedMap(SIZE)) });
  web = await startWebMode(['--maps', folder.dir]);
  const context = await web.browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await watchWorkersOf(context);
  page = await context.newPage();
  page.setDefaultTimeout(BACKGROUND_WORK_MS);
  page.setDefaultNavigationTimeout(PAGE_LOAD_MS);
  await page.goto(web.url);
  await page.locator(`[data-node-id="n${SIZE - 1}"]`).waitFor({ timeout: PAGE_LOAD_MS });
  await page.keyboard.press('y');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
});

afterAll(async () => {
  await web?.close();
  folder?.remove();
});

/** Nodes {id}0 … {id}{count-1} named "{name} i", as lines under `nodes:` (the generated map's last section). */
function pastedNodes(count: number, id: string, name: string): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    text += `  ${id}${i}:\n    kind: component\n    name: ${name} ${i}\n    evolution: 0.${(i % 9) + 1}\n    visibility: 0.5\n`;
  }
  return text;
}

// The pane's text ends with a newline: each paste goes after it, as a user pastes at the end.
const SAVED = pastedNodes(PASTED, 's', 'Saved');
const UNDONE = pastedNodes(PASTED, 'u', 'Undone');

/** Pastes at the pane's cursor as the browser hands a paste to the editor, then runs `then` at once. */
async function pasteThen(paste: string, then: 'save' | 'undo'): Promise<void> {
  await page.evaluate(
    ([text, next]) => {
      const data = new DataTransfer();
      data.setData('text/plain', text as string);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('.cm-content')?.dispatchEvent(event);
      if (next === 'save') {
        const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save');
        save?.click();
      } else {
        const key = { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true, cancelable: true };
        document.querySelector('.cm-content')?.dispatchEvent(new KeyboardEvent('keydown', key));
      }
    },
    [paste, then],
  );
}

const pasted = (id: string) => page.locator(`.canvas [data-node-id="${id}"]`).count();
const paneHas = (text: string) => page.locator('.cm-line', { hasText: text }).count();

describe('a large paste still being read in the map worker', () => {
  it('is what Save writes', async () => {
    await pasteThen(SAVED, 'save');
    await expect
      .poll(() => page.locator('.status').textContent(), { timeout: BACKGROUND_WORK_MS })
      .toBe('Saved large.yaml');
    const saved = parseMap(readFileSync(folder.path('large.yaml'), 'utf8'));
    expect(saved.ok && Object.keys(saved.map.nodes)).toHaveLength(SIZE + PASTED);
    expect(saved.ok && saved.map.nodes[`s${PASTED - 1}`]?.name).toBe(`Saved ${PASTED - 1}`);
    expect(await pasted(`s${PASTED - 1}`)).toBe(1);
    expect(await page.locator('.file-name').textContent()).not.toContain('•');
    // Read in the worker, not on the page: the pane's whole text went there and the map came back.
    const log = await workerLog(page);
    const read = log.posted.find((p) => p.textLength !== null && !p.check && p.textLength > SAVED.length);
    expect(log.answered.find((a) => a.id === read?.id)).toMatchObject({ ok: true, nodes: SIZE + PASTED });
  });

  it('is undone without being read, and the worker’s answer does not bring it back; redo does', async () => {
    const posted = (await workerLog(page)).posted.length;
    await pasteThen(UNDONE, 'undo');
    await expect.poll(() => paneHas(`name: Undone ${PASTED - 1}`)).toBe(0);
    // Whatever the worker was asked meanwhile has been answered, and the canvas has no pasted node.
    await expect.poll(async () => (await workerLog(page)).answered.length).toBe((await workerLog(page)).posted.length);
    expect(await pasted('u0')).toBe(0);
    expect(await page.locator('.file-name').textContent()).not.toContain('•');
    await page.keyboard.press('Control+y');
    await expect.poll(() => pasted(`u${PASTED - 1}`), { timeout: BACKGROUND_WORK_MS }).toBe(1);
    // The paste brought back was read in the worker: its whole text went there and its map came back.
    const log = await workerLog(page);
    const read = log.posted
      .slice(posted)
      .find((p) => p.textLength !== null && !p.check && p.textLength > UNDONE.length);
    expect(log.answered.find((a) => a.id === read?.id)).toMatchObject({ ok: true, nodes: SIZE + 2 * PASTED });
    await page.keyboard.press('Control+z');
    await expect.poll(() => pasted(`u${PASTED - 1}`)).toBe(0);
    await expect.poll(() => paneHas(`name: Undone ${PASTED - 1}`)).toBe(0);
  });
});
