// Panning and zooming the map with the mouse, in Chromium against `npm run web`: the map follows
// the pointer, and what lies under the pointer afterwards is what the map shows there: hovering a
// link lights it, a click selects the node under the pointer, a click on the empty canvas clears
// the selection and a double-click there adds a node.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

async function centreOf(id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.canvas [data-node-id="${id}"] .body`).boundingBox();
  if (!box) throw new Error(`${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point of the empty canvas: what the pointer finds there is the canvas itself. */
function emptyPoint(): { x: number; y: number } | null {
  const r = document.querySelector('svg.canvas')!.getBoundingClientRect();
  for (let y = r.bottom - 30; y > r.top + 30; y -= 13)
    for (let x = r.left + 30; x < r.right - 30; x += 13) {
      const hit = document.elementFromPoint(x, y);
      if (hit?.matches('svg.canvas')) return { x, y };
    }
  return null;
}

/** The middle of a link that the pointer finds there, with the link's id. */
function linkPoint(): { x: number; y: number; link: string } | null {
  for (const link of document.querySelectorAll('.canvas .links [data-link]')) {
    const line = link.querySelector('.link-line') as SVGLineElement | null;
    const ctm = line?.getScreenCTM();
    if (!line || !ctm) continue;
    const [x1, y1, x2, y2] = [line.x1, line.y1, line.x2, line.y2].map((a) => a.baseVal.value) as number[];
    const p = new DOMPoint(((x1 ?? 0) + (x2 ?? 0)) / 2, ((y1 ?? 0) + (y2 ?? 0)) / 2).matrixTransform(ctm);
    if (document.elementFromPoint(p.x, p.y)?.closest('[data-link]') === link)
      return { x: p.x, y: p.y, link: link.getAttribute('data-link') ?? '' };
  }
  return null;
}

/** The node's drawn body on screen, left and top. */
const bodyAt = async (id: string) => {
  const box = await page.locator(`.canvas [data-node-id="${id}"] .body`).boundingBox();
  return box ? { x: box.x, y: box.y } : null;
};

const linkWidth = (id: string) =>
  page.evaluate(
    (link) => getComputedStyle(document.querySelector(`.canvas [data-link="${link}"] .link-line`)!).strokeWidth,
    id,
  );

describe('panning and zooming the map', () => {
  it('pans with the mouse: the map follows the pointer', async () => {
    const start = await page.evaluate(emptyPoint);
    if (!start) throw new Error('no empty canvas');
    const before = await bodyAt('api-gateway');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(start.x - i * 10, start.y - i * 5);
    await page.mouse.up();
    const after = await bodyAt('api-gateway');
    expect(Math.abs((after?.x ?? 0) - ((before?.x ?? 0) - 80))).toBeLessThan(2);
    expect(Math.abs((after?.y ?? 0) - ((before?.y ?? 0) - 40))).toBeLessThan(2);
    await page.screenshot({ path: `${SCREENSHOTS}/pan-zoom-panned.png` });
  });

  it('after a pan, hovering a link lights it and a click selects the node under the pointer', async () => {
    const link = await page.evaluate(linkPoint);
    if (!link) throw new Error('no link to point at');
    const width = await linkWidth(link.link);
    await page.mouse.move(link.x, link.y);
    await expect.poll(() => linkWidth(link.link)).not.toBe(width);
    await page.mouse.move(5, 5);
    await expect.poll(() => linkWidth(link.link)).toBe(width);
    const node = await centreOf('identity');
    await page.mouse.click(node.x, node.y);
    await expect
      .poll(() => page.locator('.canvas [data-node-id].selected').getAttribute('data-node-id'))
      .toBe('identity');
  });

  it('after a pan, a click on the empty canvas clears the selection and a double-click adds a node', async () => {
    const empty = await page.evaluate(emptyPoint);
    if (!empty) throw new Error('no empty canvas');
    await page.mouse.click(empty.x, empty.y);
    await expect.poll(() => page.locator('.canvas [data-node-id].selected').count()).toBe(0);
    const nodes = await page.locator('.canvas [data-node-id]').count();
    await page.mouse.dblclick(empty.x, empty.y);
    await expect.poll(() => page.locator('.canvas [data-node-id]').count()).toBe(nodes + 1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.canvas [data-node-id]').count()).toBe(nodes);
  });

  it('zooms in with the wheel about the pointer: the node under it stays under it and is still hit', async () => {
    const at = await centreOf('api-gateway');
    const box = await page.locator('.canvas [data-node-id="api-gateway"] .body').boundingBox();
    await page.mouse.move(at.x, at.y);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await expect
      .poll(async () => (await page.locator('.canvas [data-node-id="api-gateway"] .body').boundingBox())?.width)
      .toBeGreaterThan((box?.width ?? 0) * 2);
    const after = await centreOf('api-gateway');
    expect(Math.abs(after.x - at.x)).toBeLessThan(3);
    expect(Math.abs(after.y - at.y)).toBeLessThan(3);
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-node-id]')?.getAttribute('data-node-id'),
      [at.x, at.y],
    );
    expect(hit).toBe('api-gateway');
    await page.screenshot({ path: `${SCREENSHOTS}/pan-zoom-zoomed.png` });
  });
});
