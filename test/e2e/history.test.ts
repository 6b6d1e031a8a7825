// History on the canvas, in Chromium against `npm run web --maps <a temporary git repository>`:
// the history panel lists the map's commits; picking the first one draws it as ghosts behind the
// current map (the removed node dashed, arrows for the moved ones, rings around the added ones,
// the re-sourcing badge); "Working copy vs HEAD" shows an unsaved drag; Clear removes it all.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { COMMIT_SUBJECTS, createMapRepo, type MapRepo } from '../support/git-map-repo.ts';
import { BACKGROUND_WORK_MS, openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

let repo: MapRepo;
let web: WebMode;
let page: Page;

beforeAll(async () => {
  repo = createMapRepo();
  web = await startWebMode(['--maps', join(repo.dir, 'maps')]);
  page = await openEditor(web, { waitForNode: 'ledger' });
});

afterAll(async () => {
  await web?.close();
  repo?.remove();
});

async function centre(selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('history of a map in git', () => {
  it('lists the commits that touched the served map, newest first', async () => {
    const subjects = page.locator('.history-entry .history-subject');
    // The server reads the map's history from git.
    await expect
      .poll(() => subjects.allTextContents(), { timeout: BACKGROUND_WORK_MS })
      .toEqual(['Working copy vs HEAD', ...[...COMMIT_SUBJECTS].reverse()]);
    expect(await page.locator('[data-ghost], [data-ghost-arrow], [data-added]').count()).toBe(0);
  });

  it('draws the first commit as ghosts behind the current map', async () => {
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD').stdout.trim();
    await page.locator(`[data-history-entry="${first}"]`).click();
    // The server reads that version from git before the ghosts are drawn.
    await expect.poll(() => page.locator('[data-ghost-arrow]').count(), { timeout: BACKGROUND_WORK_MS }).toBe(2);
    // Removed: dashed at its old place, named.
    const removed = page.locator('[data-ghost="legacy-billing"]');
    expect(await removed.getAttribute('data-ghost-reason')).toBe('removed');
    expect(await removed.textContent()).toBe('Legacy billing (removed)');
    // Moved: an arrow from the old place (left) that ends at the node where it is now.
    for (const id of ['payments', 'catalogue']) {
      const arrow = page.locator(`[data-ghost-arrow="${id}"] line`);
      const [x1, x2] = await Promise.all(['x1', 'x2'].map(async (a) => Number(await arrow.getAttribute(a))));
      expect(x2).toBeGreaterThan(x1 ?? Infinity);
      const head = await arrow.boundingBox();
      const node = await centre(`[data-node-id="${id}"] .body`);
      expect(head && Math.abs(head.x + head.width - node.x)).toBeLessThan(30);
    }
    expect(await page.locator('[data-ghost-arrow="payments"] text').textContent()).toBe(
      'Custom-Built → Commodity (+utility)',
    );
    // Added: a ring around each new node; re-sourced: a badge.
    expect(
      (await page.locator('[data-added]').evaluateAll((els) => els.map((e) => e.getAttribute('data-added')))).sort(),
    ).toEqual(['ledger', 'search']);
    expect(await page.locator('[data-badge="payments"]').textContent()).toBe('build → outsource');
    expect(await page.locator('.history-comparison').textContent()).toContain('- removed component Legacy billing');
    await page.screenshot({ path: `${SCREENSHOTS}/history-overlay.png` });
  });

  it('puts the badges and the removed node’s name on no other name and no glyph', async () => {
    const covering = await page.evaluate(() => {
      const rect = (e: Element) => e.getBoundingClientRect();
      const meet = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const taken = [...document.querySelectorAll('.nodes .node-label, .nodes .body, .nodes .halo')].map(rect);
      const drawn = [...document.querySelectorAll('.diff-badge rect, .ghost-removed text')];
      return drawn.flatMap((e) => {
        const r = rect(e);
        const owner = e.closest('[data-badge], [data-ghost]');
        const id = owner?.getAttribute('data-badge') ?? owner?.getAttribute('data-ghost') ?? '?';
        return taken.some((t) => meet(t, r)) ? [id] : [];
      });
    });
    expect(covering).toEqual([]);
  });

  it('compares unsaved work with HEAD, and Clear takes the ghosts away', async () => {
    const from = await centre('[data-node-id="ledger"] .body');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 120, from.y, { steps: 6 });
    await page.mouse.up();
    await page.locator('[data-history-entry="working"]').click();
    await expect
      .poll(() =>
        page.locator('[data-ghost-arrow]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ghost-arrow'))),
      )
      .toEqual(['ledger']);
    expect(await page.locator('.history-comparison strong').textContent()).toBe('1 change');
    expect(await page.locator('[data-added]').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('[data-ghost], [data-ghost-arrow], [data-badge]').count()).toBe(0);
  });
});
