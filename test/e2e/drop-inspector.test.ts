// After a drop the inspector shows the dropped node's new place and stage in the first frame after
// the drop, only the dropped node and its links change on the canvas (not the whole map), and the
// inspector's lists of nodes follow edits although they are kept between renders.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const DROPPED = 'api-gateway';
let web: WebMode;
let page: Page;

// Records which node elements of the canvas change after the drop; a string, so nothing is transpiled.
const RECORDER = `(() => {
  window.changedNodes = new Set();
  window.addEventListener('pointerup', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        const node = el?.closest('.canvas [data-node-id]');
        if (node) window.changedNodes.add(node.getAttribute('data-node-id'));
      }
    }).observe(document.querySelector('.canvas'), { attributes: true, childList: true, subtree: true, characterData: true });
  }, { capture: true, once: true });
})()`;

// The inspector's Evolution value once the drop's own task is over: a message posted as the pointer
// is released, before the drop's handlers run, is handled right after that task and before any
// task the drop queues. The first frame after the drop paints what the page holds then.
const FIRST_AFTER_DROP = `(() => {
  window.firstAfterDrop = new Promise((resolve) => {
    window.addEventListener('pointerup', () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () =>
        resolve(document.querySelector('.inspector input[aria-label="Evolution"]').value);
      channel.port2.postMessage(0);
    }, { capture: true, once: true });
  });
})()`;

// Which of the inspector's elements change from the release on, by the label of their field.
const INSPECTOR_RECORDER = `(() => {
  window.changedFields = new Set();
  window.addEventListener('pointerup', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        const field = el?.closest('[aria-label]:not(section)') ?? el?.closest('label, fieldset, p, li, ul, div');
        window.changedFields.add(field?.getAttribute('aria-label') ?? field?.outerHTML.slice(0, 80) ?? '?');
      }
    }).observe(document.querySelector('.inspector'), { attributes: true, childList: true, subtree: true, characterData: true });
  }, { capture: true, once: true });
})()`;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

const evolution = (p: Page) => p.locator('.inspector input[aria-label="Evolution"]');

// Resolves once the page has had three idle periods in a row with nothing else to do (the idle
// rehearsal of a drop after opening runs in such periods, a few ms at a time).
const SETTLED_IDLE = `new Promise((done) => {
  let quiet = 0;
  const idle = (deadline) => {
    quiet = deadline.timeRemaining() > 40 ? quiet + 1 : 0;
    if (quiet >= 3) done();
    else requestIdleCallback(idle, { timeout: 2000 });
  };
  requestIdleCallback(idle, { timeout: 2000 });
})`;

describe('after opening', () => {
  it('the idle rehearsal of a drop leaves the map clean, with nothing to undo and no fields shown', async () => {
    await page.evaluate(SETTLED_IDLE);
    await expect.poll(() => page.locator('h1.file-name').getAttribute('data-dirty')).toBe('false');
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    // Nothing selected: the inspector shows the map's settings, and no node's fields are in the page.
    expect(await page.locator('input[aria-label="Evolution"]').count()).toBe(0);
  });
});

describe('after a drop', () => {
  it('the inspector shows the new evolution and stage, and only the dropped node is redrawn', async () => {
    const body = page.locator(`.canvas [data-node-id="${DROPPED}"] .body`);
    const box = await body.boundingBox();
    if (!box) throw new Error(`${DROPPED} is not on screen`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.click(x, y);
    const before = Number(await evolution(page).inputValue());
    const stageBefore = await page.locator(`.canvas [data-node-id="${DROPPED}"]`).getAttribute('aria-label');
    await page.evaluate(RECORDER);
    await page.evaluate(FIRST_AFTER_DROP);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 150, y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => Number(await evolution(page).inputValue())).toBeGreaterThan(before + 0.05);
    // Not a frame later: the frame right after the drop already shows it.
    expect(await page.evaluate('window.firstAfterDrop')).toBe(await evolution(page).inputValue());
    // The node's accessible name says its stage: it follows the drop.
    await expect
      .poll(() => page.locator(`.canvas [data-node-id="${DROPPED}"]`).getAttribute('aria-label'))
      .not.toBe(stageBefore);
    await page.waitForTimeout(300);
    const changed = (await page.evaluate('[...window.changedNodes]')) as string[];
    expect(changed).toContain(DROPPED);
    expect(changed.length).toBeLessThan(await page.locator('.canvas [data-node-id]').count());
    // The moving layer is empty again and leaves the pointer to the canvas.
    expect(await page.locator('.canvas-moving [data-node-id]').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/drop-inspector.png` });
  });

  it('changes only the Evolution and Visibility fields of the inspector', async () => {
    const body = page.locator(`.canvas [data-node-id="${DROPPED}"] .body`);
    const box = await body.boundingBox();
    if (!box) throw new Error(`${DROPPED} is not on screen`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.click(x, y);
    const before = await evolution(page).inputValue();
    await page.evaluate(INSPECTOR_RECORDER);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 120, y + 40, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => evolution(page).inputValue()).not.toBe(before);
    // Landed: the canvas has drawn the drop and the moving layer is empty again.
    await expect.poll(() => page.locator('.canvas-moving [data-node-id]').count()).toBe(0);
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
    const fields = (await page.evaluate('[...window.changedFields]')) as string[];
    expect(fields.sort()).toEqual(['Evolution', 'Visibility']);
  });

  // Written as it reads, markup characters and all (the lists are set as markup: select options).
  const RENAMED = 'Front <door> & "gate"';

  it("lists a renamed component in another node's Inside and Uses choices", async () => {
    await page.locator('.inspector input[aria-label="Name"]').fill(RENAMED);
    await page.locator('.inspector input[aria-label="Name"]').press('Enter');
    const other = page.locator('.canvas [data-node-id]:not([data-node-id="api-gateway"]).node-component .body');
    const box = await other.first().boundingBox();
    if (!box) throw new Error('no other component on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => page.locator('.inspector select[aria-label="Inside (monolith)"] option').allTextContents())
      .toContain(RENAMED);
    const uses = await page.locator('.inspector select[aria-label="Add a link"] option').allTextContents();
    const linked = await page.locator('.inspector .uses li').allTextContents();
    expect(uses.includes(RENAMED) || linked.some((l) => l.includes(RENAMED))).toBe(true);
  });
});
