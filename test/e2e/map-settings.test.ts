// The map's own settings in the inspector, in Chromium against `npm run web`: with nothing
// selected the inspector shows title, stages, deployment and annotations; each change lands in
// the map (and in the saved file); fields are offered by node kind.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_MAP } from '../support/maps-folder.ts';
import { BACKGROUND_WORK_MS, type EditorOnMaps, openEditorOn, SCREENSHOTS } from './web-mode.ts';

let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'small.yaml': SMALL_MAP });
  page = editor.page;
});

afterAll(async () => {
  await editor?.close();
});

const settings = () => page.getByRole('region', { name: 'Map settings' });

async function fill(label: string, value: string, key = 'Tab'): Promise<void> {
  const field = settings().getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press(key);
}

describe('map settings with nothing selected', () => {
  it('sets the title and description', async () => {
    await page.keyboard.press('Escape');
    await fill('Title', 'Workshop: visits');
    await expect.poll(() => page.locator('.file-name').textContent()).toContain('•');
    await settings().getByLabel('Description', { exact: true }).fill('Drawn live in the room');
    await settings().getByLabel('Title', { exact: true }).focus();
    expect(await settings().getByLabel('Title', { exact: true }).inputValue()).toBe('Workshop: visits');
  });

  it('changes stage labels and a boundary, and the axis follows', async () => {
    await settings().getByLabel('Stage labels').selectOption('practices');
    await expect
      .poll(() => page.locator('.stage-label').allTextContents())
      .toEqual(['Novel', 'Emerging', 'Good', 'Best']);
    await fill('Stage II from', '0.3');
    await fill('Stage III from', '0.2');
    await expect.poll(() => page.locator('.edit-errors').textContent()).toContain('must rise');
  });

  it('adds a prod environment with replicas and sites, and a gateway', async () => {
    await fill('New environment name', 'prod', 'Enter');
    await expect.poll(() => settings().getByRole('group', { name: 'Environment prod' }).count()).toBe(1);
    await fill('prod replicas', '3');
    await fill('prod sites', 'eu-west, eu-north');
    await fill('Gateway', 'edge-gateway');
    await expect.poll(() => settings().getByLabel('Gateway namespace').count()).toBe(1);
    await fill('Registry', 'Not a registry!');
    await expect.poll(() => page.locator('.edit-errors').count()).toBe(1);
    await fill('Registry', 'registry.example/health');
    await expect.poll(() => page.locator('.edit-errors').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/map-settings.png` });
  });

  it('adds, edits and deletes an annotation', async () => {
    const before = await page.locator('.annotation').count();
    await fill('New annotation text', 'Ask the vendor about pricing', 'Enter');
    await expect.poll(() => page.locator('.annotation').count()).toBe(before + 1);
    const n = before + 1;
    await fill(`Annotation ${n}`, 'Vendor pricing is the risk');
    await expect.poll(() => page.locator('.annotation-text').last().textContent()).toBe('Vendor pricing is the risk');
    await settings()
      .getByRole('button', { name: `Delete annotation ${n}` })
      .click();
    await expect.poll(() => page.locator('.annotation').count()).toBe(before);
  });

  it('saves every setting into the file on disk', async () => {
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.locator('.file-name').textContent(), { timeout: BACKGROUND_WORK_MS })
      .not.toContain('•');
    const text = readFileSync(editor.folder.path('small.yaml'), 'utf8');
    expect(text).toContain('title: "Workshop: visits"');
    expect(text).toMatch(/prod:\n\s+replicas: 3\n\s+sites: \[eu-west, eu-north\]/);
    expect(text).toMatch(/deployment:\n\s+registry: registry.example\/health\n\s+gateway:/);
    expect(text).toContain('labels: practices');
    expect(text).toContain('name: edge-gateway');
  });
});

describe('node fields by kind', () => {
  it('offers no sourcing, team or deployment on a user or a need', async () => {
    const user = page.locator('[data-node-id].node-user').first();
    await user.click(); // the middle of the glyph, between head and shoulders
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await expect.poll(() => inspector.getByLabel('Name', { exact: true }).count()).toBe(1);
    expect(await inspector.getByLabel('Sourcing').count()).toBe(0);
    expect(await inspector.getByLabel('Inside (monolith)').count()).toBe(0);
    expect(await inspector.locator('fieldset.deploy').count()).toBe(0);
    await page.locator('[data-node-id].node-component').first().locator('.body').click();
    await expect.poll(() => inspector.getByLabel('Sourcing').count()).toBe(1);
  });

  it('offers no user in the "+ uses…" list of a need', async () => {
    await page.locator('[data-node-id].node-need').first().locator('.body').click();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    const options = await inspector.getByLabel('Add a link').locator('option').allTextContents();
    const users = await page.locator('[data-node-id].node-user .node-label').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    for (const user of users) expect(options).not.toContain(user);
  });
});
