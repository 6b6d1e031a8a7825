// Quick entry in Chromium: build the conference map of the workshop script by typing statements
// alone, then the line's behaviour: refusals that change nothing, one undo step per statement and
// per paste, completion and Up/Down recall.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAndFormat } from './save-format.ts';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const SCRIPT = readFileSync('test/fixtures/quick/conference.quick', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const FIXTURE = readFileSync('test/fixtures/quick/conference.yaml', 'utf8');

let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web, { clipboard: true });
});

afterAll(async () => {
  await web?.close();
});

const line = () => page.getByLabel('Quick entry');
const nodes = () => page.locator('[data-node-id]').count();

describe('quick entry', () => {
  it('builds the conference map from the workshop script, one statement per fact', async () => {
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(nodes).toBe(0);
    await page.keyboard.press('/');
    let actions = 1;
    for (const statement of SCRIPT) {
      await line().fill(statement);
      await line().press('Enter');
      actions += 2;
      await expect.poll(() => line().inputValue()).toBe('');
    }
    await expect.poll(nodes).toBe(12);
    await page.screenshot({ path: `${SCREENSHOTS}/quick-entry-conference.png` });
    console.log(
      `quick entry: ${SCRIPT.length} statements for 12 nodes, their links, sourcing, an evolve and a monolith ` +
        `(${actions} actions: '/' once, then typing and Enter per statement)`,
    );
    await line().press('Escape');
    await expect.poll(() => line().count()).toBe(0);
    expect(await saveAndFormat(page, web, 'conference-quick.yaml')).toBe(FIXTURE);
  });

  it('says why a statement cannot be applied, and changes nothing', async () => {
    const before = await nodes();
    const title = await page.locator('.file-name').textContent();
    await page.keyboard.press('/');
    await line().fill('Attendee->Attendee');
    await line().press('Enter');
    await expect.poll(() => page.locator('.quick-error').textContent()).toContain('cannot use itself');
    expect(await line().inputValue()).toBe('Attendee->Attendee');
    expect(await line().getAttribute('aria-invalid')).toBe('true');
    expect(await nodes()).toBe(before);
    expect(await page.locator('.file-name').textContent()).toBe(title);
  });

  it('makes each statement one undo step', async () => {
    await line().fill('component Wifi [0.3, 0.9] (outsource)');
    await line().press('Enter');
    await line().fill('Attendee->Wifi');
    await line().press('Enter');
    await expect.poll(() => page.locator('[data-node-id="wifi"]').count()).toBe(1);
    await line().press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-node-id="wifi"]').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-node-id="wifi"]').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('[data-node-id="wifi"]').count()).toBe(1);
  });

  it('completes keywords and node names with Tab, and recalls earlier statements with Up and Down', async () => {
    await page.keyboard.press('/');
    await line().fill('evolve Sch');
    await expect.poll(() => page.getByRole('option').first().textContent()).toBe('Scheduling');
    await page.screenshot({ path: `${SCREENSHOTS}/quick-entry-completion.png` });
    await line().press('Tab');
    expect(await line().inputValue()).toBe('evolve Scheduling');
    await line().fill('');
    await line().press('ArrowUp');
    expect(await line().inputValue()).toBe('Attendee->Wifi');
    await line().press('ArrowUp');
    expect(await line().inputValue()).toBe('component Wifi [0.3, 0.9] (outsource)');
    await line().press('ArrowDown');
    await line().press('ArrowDown');
    expect(await line().inputValue()).toBe('');
  });

  it('applies a paste of several lines as one undo step and reports each line that failed', async () => {
    const before = await nodes();
    await page.evaluate(() =>
      navigator.clipboard.writeText(
        'component Badge printer [0.4, 0.7]\nfrobnicate\nAttendee->Badge printer\nAttendee->',
      ),
    );
    await line().focus();
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('.quick-failed li').count()).toBe(2);
    const report = await page.locator('.quick-failed').textContent();
    expect(report).toContain('line 2');
    expect(report).toContain('line 4');
    expect(await nodes()).toBe(before + 1);
    await page.screenshot({ path: `${SCREENSHOTS}/quick-entry-paste.png` });
    await line().press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(nodes).toBe(before);
  });
});
