// Hundreds of nodes added at once to a map on the canvas (a paste in the source pane, its redo) are
// drawn a few chunks a frame after the change (renderer/canvas/draw-later.ts), not in the change's
// own task: the page answers the key at once, and once drawn every node is there once, in the map's
// order, with its label, and a click reaches it. An undo before they are drawn leaves none behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stringifyMap } from '../../core/format/stringify.ts';
import { generatedMap } from '../bench/generate.ts';
import { BACKGROUND_WORK_MS, openEditorOn, SCREENSHOTS, type EditorOnMaps } from './web-mode.ts';

const SIZE = 300;
const PASTED = 400;
let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'generated.yaml': stringifyMap(generatedMap(SIZE)) }, { waitForNode: `n${SIZE - 1}` });
  page = editor.page;
});

afterAll(async () => {
  await editor?.close();
});

function pastedNodes(): string {
  let text = '';
  for (let i = 0; i < PASTED; i++) {
    const evolution = ((i * 37) % 1000) / 1000;
    const visibility = ((i * 53) % 1000) / 1000;
    text += `  p${i}:\n    kind: component\n    name: Pasted ${i}\n    evolution: ${evolution}\n    visibility: ${visibility}\n`;
  }
  return text;
}

// Strings, not functions: nothing is transpiled into the page.
const PASTED_GROUPS = `document.querySelectorAll('.canvas .nodes [data-node-id^="p"]')`;
/** Presses a key on the page (the window's shortcuts) and counts the pasted nodes drawn in the same task. */
const pressAndCount = (key: string) =>
  page.evaluate(
    `(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: '${key}', ctrlKey: true, bubbles: true })); return ${PASTED_GROUPS}.length; })()`,
  ) as Promise<number>;
const pastedDrawn = () => page.evaluate(`${PASTED_GROUPS}.length`) as Promise<number>;
const frames = (n: number) =>
  page.evaluate(
    `new Promise((done) => { let left = ${n}; const tick = () => (--left > 0 ? requestAnimationFrame(tick) : done()); requestAnimationFrame(tick); })`,
  );

describe('hundreds of nodes added at once', () => {
  it('are drawn after the change, each once, in the map’s order, labelled, and reached by a click', async () => {
    await page.keyboard.press('y');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.locator('.cm-content').evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pastedNodes());
    await expect.poll(pastedDrawn, { timeout: BACKGROUND_WORK_MS }).toBe(PASTED);
    await page.evaluate(`document.activeElement.blur()`);
    expect(await pressAndCount('z')).toBe(0);

    // The redo's own task draws none of them; the frames after it draw them all.
    expect(await pressAndCount('y')).toBe(0);
    await expect.poll(pastedDrawn).toBe(PASTED);
    const ids = (await page.evaluate(
      `[...document.querySelectorAll('.canvas .nodes [data-node-id]')].map((g) => g.getAttribute('data-node-id'))`,
    )) as string[];
    const order = [
      ...Array.from({ length: SIZE }, (_, i) => `n${i}`),
      ...Array.from({ length: PASTED }, (_, i) => `p${i}`),
    ];
    expect(ids).toEqual(order);
    const unlabelled = await page.evaluate(
      `[...${PASTED_GROUPS}].filter((g) => g.querySelector('.node-label')?.textContent !== 'Pasted ' + g.getAttribute('data-node-id').slice(1)).length`,
    );
    expect(unlabelled).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/large-changes-redone.png` });

    // A pasted node is where a click finds it, and the click selects it.
    const box = await page.locator('.canvas [data-node-id="p7"] .body').boundingBox();
    if (!box) throw new Error('p7 is not on screen');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const hit = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.closest('[data-node-id]')?.getAttribute('data-node-id'),
      [x, y],
    );
    expect(hit).toBe('p7');
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('.canvas [data-node-id="p7"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
  });

  it('undone before they are drawn, leave no node and no empty chunk behind', async () => {
    expect(await pressAndCount('z')).toBe(0);
    const counts = (await page.evaluate(
      `(() => { window.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true })); window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true })); return ${PASTED_GROUPS}.length; })()`,
    )) as number;
    expect(counts).toBe(0);
    // The chunks made for them go once their turn comes, drawing nothing.
    await expect.poll(() => page.locator('.canvas .nodes .layer-chunk-root:empty').count()).toBe(0);
    await frames(3);
    expect(await pastedDrawn()).toBe(0);
    expect(await page.locator('.canvas .nodes [data-node-id]').count()).toBe(SIZE);
  });
});
