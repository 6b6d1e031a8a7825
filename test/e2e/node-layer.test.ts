// The canvas's node layer on a large map (renderer/canvas/node-layer.ts): every node is a named,
// focusable button whose label joins after the first paint, and edits, selection and undo change
// only the groups they concern, in place: the other nodes keep their elements, and the focused
// node keeps the focus while its drawing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stringifyMap } from '../../core/format/stringify.ts';
import { generatedMap } from '../bench/generate.ts';
import { openEditorOn, SCREENSHOTS, type EditorOnMaps } from './web-mode.ts';

// Over the size whose labels search their places, so the labels join after the first paint.
const SIZE = 400;
let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'generated.yaml': stringifyMap(generatedMap(SIZE)) }, { waitForNode: `n${SIZE - 1}` });
  page = editor.page;
});

afterAll(async () => {
  await editor?.close();
});

// Strings, not functions: nothing is transpiled into the page.
const GROUPS = `[...document.querySelectorAll('.canvas .nodes [data-node-id]')]`;
const MARK = `(() => { window.marked = new WeakSet(${GROUPS}); })()`;
const UNMARKED = `${GROUPS}.filter((g) => !window.marked.has(g)).map((g) => g.getAttribute('data-node-id'))`;

describe('a large map on the canvas', () => {
  it('draws every node as a named, focusable button, and every label joins', async () => {
    const groups = (await page.evaluate(
      `${GROUPS}.map((g) => [g.getAttribute('data-node-id'), g.getAttribute('role'), g.getAttribute('tabindex'), g.getAttribute('aria-label')])`,
    )) as [string, string, string, string][];
    expect(groups.map(([id]) => id)).toEqual(Array.from({ length: SIZE }, (_, i) => `n${i}`));
    for (const [id, role, tabindex, name] of groups) {
      expect([role, tabindex]).toEqual(['button', '-1']);
      expect(name.startsWith(`Node ${id.slice(1)}, `)).toBe(true);
    }
    await expect.poll(() => page.locator('.canvas .nodes .node-label').count(), { timeout: 30_000 }).toBe(SIZE);
    const misplaced = await page.evaluate(
      `${GROUPS}.filter((g) => g.querySelectorAll('.node-label').length !== 1 || g.querySelector('.node-label').textContent !== 'Node ' + g.getAttribute('data-node-id').slice(1) || g.querySelector('.body').nextElementSibling !== g.querySelector('.node-label')).map((g) => g.getAttribute('data-node-id'))`,
    );
    expect(misplaced).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/node-layer-${SIZE}.png` });
  });

  it('selects, deletes and undoes in place: the focused node keeps the focus, the others their elements', async () => {
    await page.evaluate(MARK);
    await page.locator('[data-node-id="n10"]').focus();
    await page.keyboard.press('Enter');
    const n10 = page.locator('.canvas [data-node-id="n10"]');
    await expect.poll(() => n10.getAttribute('aria-pressed')).toBe('true');
    expect(await n10.locator('.selection-ring').count()).toBe(1);
    expect(await n10.locator('.link-handle').count()).toBe(1);
    expect(await page.evaluate(`document.activeElement.getAttribute('data-node-id')`)).toBe('n10');
    expect(await page.evaluate(UNMARKED)).toEqual([]);

    await page.keyboard.press('Delete');
    await expect.poll(() => n10.count()).toBe(0);
    expect(await page.evaluate(`${GROUPS}.length`)).toBe(SIZE - 1);
    expect(await page.evaluate(UNMARKED)).toEqual([]);

    await page.keyboard.press('Control+z');
    await expect.poll(() => n10.count()).toBe(1);
    // Back in the table's order, the only new element; its label and name as before.
    const neighbours = await page.evaluate(
      `(() => { const g = document.querySelector('.canvas [data-node-id="n10"]'); return [g.previousElementSibling.getAttribute('data-node-id'), g.nextElementSibling.getAttribute('data-node-id')]; })()`,
    );
    expect(neighbours).toEqual(['n9', 'n11']);
    expect(await page.evaluate(UNMARKED)).toEqual(['n10']);
    expect(await n10.locator('.node-label').textContent()).toBe('Node 10');
  });
});
