// Keyboard and screen readers, in Chromium against `npm run web`: axe-core finds no violation in
// any view (editor, map settings, a selected node, help, export, plan view, presentation), the map
// is one Tab stop whose nodes are reached with the arrow keys and named with kind, sourcing and
// stage, and Escape leaves presentation mode.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe;
    return axe.run();
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}`,
  );
}

const focusedNode = () => page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? null);
const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

describe('axe-core finds no violations', () => {
  it('in the editor with map settings', async () => {
    expect(await axeViolations()).toEqual([]);
  });

  it('with a node selected', async () => {
    await page.locator('[data-node-id="api-gateway"]').click();
    expect(await axeViolations()).toEqual([]);
  });

  it('in the help overlay', async () => {
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('in plan view', async () => {
    await page.keyboard.press('p');
    await page.getByLabel('Plan timeline').waitFor();
    expect(await axeViolations()).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/plan-view-a11y.png` });
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect.poll(() => page.getByLabel('Plan timeline').count()).toBe(0);
  });

  it('in the export dialog, on every tab (the plan and the report rendered as Markdown)', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Kubernetes (Kustomize)…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const found: string[] = [];
    for (const tab of await dialog.getByRole('tab').allTextContents()) {
      await dialog.getByRole('tab', { name: tab, exact: true }).click();
      await expect.poll(() => dialog.getByRole('tab', { selected: true }).textContent()).toBe(tab);
      found.push(...(await axeViolations()).map((v) => `${tab}: ${v}`));
    }
    // The Kubernetes options with ExternalSecrets chosen: the store name field, valid and not.
    await dialog.getByRole('tab', { name: 'Kubernetes (Kustomize)', exact: true }).click();
    await dialog.getByLabel('Secrets').selectOption('external-secrets');
    found.push(...(await axeViolations()).map((v) => `external-secrets: ${v}`));
    await dialog.getByLabel('Secret store').fill('Not A Name');
    found.push(...(await axeViolations()).map((v) => `bad store name: ${v}`));
    await dialog.getByLabel('Secrets').selectOption('placeholder');
    expect(found).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator('.canvas').focus();
  });

  it('in presentation mode, which Escape leaves, as the screen says', async () => {
    await page.keyboard.press('F5');
    await expect.poll(() => page.locator('.presentation-hint').textContent()).toContain('Escape');
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.toolbar').count()).toBe(1);
  });
});

describe('the map as a keyboard widget', () => {
  it('is entered with Tab and names the focused node with kind, sourcing and stage', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.toolbar button').last().focus();
    let steps = 0;
    while ((await focusedNode()) === null && steps++ < 10) await page.keyboard.press('Tab');
    expect(await focusedNode()).not.toBeNull();
    expect(await focusedName()).toMatch(/^[^,]+, (user|need|component)(, (build|buy|outsource))?, [a-z-]+$/);
    const ring = await page.evaluate(() => {
      const ringEl = document.activeElement?.querySelector('.focus-ring');
      return ringEl
        ? { shown: getComputedStyle(ringEl).visibility, width: getComputedStyle(ringEl).strokeWidth }
        : null;
    });
    expect(ring?.shown).toBe('visible');
    expect(parseFloat(ring?.width ?? '0')).toBeGreaterThanOrEqual(2);
  });

  it('moves between nodes with the arrow keys, by position', async () => {
    const start = await focusedNode();
    await page.keyboard.press('ArrowDown');
    const below = await focusedNode();
    expect(below).not.toBe(start);
    const y = (id: string | null) =>
      page
        .locator(`[data-node-id="${id}"]`)
        .first()
        .boundingBox()
        .then((b) => (b ? b.y + b.height / 2 : 0));
    expect(await y(below)).toBeGreaterThan(await y(start));
    await page.keyboard.press('ArrowUp');
    expect(await focusedNode()).toBe(start);
  });

  it('selects with Enter, and Escape leaves the nodes for the map', async () => {
    const id = await focusedNode();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-node-id="${id}"].selected`).count()).toBe(1);
    expect(await page.locator(`[data-node-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('canvas'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedNode()).toBe(id);
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-focus.png` });
  });

  it('names ticketing as the issue asks', async () => {
    const label = await page.locator('[data-node-id="api-gateway"]').getAttribute('aria-label');
    expect(label).toMatch(/^API gateway, component, (build|buy|outsource), (genesis|custom-built|product|commodity)$/i);
  });
});
