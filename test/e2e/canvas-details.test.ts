// Small things on the canvas that a workshop trips over, in Chromium against `npm run web`:
// links show their direction, the link-drag preview follows the pointer, a self-link says why it
// was refused, the stage hint does not cover the dragged node, and the new-map hint goes away
// once the map has a node.
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
  const box = await page.locator(`[data-node-id="${id}"] .body`).first().boundingBox();
  if (!box) throw new Error(`${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The screen point where the link-drag preview line ends. */
function ghostEnd(): { x: number; y: number } | null {
  const line = document.querySelector('.link-ghost') as SVGLineElement | null;
  const ctm = line?.getScreenCTM();
  if (!line || !ctm) return null;
  const p = new DOMPoint(line.x2.baseVal.value, line.y2.baseVal.value).matrixTransform(ctm);
  return { x: p.x, y: p.y };
}

const status = () => page.locator('.status').textContent();

describe('links', () => {
  it('end in an arrowhead at the node used', async () => {
    const lines = page.locator('.links .link-line');
    expect(await lines.count()).toBeGreaterThan(10);
    const markers = await lines.evaluateAll((ls) => ls.map((l) => l.getAttribute('marker-end')));
    expect(new Set(markers)).toEqual(new Set(['url(#arrow-uses)']));
    // The arrow's tip meets the used node: the line ends at its glyph's edge, towards it.
    const [from, to] = ['patient-portal', 'api-gateway'];
    const end = await page
      .locator(`[data-link="${from}->${to}"] .link-line`)
      .evaluate((l: SVGLineElement) => ({ x: l.x2.baseVal.value, y: l.y2.baseVal.value }));
    const start = await page
      .locator(`[data-link="${from}->${to}"] .link-line`)
      .evaluate((l: SVGLineElement) => ({ x: l.x1.baseVal.value, y: l.y1.baseVal.value }));
    expect(end.x).toBeGreaterThan(start.x); // the gateway stands right of the portal
  });

  it('a double-click on a link unlinks it, and undo draws it again where it was', async () => {
    const link = page.locator('[data-link="patient-portal->api-gateway"]');
    const segment = () =>
      link.locator('.link-line').evaluate((l: SVGLineElement) => [l.x1, l.y1, l.x2, l.y2].map((v) => v.baseVal.value));
    const before = await segment();
    // The middle of a straight line is the middle of its box.
    const box = await link.locator('.link-line').boundingBox();
    if (!box) throw new Error('the link is not on screen');
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => link.count()).toBe(0);
    expect(await page.locator('[data-node-id]').count()).toBeGreaterThan(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => link.count()).toBe(1);
    expect(await segment()).toEqual(before);
    expect(await link.getAttribute('class')).toBe('link');
  });

  it('L with one node selected says a node cannot use itself', async () => {
    expect(await status()).not.toContain('cannot use itself');
    await page.locator('[data-node-id="patient-portal"] .body').click();
    await page.keyboard.press('l');
    await expect.poll(status).toContain('cannot use itself');
    expect(await page.locator('.file-name').textContent()).not.toContain('•');
  });

  it('preview from the handle to the pointer while dragging', async () => {
    await page.locator('[data-node-id="api-gateway"] .body').click();
    const handle = await page.locator('[data-node-id="api-gateway"] .link-handle').boundingBox();
    if (!handle) throw new Error('no link handle');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    const pointer = { x: handle.x - 180, y: handle.y + 140 };
    await page.mouse.move(pointer.x, pointer.y, { steps: 6 });
    const end = await page.evaluate(ghostEnd);
    await page.screenshot({ path: `${SCREENSHOTS}/link-drag-preview.png` });
    expect(end).not.toBeNull();
    expect(Math.abs((end?.x ?? 0) - pointer.x)).toBeLessThan(2);
    expect(Math.abs((end?.y ?? 0) - pointer.y)).toBeLessThan(2);
    // Dropped back on the node itself: refused, and the status says why.
    const self = await centreOf('api-gateway');
    await page.mouse.move(self.x, self.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(status).toContain('cannot use itself');
    expect(await page.locator('[data-link^="api-gateway->api-gateway"]').count()).toBe(0);
  });
});

describe('dragging a node', () => {
  it('shows the stage hint beside the node, not over it', async () => {
    const from = await centreOf('api-gateway');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 20, { steps: 4 });
    const hint = await page.locator('.canvas-moving .stage-hint').boundingBox();
    await page.screenshot({
      path: `${SCREENSHOTS}/stage-hint-drag.png`,
      clip: { x: from.x - 150, y: from.y - 100, width: 300, height: 200 },
    });
    const glyph = await page.locator('.canvas-moving [data-node-id="api-gateway"] .halo').boundingBox();
    await page.mouse.up();
    if (!hint || !glyph) throw new Error('no stage hint or glyph while dragging');
    const overlapX = Math.min(hint.x + hint.width, glyph.x + glyph.width) - Math.max(hint.x, glyph.x);
    const overlapY = Math.min(hint.y + hint.height, glyph.y + glyph.height) - Math.max(hint.y, glyph.y);
    expect(overlapX <= 0 || overlapY <= 0, JSON.stringify({ hint, glyph })).toBe(true);
    await page.keyboard.press('Control+z');
  });
});

describe('a new map', () => {
  it('hints how to add a node until it has one', async () => {
    // Whatever the tests above left unsaved: not saved, discarded.
    page.on('dialog', (d) => void (d.message().startsWith('Discard') ? d.accept() : d.dismiss()));
    await page.locator('.toolbar').getByRole('button', { name: 'New' }).click();
    await expect.poll(status).toContain('to add a node');
    await page.locator('.canvas').focus();
    await page.keyboard.press('c');
    const field = page.getByLabel('Node name');
    await field.fill('Ticketing');
    await field.press('Enter');
    await expect.poll(() => page.locator('[data-node-id="ticketing"]').count()).toBe(1);
    expect(await status()).not.toContain('to add a node');
  });
});
