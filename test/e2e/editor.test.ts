// What a workshop does with the editor, in Chromium against `npm run web`: open the default map,
// add a component, drag it, connect it, outsource it, undo and redo, save, and check the saved
// file on disk kept the comments and changed only the new node's lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { lineDiff } from './line-diff.ts';
import { BACKGROUND_WORK_MS, openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const ORIGINAL = readFileSync('maps/ehealth-platform.yaml', 'utf8');
let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

/** The screen point of a place on the map's plot area, as fractions of its width and height. */
async function plotPoint(fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.plot-area').boundingBox();
  if (!box) throw new Error('no plot area');
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

async function centreOf(selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).locator('.body').boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const NEW = '[data-node-id="consent-service"]';

describe('editing the default map in the browser', () => {
  it('shows every node of the default map with a legend and stage labels', async () => {
    const parsed = parseMap(ORIGINAL);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await page.locator('[data-node-id]').count()).toBe(Object.keys(parsed.map.nodes).length);
    await expect.poll(() => page.locator('.stage-label').allTextContents()).toContain('Commodity (+utility)');
    expect(await page.locator('[data-legend]').count()).toBe(6);
    await page.screenshot({ path: `${SCREENSHOTS}/default-map.png` });
  });

  it('adds a component where you double-click and names it in place', async () => {
    const at = await plotPoint(0.06, 0.93);
    await page.mouse.dblclick(at.x, at.y);
    const field = page.getByLabel('Node name');
    await field.fill('Consent service');
    await field.press('Enter');
    await expect.poll(() => page.locator(NEW).count()).toBe(1);
    expect(await page.locator('.file-name').textContent()).toContain('•');
  });

  it('drags the new component, showing the stage while dragging', async () => {
    const from = await centreOf(NEW);
    const to = await plotPoint(0.3, 0.93);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    expect(await page.locator(`${NEW} .stage-hint`).textContent()).toBe('Custom-Built');
    await page.mouse.up();
    // The moving layer keeps its copy until the frame after the drop has passed (drop-landing.test.ts).
    await expect.poll(() => page.locator(NEW).count()).toBe(1);
    const now = await centreOf(NEW);
    expect(Math.abs(now.x - to.x)).toBeLessThan(3);
  });

  it('connects it to another component with shift-click and L', async () => {
    const other = await page.locator('.node-component').first().getAttribute('data-node-id');
    await page.locator(NEW).locator('.body').click();
    await page
      .locator(`[data-node-id="${other}"]`)
      .locator('.body')
      .click({ modifiers: ['Shift'] });
    await page.keyboard.press('l');
    await expect.poll(() => page.locator(`[data-link="consent-service->${other}"]`).count()).toBe(1);
  });

  it('sets sourcing to outsource in the inspector, and undo / redo take it back and forth', async () => {
    await page.locator(NEW).locator('.body').click();
    await page.getByLabel('Sourcing').selectOption('outsource');
    await expect.poll(() => page.locator(`${NEW} .halo-outsource`).count()).toBe(1);
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`${NEW} .halo-outsource`).count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator(`${NEW} .halo-outsource`).count()).toBe(1);
  });

  it('saves back to the served file on disk: comments kept, only the new node added', async () => {
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.locator('.status').textContent(), { timeout: BACKGROUND_WORK_MS })
      .toBe('Saved ehealth-platform.yaml');
    expect(await page.locator('.file-name').textContent()).not.toContain('•');
    const saved = readFileSync(join(web.mapsDir, 'ehealth-platform.yaml'), 'utf8');
    const parsed = parseMap(saved);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const node = parsed.map.nodes['consent-service'];
    expect(node?.sourcing).toBe('outsource');
    expect(node?.uses).toHaveLength(1);
    const diff = lineDiff(ORIGINAL, saved);
    expect(diff.removed).toEqual([]);
    expect(diff.added[0]).toBe('  consent-service:');
    expect(diff.added.every((l) => l.startsWith('    ') || l === '  consent-service:')).toBe(true);
  });

  it('presentation mode hides the panels and enlarges the labels', async () => {
    await page.keyboard.press('Escape');
    const label = page.locator('[data-node-id="api-gateway"] .node-label');
    const before = (await label.boundingBox())?.height ?? 0;
    await page.keyboard.press('F5');
    await expect.poll(() => page.locator('.inspector').count()).toBe(0);
    // Labels on screen are at least 30% taller: a larger, bold font on a map zoomed to the window.
    await expect.poll(async () => ((await label.boundingBox())?.height ?? 0) / before).toBeGreaterThan(1.3);
    await page.screenshot({ path: `${SCREENSHOTS}/presentation-mode.png` });
    await page.keyboard.press('F5');
  });
});
