// Labels on a projector: on each example map at 1600×1000, in the editor and in presentation
// mode, Chromium's own text boxes show no label over another label or over another node's glyph,
// no label under a monolith region's name or a sensitive-data badge (PHI·PII over a holder's
// glyph), and Fit keeps every label inside the canvas. Besides
// the examples: the conference seed map, and the same with Scheduling moved beside Ticketing,
// where Ticketing's label sat under the region's name before labels kept clear of it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { CONFERENCE_SEED, crowdedMonolithText } from '../support/crowded-monolith.ts';
import { mapsFolder, type MapsFolder } from '../support/maps-folder.ts';
import { BACKGROUND_WORK_MS, openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Overlaps measured in the page: pairs of labels, label over glyph, and labels outside the canvas. */
function measure(): {
  labels: number;
  labelLabel: string[];
  labelNode: string[];
  labelRegion: string[];
  labelBadge: string[];
  outside: string[];
} {
  const rect = (e: Element): Rect => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  // Half a pixel of slack: boxes that only touch are not an overlap.
  const meet = (a: Rect, b: Rect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const nodes = [...document.querySelectorAll('.nodes [data-node-id]')].map((g) => ({
    id: g.getAttribute('data-node-id') ?? '',
    label: g.querySelector('.node-label'),
    glyphs: [...g.querySelectorAll('.body, .halo')].map(rect),
  }));
  const canvas = rect(document.querySelector('[data-testid="canvas"]') as Element);
  const regionNames = [...document.querySelectorAll('.monolith-region text')].map((t) => ({
    name: t.textContent ?? '',
    box: rect(t),
  }));
  const labelLabel: string[] = [];
  const labelNode: string[] = [];
  const badges = [...document.querySelectorAll('[data-badge-of] .data-badge rect')].map((r) => ({
    of: r.closest('[data-badge-of]')?.getAttribute('data-badge-of') ?? '',
    box: rect(r),
  }));
  const labelRegion: string[] = [];
  const labelBadge: string[] = [];
  const outside: string[] = [];
  nodes.forEach((a, i) => {
    if (!a.label) return;
    const la = rect(a.label);
    if (la.left < canvas.left || la.right > canvas.right || la.top < canvas.top || la.bottom > canvas.bottom)
      outside.push(a.id);
    for (const region of regionNames) if (meet(la, region.box)) labelRegion.push(`${a.id} under ${region.name}`);
    for (const badge of badges) if (meet(la, badge.box)) labelBadge.push(`${a.id} under the badge of ${badge.of}`);
    nodes.forEach((b, j) => {
      if (i === j) return;
      if (j > i && b.label && meet(la, rect(b.label))) labelLabel.push(`${a.id}/${b.id}`);
      if (b.glyphs.some((g) => meet(la, g))) labelNode.push(`${a.id} over ${b.id}`);
    });
  });
  return { labels: nodes.filter((n) => n.label).length, labelLabel, labelNode, labelRegion, labelBadge, outside };
}

const MAPS: [string, string][] = [
  ...['conference', 'ehealth-platform', 'hie-monolith'].map((name): [string, string] => [
    name,
    readFileSync(`maps/${name}.yaml`, 'utf8'),
  ]),
  ['conference-seed', CONFERENCE_SEED],
  ['crowded-monolith', crowdedMonolithText()],
];

for (const [name, text] of MAPS) {
  describe(`labels of ${name}.yaml`, () => {
    let folder: MapsFolder;
    let web: WebMode;
    let page: Page;
    const parsed = parseMap(text);
    const count = parsed.ok ? Object.keys(parsed.map.nodes).length : -1;

    beforeAll(async () => {
      folder = mapsFolder({ [`${name}.yaml`]: text });
      web = await startWebMode(['--maps', folder.dir]);
      page = await openEditor(web);
    });

    afterAll(async () => {
      await web?.close();
      folder?.remove();
    });

    it('overlap nothing in the editor', async () => {
      const found = await page.evaluate(measure);
      await page.screenshot({ path: `${SCREENSHOTS}/labels-${name}.png` });
      expect(found).toEqual({
        labels: count,
        labelLabel: [],
        labelNode: [],
        labelRegion: [],
        labelBadge: [],
        outside: [],
      });
    });

    it('overlap nothing in presentation mode', async () => {
      await page.keyboard.press('F5');
      await page.locator('.presentation-hint').waitFor();
      await expect.poll(() => page.locator('.toolbar').count()).toBe(0);
      // The larger labels are placed again and the camera refits to the bigger canvas.
      await expect
        .poll(() => page.evaluate(measure), { timeout: BACKGROUND_WORK_MS })
        .toEqual({ labels: count, labelLabel: [], labelNode: [], labelRegion: [], labelBadge: [], outside: [] });
      await page.screenshot({ path: `${SCREENSHOTS}/labels-${name}-presentation.png` });
      await page.keyboard.press('Escape');
    });
  });
}
