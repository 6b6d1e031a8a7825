// Saving the map in the browser as a user does (Ctrl+S; the server writes the file in the folder it
// serves) and formatting the saved file with the real CLI.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { expect } from 'vitest';
import { mapwright } from '../cli/run-cli.ts';
import type { WebMode } from './web-mode.ts';
import { BACKGROUND_WORK_MS } from './web-mode.ts';

/**
 * Presses Ctrl+S on a map with unsaved changes and returns the text the server wrote to `file` in its
 * folder. An untitled map asks for a name (the browser's prompt, as `npm run web` does): the answer
 * is `file`, and the suggested name must be `untitled.yaml`.
 */
export async function saveServed(page: Page, web: WebMode, file: string): Promise<string> {
  const fileName = () => page.locator('.file-name').textContent();
  await expect.poll(fileName).toContain('•');
  const asked: string[] = [];
  const answer = (dialog: Dialog) => {
    asked.push(`${dialog.type()} ${dialog.defaultValue()}`);
    void (dialog.type() === 'prompt' ? dialog.accept(file) : dialog.dismiss());
  };
  page.on('dialog', answer);
  try {
    await page.keyboard.press('Control+s');
    await expect.poll(fileName, { timeout: BACKGROUND_WORK_MS }).not.toContain('•');
  } finally {
    page.off('dialog', answer);
  }
  expect(asked.every((a) => a === 'prompt untitled.yaml')).toBe(true);
  await expect.poll(() => page.locator('.status').textContent()).toBe(`Saved ${file}`);
  return readFileSync(join(web.mapsDir, file), 'utf8');
}

/** Saves the untitled map into the served folder as `file` and runs `mapwright fmt` on a copy of it. */
export async function saveAndFormat(page: Page, web: WebMode, file: string): Promise<string> {
  await saveServed(page, web, file);
  const copy = join(mkdtempSync(join(tmpdir(), 'mapwright-quick-')), file);
  copyFileSync(join(web.mapsDir, file), copy);
  const fmt = mapwright('fmt', copy);
  expect(fmt.status).toBe(0);
  return readFileSync(copy, 'utf8');
}
