// What an edit costs the page on a large map, counted rather than timed: a node dropped at a new
// place on a 2,000-node map (or renamed, or the rename undone) changes that node's group on the
// canvas and no other, and nothing in the page makes the edited map's `nodes` record
// (core/model/node-table.ts: an edit's map holds its nodes in a table and makes the record, a
// 2,000-key object, only when something reads it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stringifyMap } from '../../core/format/stringify.ts';
import { centreOf, clearOffset, labelsShown, seriesDrag } from '../bench/drag-driver.ts';
import { generatedMap } from '../bench/generate.ts';
import { openEditorOn, PAGE_LOAD_MS, type EditorOnMaps } from './web-mode.ts';

const SIZE = 2000;
const DRAGGED = `n${SIZE / 2}`;
let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'generated.yaml': stringifyMap(generatedMap(SIZE)) }, { waitForNode: `n${SIZE - 1}` });
  page = editor.page;
  page.setDefaultTimeout(PAGE_LOAD_MS);
  await labelsShown(page, SIZE);
});

afterAll(async () => {
  await editor?.close();
});

// Strings, not functions: nothing is transpiled into the page. From here on, the ids of the node
// groups on the canvas that were added, removed or changed inside (attributes, children, text).
const WATCH = `(() => {
  const layer = document.querySelector('.canvas .nodes');
  const touched = new Set();
  const idOf = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return el && el.closest('[data-node-id]') ? el.closest('[data-node-id]').getAttribute('data-node-id') : null;
  };
  const groupsIn = (node) => node.nodeType !== 1 ? [] : node.matches('[data-node-id]') ? [node] : [...node.querySelectorAll('[data-node-id]')];
  const watch = new MutationObserver((records) => {
    for (const r of records) {
      const id = idOf(r.target);
      if (id !== null) touched.add(id);
      for (const n of [...r.addedNodes, ...r.removedNodes]) for (const g of groupsIn(n)) touched.add(g.getAttribute('data-node-id'));
    }
  });
  watch.observe(layer, { attributes: true, childList: true, subtree: true, characterData: true });
  window.editCost_ = { touched, watch, records: window.mapwrightCounts.nodeRecordsMade() };
})()`;

// Once the page has done what the drop queued (its landing, the deferred renders): idle twice.
const SETTLED = `new Promise((done) => {
  const idle = (then) => requestIdleCallback(() => requestAnimationFrame(() => setTimeout(then, 0)), { timeout: 5000 });
  const wait = () => document.querySelector('.canvas-moving [data-node-id]') ? requestAnimationFrame(wait) : idle(() => idle(done));
  wait();
})`;

const READ = `(() => {
  const cost = window.editCost_;
  cost.watch.takeRecords();
  cost.watch.disconnect();
  return { touched: [...cost.touched], records: window.mapwrightCounts.nodeRecordsMade() - cost.records };
})()`;

const evolution = () => page.locator('.inspector input[aria-label="Evolution"]').inputValue();

describe(`a node dropped on a ${SIZE}-node map`, () => {
  it('changes its own group alone and never makes the map’s nodes record', async () => {
    const home = await centreOf(page, DRAGGED);
    const offset = await clearOffset(page, home);
    for (let k = 0; k < 3; k++) {
      const before = k === 0 ? null : await evolution();
      await page.evaluate(WATCH);
      await seriesDrag(page, DRAGGED, k, home, offset);
      await page.evaluate(SETTLED);
      if (before !== null) await expect.poll(evolution).not.toBe(before);
      const cost = (await page.evaluate(READ)) as { touched: string[]; records: number };
      expect(cost).toEqual({ touched: [DRAGGED], records: 0 });
    }
  });

  it('and so does a rename through the inspector, and its undo', async () => {
    const name = page.locator('.inspector input[aria-label="Name"]');
    const edits: [string, () => Promise<void>][] = [
      [
        'rename',
        async () => {
          await name.fill('Renamed');
          await name.press('Enter');
        },
      ],
      [
        'undo',
        async () => {
          await page.locator('.canvas').focus();
          await page.keyboard.press('Control+z');
        },
      ],
    ];
    for (const [edit, run] of edits) {
      await page.evaluate(WATCH);
      await run();
      await page.evaluate(SETTLED);
      await expect.poll(() => name.inputValue()).toBe(edit === 'rename' ? 'Renamed' : `Node ${SIZE / 2}`);
      expect(await page.evaluate(READ), edit).toEqual({ touched: [DRAGGED], records: 0 });
    }
  });
});
