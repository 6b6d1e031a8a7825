// Saving the map in the browser as a download and formatting the saved file with the real CLI.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { mapwright } from '../cli/run-cli.ts';

/** Saves the untitled map as a download (no file picker in a test browser) and runs `mapwright fmt` on it. */
export async function saveAndFormat(page: Page): Promise<string> {
  await page.evaluate(() => Object.assign(window, { showSaveFilePicker: undefined }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const path = await (await download).path();
  const copy = join(mkdtempSync(join(tmpdir(), 'mapwright-quick-')), 'conference.yaml');
  copyFileSync(path, copy);
  const fmt = mapwright('fmt', copy);
  expect(fmt.status).toBe(0);
  return readFileSync(copy, 'utf8');
}
