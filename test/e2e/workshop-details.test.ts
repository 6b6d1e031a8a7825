// The small things of a workshop, in Chromium against `npm run web` serving the monolith example:
// no request fails (the favicon), the monolith region holds its members and no other node, the
// doctrine panel groups its findings and can show errors only, the migration plan previews as
// rendered Markdown, and pasted OWM with a bad line is reported with that line.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { type EditorOnMaps, openEditorOn, PAGE_LOAD_MS, SCREENSHOTS } from './web-mode.ts';

const TEXT = readFileSync('maps/hie-monolith.yaml', 'utf8');
const parsed = parseMap(TEXT);
if (!parsed.ok) throw new Error('the monolith example does not parse');
const MAP = parsed.map;

const DRAFTING = `version: 1
title: Drafting
nodes:
  attendee: { kind: user, name: Attendee, evolution: 0.5, visibility: 0.95 }
  ticket: { kind: need, name: Buy a ticket, evolution: 0.5, visibility: 0.8 }
  ticketing: { kind: component, name: Ticketing, evolution: 0.6, visibility: 0.6, sourcing: buy }
  schedule: { kind: component, name: Schedule, evolution: 0.3, visibility: 0.5 }
  power: { kind: component, name: Power, evolution: 0.95, visibility: 0.1, sourcing: build }
`;

let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'hie-monolith.yaml': TEXT }, { clipboard: true });
  page = editor.page;
});

afterAll(async () => {
  await editor?.close();
});

const panel = () => page.getByRole('region', { name: 'Doctrine warnings' });

describe('loading the editor', () => {
  it('asks for nothing the server does not have (no favicon 404)', async () => {
    const failed: string[] = [];
    page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
    await page.reload();
    await page.locator('[data-node-id]').first().waitFor({ timeout: PAGE_LOAD_MS });
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
      return { href, status: (await fetch(href)).status };
    });
    expect(icon).toMatchObject({ status: 200 });
    expect(icon.href).toMatch(/favicon\.svg$/);
    expect(failed).toEqual([]);
  });
});

describe('dialogs', () => {
  const focusInDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));

  async function trapsFocusAndCloses(name: string | RegExp): Promise<void> {
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(), `Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  }

  it('help keeps focus inside and Escape closes it', async () => {
    await page.locator('.canvas').focus();
    await page.keyboard.press('?');
    await trapsFocusAndCloses('Keyboard shortcuts');
  });

  it('export keeps focus inside and Escape closes it', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Compose…' }).click();
    await trapsFocusAndCloses('Export Compose');
  });

  it('share keeps focus inside and Escape closes it', async () => {
    await page.getByRole('button', { name: 'Share live…' }).click();
    await trapsFocusAndCloses('Share live session');
  });
});

describe('the monolith region', () => {
  it('holds every member and no other node', async () => {
    const inside = new Set(Object.entries(MAP.nodes).flatMap(([id, n]) => (n?.inside ? [id, n.inside] : [])));
    const found = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>('.monolith-region path');
      if (!path) return null;
      return [...document.querySelectorAll<SVGGElement>('g[data-node-id]')].map((g) => {
        // The node's centre, where its hit disc is drawn.
        const hit = g.querySelector('.node-hit');
        const point = new DOMPoint(Number(hit?.getAttribute('cx')), Number(hit?.getAttribute('cy')));
        return [g.getAttribute('data-node-id') ?? '', path.isPointInFill(point)] as const;
      });
    });
    expect(found).not.toBeNull();
    const wrong = (found ?? []).filter(([id, filled]) => filled !== inside.has(id)).map(([id]) => id);
    expect(wrong).toEqual([]);
    expect(found?.length).toBe(Object.keys(MAP.nodes).length);
    await page.screenshot({ path: `${SCREENSHOTS}/monolith-region.png` });
  });
});

describe('the migration plan preview', () => {
  it('is rendered Markdown whose headings never skip a level', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Migration plan…' }).click();
    const preview = page.getByRole('dialog').locator('article.export-markdown');
    await preview.waitFor();
    expect(await preview.locator('h3').first().textContent()).toBe(`Migration plan: ${MAP.title}`);
    expect(await preview.locator('table').count()).toBeGreaterThan(0);
    expect(await preview.textContent()).not.toMatch(/(^|\n)#+ /);
    const levels = await preview.locator('h3, h4, h5, h6').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 2)).toBeLessThanOrEqual(1));
    await page.screenshot({ path: `${SCREENSHOTS}/plan-preview-markdown.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });
});

describe('pasting OWM text with a bad line', () => {
  it('reports the line and leaves the map as it was', async () => {
    const bad = 'title Tea\ncomponent Tea [0.5, 0.5]\ncomponent Cup [0.3 0.7]\nTea->Cup\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), bad);
    const before = await page.locator('[data-node-id]').count();
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+v');
    const report = page.getByRole('alert', { name: 'Import errors' });
    await report.waitFor();
    expect(await report.textContent()).toContain('line 3');
    expect(await report.textContent()).toContain('malformed coordinates');
    expect(await page.locator('[data-node-id]').count()).toBe(before);
    expect(await page.locator('.file-name').textContent()).toContain('hie-monolith.yaml');
    await page.screenshot({ path: `${SCREENSHOTS}/owm-paste-bad-line.png` });
    await report.getByRole('button', { name: 'Dismiss import errors' }).click();
    await expect.poll(() => report.count()).toBe(0);
  });
});

describe('the user glyph', () => {
  it('is grabbed in its middle, between head and shoulders: a click selects the user, a drag moves it', async () => {
    const user = page.locator('[data-node-id="clinician"]');
    const hit = await user.locator('.node-hit').boundingBox();
    if (!hit) throw new Error('the user is not on screen');
    const centre = { x: hit.x + hit.width / 2, y: hit.y + hit.height / 2 };
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => user.getAttribute('aria-pressed')).toBe('true');
    // Where the user is drawn: its hit disc's centre.
    const at = () => user.locator('.node-hit').getAttribute('cx');
    const before = await at();
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x + 80, centre.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(at).not.toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(at).toBe(before);
    await page.keyboard.press('Escape');
  });
});

describe('the doctrine panel', () => {
  it('groups findings by rule with severity in words, and by node under the node’s name', async () => {
    // A map being drafted: nothing linked yet, one component built although it is a commodity.
    await page.evaluate((yaml) => {
      const data = new DataTransfer();
      data.items.add(new File([yaml], 'drafting.yaml', { type: 'application/yaml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, DRAFTING);
    await page.locator('[data-node-id="power"]').waitFor();
    await expect.poll(() => panel().locator('.finding').count()).toBeGreaterThan(0);
    const words = await panel()
      .locator('.severity-word')
      .evaluateAll((els) => [...new Set(els.map((e) => e.textContent))]);
    expect(words.every((w) => ['Error:', 'Warning:', 'Note:'].includes(w ?? ''))).toBe(true);
    const ruleTitles = await panel().locator('summary .rule').allTextContents();
    expect(new Set(ruleTitles).size).toBe(ruleTitles.length);
    await panel().getByLabel('Group by').selectOption('node');
    const nodeTitles = await panel().locator('summary .group-node').allTextContents();
    const names = new Set(['Attendee', 'Buy a ticket', 'Ticketing', 'Schedule', 'Power', 'The map']);
    expect(nodeTitles.length).toBeGreaterThan(0);
    expect(nodeTitles.filter((t) => !names.has(t))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/doctrine-by-node.png` });
  });

  it('shows errors only while drafting, and says how many it hides', async () => {
    const before = await panel().locator('.finding').count();
    await panel().getByLabel('Errors only while drafting').check();
    await expect.poll(() => panel().locator('.finding:not(.finding-error)').count()).toBe(0);
    expect(await panel().getByRole('status').textContent()).toMatch(/hidden while drafting/);
    await panel().getByLabel('Errors only while drafting').uncheck();
    await expect.poll(() => panel().locator('.finding').count()).toBe(before);
  });
});
