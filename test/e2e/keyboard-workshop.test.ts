// A workshop run by keyboard alone, in Chromium against `npm run web`: the conference map of seed
// 003 (Susanne Kaiser's "Preparing for a future microservices journey": an attendee's needs,
// the components behind them and the platform beneath) is built from a new map without the
// mouse: typed statements in quick entry, one node added with C, named, moved with the arrow keys
// and sourced in the inspector, then the map's title and a prod environment set in the map
// settings reached with Tab. Ctrl+S saves; the file on disk holds every node, link and setting,
// and a reload shows the saved map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { SMALL_MAP } from '../support/maps-folder.ts';
import { BACKGROUND_WORK_MS, type EditorOnMaps, openEditorOn, PAGE_LOAD_MS, SCREENSHOTS } from './web-mode.ts';

// [visibility, evolution] as in OWM; sourcing as on the slides' "build / buy / outsource" map.
const NODES = [
  'user Attendee [0.95, 0.5]',
  'need Ticket [0.84, 0.62]',
  'need Schedule [0.84, 0.45]',
  'need Speakers [0.84, 0.3]',
  'need Feedback [0.84, 0.76]',
  'component Ticketing Platform [0.66, 0.84] (outsource)',
  'component Schedule Management [0.64, 0.32] (build)',
  'component Speaker Management [0.56, 0.18] (build)',
  'component Session Rating [0.66, 0.42] (build)',
  'component Survey Platform [0.55, 0.82] (outsource)',
  'component Search Engine [0.42, 0.56] (buy)',
  'component Message Broker [0.34, 0.64] (buy)',
  'component Data Storage [0.28, 0.86] (outsource)',
  'component Compute Platform [0.18, 0.78] (outsource)',
];
const LINKS: [string, string][] = [
  ['Attendee', 'Ticket'],
  ['Attendee', 'Schedule'],
  ['Attendee', 'Speakers'],
  ['Attendee', 'Feedback'],
  ['Ticket', 'Ticketing Platform'],
  ['Schedule', 'Schedule Management'],
  ['Speakers', 'Speaker Management'],
  ['Feedback', 'Session Rating'],
  ['Session Rating', 'Survey Platform'],
  ['Schedule Management', 'Search Engine'],
  ['Schedule Management', 'Message Broker'],
  ['Speaker Management', 'Search Engine'],
  ['Schedule Management', 'Data Storage'],
  ['Speaker Management', 'Data Storage'],
  ['Session Rating', 'Data Storage'],
  ['Search Engine', 'Compute Platform'],
  ['Message Broker', 'Compute Platform'],
  ['Data Storage', 'Compute Platform'],
  ['Compute Platform', 'VM'],
];
const TITLE = 'Conference solution: workshop';

let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'scratch.yaml': SMALL_MAP });
  page = editor.page;
  // Nothing in this file may use the mouse.
  await page.evaluate(() => {
    const w = window as unknown as { mouseUsed: number };
    w.mouseUsed = 0;
    for (const type of ['mousedown', 'click', 'dblclick', 'wheel'])
      window.addEventListener(type, (e) => void ((e as MouseEvent).detail > 0 && w.mouseUsed++), true);
  });
});

afterAll(async () => {
  await editor?.close();
});

/** The accessible name of the focused element: its aria-label, else its label's text. */
function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    return el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? el.textContent?.trim() ?? '';
  });
}

/** Presses Tab until the focused control is named `name`. */
async function tabTo(name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await focusedName()) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}" (last: "${await focusedName()}")`);
}

/** Presses Shift+Tab until focus is back on the map (a node or the map itself). */
async function backToMap(): Promise<void> {
  const onMap = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="canvas"]'));
  for (let i = 0; i < 80; i++) {
    if (await onMap()) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error('Shift+Tab never reached the map');
}

async function typeStatements(lines: readonly string[]): Promise<void> {
  await page.keyboard.press('/');
  const line = page.getByLabel('Quick entry');
  await expect.poll(focusedName).toBe('Quick entry');
  for (const statement of lines) {
    await page.keyboard.type(statement);
    await page.keyboard.press('Enter');
    await expect.poll(() => line.inputValue()).toBe('');
  }
  await page.keyboard.press('Escape');
}

function idOf(map: WardleyMap, name: string): string {
  const found = Object.entries(map.nodes).find(([, n]) => n?.name === name);
  if (!found) throw new Error(`no node named ${name}`);
  return found[0];
}

describe('the conference map built by keyboard alone', () => {
  it('starts a new map from the toolbar', async () => {
    await tabTo('New');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-node-id]').count()).toBe(0);
  });

  it('types the nodes and links in quick entry', async () => {
    await typeStatements(NODES);
    await expect.poll(() => page.locator('[data-node-id]').count()).toBe(NODES.length);
  });

  it('adds VM with C, names it, moves it with the arrow keys and sources it in the inspector', async () => {
    await page.keyboard.press('c');
    await expect.poll(focusedName).toBe('Node name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('VM');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.node-label', { hasText: /^VM$/ }).count()).toBe(1);
    // Commodity, deep in the value chain: right and down from the centre (Ctrl+Shift+arrows on
    // the focused node nudge it by a twentieth).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).not.toBeNull();
    for (let i = 0; i < 7; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Control+Shift+ArrowDown');
    await tabTo('Sourcing');
    await page.keyboard.type('o');
    await expect
      .poll(() => page.getByRole('region', { name: 'Inspector' }).getByLabel('Sourcing').inputValue())
      .toBe('outsource');
    await backToMap();
    await typeStatements(LINKS.map(([from, to]) => `${from}->${to}`));
    await expect.poll(() => page.locator('.links .link-line').count()).toBe(LINKS.length);
  });

  it('sets the title and a prod environment in the map settings, reached with Tab', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: 'Map settings' }).count()).toBe(1);
    await tabTo('Title');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Tab');
    await tabTo('New environment name');
    await page.keyboard.type('prod');
    await page.keyboard.press('Enter');
    await tabTo('prod replicas');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-workshop.png` });
  });

  it('saves with Ctrl+S; the file on disk holds every node, link and setting', async () => {
    const asked: string[] = [];
    const answer = (d: Dialog) => {
      asked.push(d.type());
      void (d.type() === 'prompt' ? d.accept('conference.yaml') : d.dismiss());
    };
    page.on('dialog', answer);
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.locator('.status').textContent(), { timeout: BACKGROUND_WORK_MS })
      .toBe('Saved conference.yaml');
    page.off('dialog', answer);
    const parsed = parseMap(readFileSync(join(editor.web.mapsDir, 'conference.yaml'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const map = parsed.map;
    expect(map.title).toBe(TITLE);
    expect(map.deployment?.environments?.['prod']?.replicas).toBe(2);
    const names = Object.values(map.nodes).map((n) => n?.name);
    expect(names.sort()).toEqual([...NODES.map((s) => /^\w+ (.+?) \[/.exec(s)![1]), 'VM'].sort());
    for (const [from, to] of LINKS) expect(map.nodes[idOf(map, from)]?.uses, `${from}->${to}`).toContain(idOf(map, to));
    const vm = map.nodes[idOf(map, 'VM')]!;
    expect(vm).toMatchObject({ kind: 'component', sourcing: 'outsource' });
    expect(vm.evolution).toBeGreaterThan(0.7);
    expect(vm.visibility).toBeLessThan(0.3);
    expect(map.nodes[idOf(map, 'Search Engine')]?.sourcing).toBe('buy');
  });

  it('shows the saved map after a reload, and the mouse was never used', async () => {
    expect(await page.evaluate(() => (window as unknown as { mouseUsed: number }).mouseUsed)).toBe(0);
    await page.reload();
    await page.locator('[data-node-id]').first().waitFor({ timeout: PAGE_LOAD_MS });
    await expect.poll(() => page.locator('.file-name').textContent()).toBe('conference.yaml');
    // Saved right after the last edit: no draft of the untitled map may come back.
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.locator('[data-node-id]').count()).toBe(NODES.length + 1);
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-workshop-reloaded.png` });
  });
});
