// The inspector's lists of other nodes on a map large enough to make them long (Inside, Add a
// link): until the select is focused or pressed it holds its chosen option alone, still a labelled
// select reading the node's value; focused, as by the keyboard or a screen reader, it holds every
// choice before any key reaches it, and the keys choose among them as in any select. axe-core finds
// no violation either way.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringifyMap } from '../../core/format/stringify.ts';
import { generatedMap } from '../bench/generate.ts';
import { openEditorOn, type EditorOnMaps } from './web-mode.ts';

// n200…n299 are components: 99 others (and "(none)") to sit inside, more than a select fills at once.
const SIZE = 300;
const NODE = 'n250';
const MONOLITH = 'n260';
let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  const map = generatedMap(SIZE);
  const node = map.nodes[NODE];
  if (node) node.inside = MONOLITH;
  editor = await openEditorOn({ 'generated.yaml': stringifyMap(map) }, { waitForNode: `n${SIZE - 1}` });
  page = editor.page;
});

afterAll(async () => {
  await editor?.close();
});

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: string): Promise<AxeResult> } }).axe;
    return axe.run('.inspector');
  });
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

const inside = () => page.getByRole('combobox', { name: 'Inside (monolith)' });
const addLink = () => page.getByRole('combobox', { name: 'Add a link' });
const components = Array.from({ length: 100 }, (_, k) => `n${200 + k}`);

async function selectNode(id: string): Promise<void> {
  await page.locator(`.canvas [data-node-id="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await page
    .locator('.inspector input[aria-label="Id"]')
    .and(page.locator(`[value="${id}"]`))
    .waitFor();
}

describe("a large map's lists of other nodes", () => {
  it('hold the chosen option alone until focused, labelled and reading the value', async () => {
    await selectNode(NODE);
    expect(await inside().inputValue()).toBe(MONOLITH);
    expect(await inside().locator('option').allTextContents()).toEqual(['Node 260']);
    expect(await addLink().inputValue()).toBe('');
    expect(await addLink().locator('option').allTextContents()).toEqual(['+ uses…']);
    expect(await axeViolations()).toEqual([]);
  });

  it('hold every choice once focused, and the arrow keys choose among them', async () => {
    await inside().focus();
    const values = await inside().evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.value));
    expect(values).toEqual(['', ...components.filter((id) => id !== NODE)]);
    expect(await inside().inputValue()).toBe(MONOLITH);
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => inside().inputValue()).toBe('n261');
    // The edit was made: the node read again from the map sits inside its new monolith.
    await selectNode('n251');
    await selectNode(NODE);
    expect(await inside().inputValue()).toBe('n261');
    expect(await inside().locator('option').count()).toBe(1);
  });

  it('add a link chosen with the keyboard', async () => {
    const before = await page.locator('.inspector .uses li').count();
    await addLink().focus();
    expect(await addLink().locator('option').count()).toBeGreaterThan(50);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.inspector .uses li').count()).toBe(before + 1);
    expect(await addLink().inputValue()).toBe('');
  });
});
