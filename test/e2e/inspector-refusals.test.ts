// A value the map refuses in the inspector, in Chromium against `npm run web`: the field shows the
// node's value again and the reason is listed. Before, a refused rename (a name over 200
// characters) left the long text in the Name field while the map kept the old name.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, startWebMode, type WebMode } from './web-mode.ts';

let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

describe('a refused edit in the inspector', () => {
  it('puts the node name back in the Name field and says why', async () => {
    await page.locator('[data-node-id="patient-portal"] .body').click();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    const name = inspector.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).not.toBe('');
    const before = await name.inputValue();
    await name.fill('x'.repeat(260));
    await name.press('Enter');
    await expect.poll(() => inspector.getByRole('alert').count()).toBe(1);
    expect(await inspector.getByRole('alert').textContent()).toMatch(/200/);
    expect(await name.inputValue()).toBe(before);
    expect(await page.locator('[data-node-id="patient-portal"] .node-label').textContent()).toBe(before);
    expect(await page.locator('.file-name').textContent()).not.toContain('•');
    // An accepted name clears the reason and stays in the field.
    await name.fill('Patient web portal');
    await name.press('Enter');
    await expect.poll(() => inspector.getByRole('alert').count()).toBe(0);
    expect(await name.inputValue()).toBe('Patient web portal');
  });
});
