// Dragging a node on the default map, in Chromium against `npm run web`: the node and its links
// follow the pointer, nothing else on the canvas changes while it moves, and the drop leaves one
// node at the new place.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const DRAGGED = 'api-gateway';
let web: WebMode;
let page: Page;

/** `from->to` for every `uses` link that has the dragged node at one end. */
function linksOfDragged(): string[] {
  const parsed = parseMap(readFileSync('maps/ehealth-platform.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('default map does not parse');
  return Object.entries(parsed.map.nodes).flatMap(([from, node]) =>
    (node?.uses ?? []).filter((to) => from === DRAGGED || to === DRAGGED).map((to) => `${from}->${to}`),
  );
}

// Records which node and link elements of the canvas change; a string, so nothing is transpiled.
const RECORDER = `(() => {
  window.changed = { nodes: new Set(), links: new Set() };
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      const node = el?.closest('[data-node-id]');
      const link = el?.closest('[data-link]');
      if (node) window.changed.nodes.add(node.getAttribute('data-node-id'));
      if (link) window.changed.links.add(link.getAttribute('data-link'));
    }
  }).observe(document.querySelector('.canvas-frame'), { attributes: true, childList: true, subtree: true, characterData: true });
})()`;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

/** The centre of the dragged node's body as drawn on screen (the copy the user sees). */
async function shownCentre(): Promise<{ x: number; y: number }> {
  const box = await page.locator(`[data-node-id="${DRAGGED}"] .body >> visible=true`).boundingBox();
  if (!box) throw new Error(`${DRAGGED} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('dragging a node', () => {
  it('moves only the dragged node and its links while the pointer moves', async () => {
    const links = linksOfDragged();
    expect(links.length).toBeGreaterThan(3);
    const start = await shownCentre();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 5, start.y + 5);
    await page.evaluate(RECORDER);
    await page.mouse.move(start.x - 80, start.y + 60, { steps: 8 });

    const during = await shownCentre();
    expect(Math.abs(during.x - (start.x - 80))).toBeLessThan(3);
    expect(Math.abs(during.y - (start.y + 60))).toBeLessThan(3);
    // Each link is drawn to where the node is now: its line's box reaches the node's edge.
    for (const link of links) {
      const line = await page.locator(`[data-link="${link}"] .link-line >> visible=true`).boundingBox();
      if (!line) throw new Error(`${link} is not drawn`);
      const gap = Math.max(
        line.x - during.x,
        during.x - (line.x + line.width),
        line.y - during.y,
        during.y - (line.y + line.height),
      );
      expect(gap, link).toBeLessThan(40);
    }
    const changed = await page.evaluate(`({ nodes: [...window.changed.nodes], links: [...window.changed.links] })`);
    const { nodes, links: changedLinks } = changed as { nodes: string[]; links: string[] };
    expect(nodes).toEqual([DRAGGED]);
    expect(changedLinks.length).toBeGreaterThan(0);
    expect(links).toEqual(expect.arrayContaining(changedLinks));
    await page.screenshot({ path: `${SCREENSHOTS}/drag-in-progress.png` });

    await page.mouse.up();
    // The moving layer keeps its copy until the frame after the drop has passed (drop-landing.test.ts).
    await expect.poll(() => page.locator(`[data-node-id="${DRAGGED}"]`).count()).toBe(1);
    const dropped = await shownCentre();
    expect(Math.abs(dropped.x - during.x)).toBeLessThan(3);
    expect(Math.abs(dropped.y - during.y)).toBeLessThan(3);
    await page.screenshot({ path: `${SCREENSHOTS}/drag-dropped.png` });
  });
});
