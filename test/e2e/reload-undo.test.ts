// "Reload from disk" never makes unsaved work unrecoverable: the map it replaces, unsaved edits and
// all, is one undo away (on the canvas and in the source pane, unsaved again), redo is the disk's
// version, and Save then writes what the window shows — asking first if the file changed on disk
// once more. In the browser the served file's change shows when Save is refused, as here.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { SMALL_MAP } from '../support/maps-folder.ts';
import { BACKGROUND_WORK_MS, openEditorOn, type EditorOnMaps } from './web-mode.ts';

let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'small.yaml': SMALL_MAP });
  page = editor.page;
  await page.keyboard.press('y');
  await page.locator('.cm-content').waitFor();
});

afterAll(async () => {
  await editor?.close();
});

const labels = () => page.locator('.canvas [data-node-id] .node-label').allTextContents();
const paneHas = (text: string) => page.locator('.cm-line', { hasText: text }).count();
const fileName = () => page.locator('.file-name').textContent();
const banner = (kind: string) => page.locator(`[data-file-banner="${kind}"]`);
const button = (name: string) => page.getByRole('button', { name, exact: true });
const onDisk = () => parseMap(readFileSync(editor.folder.path('small.yaml'), 'utf8'));
const changeOnDisk = (name: string) =>
  writeFileSync(editor.folder.path('small.yaml'), SMALL_MAP.replace('name: Legacy system', `name: ${name}`));

/** The map as edited in the window: Booking renamed, Legacy system as it was opened; unsaved. */
async function seesEditedMap(): Promise<void> {
  await expect.poll(labels).toContain('Booking engine');
  await expect.poll(labels).toContain('Legacy system');
  await expect.poll(() => paneHas('name: Booking engine')).toBe(1);
  await expect.poll(() => paneHas('name: Legacy system')).toBe(1);
  await expect.poll(fileName).toContain('•');
}

/** The map as on disk: Booking as opened, Legacy platform; saved. */
async function seesDiskMap(): Promise<void> {
  await expect.poll(labels).toContain('Legacy platform');
  await expect.poll(labels).not.toContain('Booking engine');
  await expect.poll(() => paneHas('name: Legacy platform')).toBe(1);
  await expect.poll(() => paneHas('name: Booking engine')).toBe(0);
  await expect.poll(fileName).not.toContain('•');
}

describe('reload from disk over unsaved work', () => {
  it('replaces the map with the file on disk when the user chooses it', async () => {
    await page.locator('[data-node-id="booking"]').click();
    const name = page.getByRole('region', { name: 'Inspector' }).getByLabel('Name', { exact: true });
    await name.fill('Booking engine');
    await name.press('Enter');
    await seesEditedMap();
    changeOnDisk('Legacy platform');
    await button('Save').click();
    await banner('conflict').waitFor({ timeout: BACKGROUND_WORK_MS });
    await banner('conflict').getByRole('button', { name: 'Reload from disk' }).click();
    await expect.poll(() => banner('conflict').count(), { timeout: BACKGROUND_WORK_MS }).toBe(0);
    await seesDiskMap();
  });

  it('undo brings the unsaved map back, on the canvas and in the source pane; redo the disk version', async () => {
    await button('Undo').click();
    await seesEditedMap();
    await button('Redo').click();
    await seesDiskMap();
    await button('Undo').click();
    await seesEditedMap();
  });

  it('Save then writes the map shown, asking first since the file changed on disk again', async () => {
    changeOnDisk('Legacy mainframe');
    await button('Save').click();
    await banner('conflict').waitFor({ timeout: BACKGROUND_WORK_MS });
    const before = onDisk();
    expect(before.ok && before.map.nodes.legacy?.name).toBe('Legacy mainframe');
    await banner('conflict').getByRole('button', { name: 'Overwrite with mine' }).click();
    await expect.poll(fileName, { timeout: BACKGROUND_WORK_MS }).not.toContain('•');
    const saved = onDisk();
    expect(saved.ok && saved.map.nodes.booking?.name).toBe('Booking engine');
    expect(saved.ok && saved.map.nodes.legacy?.name).toBe('Legacy system');
  });
});
