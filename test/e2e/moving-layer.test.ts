// A drag on a workshop-sized generated map (300 nodes, ~450 links), in Chromium against `npm run
// web`: while the pointer moves, the moving layer draws the dragged node and exactly the links with
// an end at it, and nothing else, and the canvas's own copies of them step aside; after the drop
// the canvas shows every node and every link again, none stepped aside, the node at its new place.
// The drag uses the benchmark's driver (test/bench/drag-driver.ts), which also checks that the
// press finds the node meant and that the moving layer holds that node alone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringifyMap } from '../../core/format/stringify.ts';
import { centreOf, clearOffset, labelsShown, pressPointOf } from '../bench/drag-driver.ts';
import { generatedMap } from '../bench/generate.ts';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const SIZE = 300;
const DRAGGED = 'n150';
const map = generatedMap(SIZE);
let web: WebMode;
let page: Page;

/** `from->to` for every link of the map, and for those with an end at the dragged node. */
const allLinks = Object.entries(map.nodes).flatMap(([from, n]) => (n?.uses ?? []).map((to) => `${from}->${to}`));
const draggedLinks = allLinks.filter((l) => l.startsWith(`${DRAGGED}->`) || l.endsWith(`->${DRAGGED}`)).sort();

function ids(selector: string, attribute: string): Promise<string[]> {
  return page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.getAttribute(${JSON.stringify(attribute)})).sort()`,
  ) as Promise<string[]>;
}

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
  await page.evaluate((yaml) => {
    const data = new DataTransfer();
    data.items.add(new File([yaml], 'generated.yaml', { type: 'application/yaml' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, stringifyMap(map));
  await page.locator(`.canvas [data-node-id="n${SIZE - 1}"]`).waitFor({ timeout: 60_000 });
  await labelsShown(page, SIZE);
});

afterAll(async () => {
  await web?.close();
});

describe('the moving layer during a drag on a 300-node map', () => {
  it('draws the dragged node and its links alone, and the canvas shows every node and link after the drop', async () => {
    expect(draggedLinks.length).toBeGreaterThan(2);
    const home = await centreOf(page, DRAGGED);
    const offset = await clearOffset(page, home);
    const from = await pressPointOf(page, DRAGGED);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + offset.x, from.y + offset.y, { steps: 10 });

    expect(await ids('.canvas-moving [data-node-id]', 'data-node-id')).toEqual([DRAGGED]);
    expect(await ids('.canvas-moving [data-link]', 'data-link')).toEqual(draggedLinks);
    // The canvas's copies step aside while the moving layer draws them.
    expect(await ids('.canvas .drag-source[data-node-id]', 'data-node-id')).toEqual([DRAGGED]);
    expect(await ids('.canvas .drag-source[data-link]', 'data-link')).toEqual(draggedLinks);
    await page.screenshot({ path: `${SCREENSHOTS}/moving-layer-during.png` });

    await page.mouse.up();
    await expect.poll(() => ids('.canvas-moving [data-node-id]', 'data-node-id')).toEqual([]);
    expect((await ids('.canvas [data-node-id]', 'data-node-id')).length).toBe(SIZE);
    expect((await ids('.canvas [data-link]', 'data-link')).length).toBe(allLinks.length);
    expect(await ids('.canvas .drag-source', 'class')).toEqual([]);
    const landed = await centreOf(page, DRAGGED);
    expect(Math.abs(landed.x - (home.x + offset.x))).toBeLessThan(4);
    expect(Math.abs(landed.y - (home.y + offset.y))).toBeLessThan(4);
    await page.screenshot({ path: `${SCREENSHOTS}/moving-layer-after.png` });
  });
});
