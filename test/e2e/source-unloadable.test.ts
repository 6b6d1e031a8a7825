// Text typed in the source pane that does not load (a YAML error, a duplicate id) is in no map:
// the canvas keeps the last good map, a save writes that map, drafts keep it. So that text is
// never lost without asking: a save says it was not saved, and reloading the tab, closing the pane
// or opening a new map asks first. Text that loads asks nothing more than any saved map. The page
// reports that text to its host (setWindowState's `unapplied`): the title marks unsaved work, and
// the desktop window's close asks first (test/electron/window/close-asks.test.ts).
import { readFileSync } from 'node:fs';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_MAP } from '../support/maps-folder.ts';
import { BACKGROUND_WORK_MS, type EditorOnMaps, openEditorOn } from './web-mode.ts';

let editor: EditorOnMaps;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  editor = await openEditorOn({ 'small.yaml': SMALL_MAP });
  page = editor.page;
  // Every question is answered "no" (stay, keep the text), and recorded.
  page.on('dialog', (d: Dialog) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
});

afterAll(async () => {
  await editor?.close();
});

const status = () => page.locator('.status').textContent();
const paneHolds = (text: string) => page.locator('.cm-line', { hasText: text }).count();

async function typeDuplicateId(): Promise<void> {
  await page.getByRole('button', { name: 'Source', exact: true }).click();
  const line = page.locator('.cm-line', { hasText: 'name: Legacy system' });
  await line.click();
  await page.keyboard.press('End');
  // A second `booking:` under nodes: a duplicate key, so the text does not load.
  await page.keyboard.insertText('\n  booking:\n    kind: component\n    name: Booking again');
  await expect.poll(() => page.locator('.source-errors li').count()).toBeGreaterThan(0);
}

describe('source pane text that does not load', () => {
  it('is not claimed as saved: the save writes the last good map and says the text was not saved', async () => {
    await typeDuplicateId();
    await page.keyboard.press('Control+s');
    await expect.poll(status, { timeout: BACKGROUND_WORK_MS }).toContain('was not saved');
    expect(readFileSync(editor.folder.path('small.yaml'), 'utf8')).not.toContain('Booking again');
    expect(await paneHolds('Booking again')).toBe(1);
  });

  it('is reported to the host as unsaved work: the title is marked though the map is saved', async () => {
    await expect.poll(() => page.title()).toBe('• small.yaml — Mapwright');
  });

  it('makes reloading the tab ask first, and staying keeps the text', async () => {
    const before = dialogs.length;
    // Not awaited: the navigation stays pending once the question is answered "stay".
    void page.reload().catch(() => undefined);
    await expect.poll(() => dialogs.slice(before)).toContain('beforeunload');
    expect(await paneHolds('Booking again')).toBe(1);
  });

  it('makes closing the pane and New ask first; "no" keeps the text', async () => {
    const before = dialogs.length;
    await page.getByRole('button', { name: 'Source', exact: true }).click();
    await expect.poll(() => dialogs.length).toBe(before + 1);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(() => dialogs.length).toBe(before + 2);
    expect(await paneHolds('Booking again')).toBe(1);
    expect(await page.locator('h1').textContent()).toContain('small.yaml');
  });

  it('stops being reported once undo takes the pane back to the map', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => paneHolds('Booking again')).toBe(0);
    await expect.poll(() => page.title()).toBe('small.yaml — Mapwright');
  });
});
