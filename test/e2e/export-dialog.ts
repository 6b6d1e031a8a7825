// The Export dialog as a user drives it: open an item of the Export menu, press its write button
// and read what the browser downloaded, close it with Escape. The plan as JSON and the Kubernetes
// bundle of one phase (its phase picker) in one call each.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Bundle } from '../../core/export/bundle.ts';
import type { Plan } from '../../core/plan/index.ts';

export interface ExportDialog {
  dialog: () => Locator;
  open: (item: string) => Promise<void>;
  /** Presses the dialog's write button and returns what the browser downloaded. */
  written: () => Promise<Uint8Array>;
  close: () => Promise<void>;
  /** The migration plan, written as JSON. */
  planJson: () => Promise<Plan>;
  /** The bundle of phase k, written with the dialog's phase picker. */
  bundleAt: (k: number) => Promise<Bundle>;
}

export function exportDialog(page: Page): ExportDialog {
  const dialog = () => page.getByRole('dialog');
  const open = async (item: string): Promise<void> => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    await dialog().waitFor();
  };
  const written = async (): Promise<Uint8Array> => {
    const download = page.waitForEvent('download');
    await dialog()
      .getByRole('button', { name: /^(Write files|Save)…$/ })
      .click();
    return readFileSync(await (await download).path());
  };
  const close = async (): Promise<void> => {
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  };
  const planJson = async (): Promise<Plan> => {
    await open('Migration plan…');
    // The plan's only option: its format (the select inside the "Format" label).
    await dialog().locator('.export-options select').selectOption('json');
    const plan = JSON.parse(strFromU8(await written())) as Plan;
    await close();
    return plan;
  };
  const bundleAt = async (k: number): Promise<Bundle> => {
    await open('Kubernetes (Kustomize)…');
    await dialog().getByLabel('Migration phase').selectOption(String(k));
    const entries = unzipSync(await written());
    await close();
    return Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]));
  };
  return { dialog, open, written, close, planJson, bundleAt };
}
