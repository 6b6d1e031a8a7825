// Work is never lost in the browser version: a dirty page asks before it unloads, the restore
// prompt's Later keeps the draft (offered again on the next start), Discard says what would be
// lost and asks once more, and a restored draft is the document again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_MAP } from '../support/maps-folder.ts';
import { BACKGROUND_WORK_MS, openEditorOn, PAGE_LOAD_MS, SCREENSHOTS, type EditorOnMaps } from './web-mode.ts';

let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'small.yaml': SMALL_MAP });
  page = editor.page;
});

afterAll(async () => {
  await editor?.close();
});

const prompt = () => page.getByRole('alertdialog');
/** The restore prompt after a reload: the page loads again, then asks the server for drafts. */
const promptAfterLoad = () => prompt().waitFor({ timeout: PAGE_LOAD_MS });

/** Drafts kept for this page: on the server (`npm run web`'s API) or, without one, in localStorage. */
function draftCount(): Promise<number> {
  return page.evaluate(async () => {
    const res = await fetch('api/drafts').catch(() => null);
    if (res?.ok && (res.headers.get('content-type') ?? '').includes('json')) {
      const body = (await res.json()) as { drafts?: unknown[] };
      return body.drafts?.length ?? 0;
    }
    return localStorage.getItem('mapwright:draft') ? 1 : 0;
  });
}

/** Reloads the page, answering the browser's "Leave page?" with yes; returns whether it asked. */
async function reloadLeaving(): Promise<boolean> {
  let asked = false;
  page.once('dialog', (d) => {
    asked = d.type() === 'beforeunload';
    void d.accept();
  });
  await page.reload();
  return asked;
}

describe('nothing lost in the browser', () => {
  it('asks before a dirty page unloads', async () => {
    await page.locator('[data-node-id="booking"]').click();
    const name = page.getByRole('region', { name: 'Inspector' }).getByLabel('Name', { exact: true });
    await name.fill('Booking engine');
    await name.press('Enter');
    await expect.poll(() => page.locator('.file-name').textContent()).toContain('•');
    // The draft is written a second after the last edit, by a worker, through the server.
    await expect.poll(draftCount, { timeout: BACKGROUND_WORK_MS }).toBe(1);
    expect(await reloadLeaving()).toBe(true);
  });

  it('offers the draft; Later keeps it, and it is offered again on the next start', async () => {
    await promptAfterLoad();
    expect(await prompt().textContent()).toContain('Restore unsaved work?');
    await page.screenshot({ path: `${SCREENSHOTS}/restore-prompt.png` });
    await prompt().getByRole('button', { name: 'Later' }).click();
    await expect.poll(() => prompt().count()).toBe(0);
    await expect.poll(() => page.locator('.draft-waiting').count()).toBe(1);
    await page.reload();
    await promptAfterLoad();
    expect(await prompt().textContent()).toContain('Restore unsaved work?');
  });

  it('Discard says what would be lost, and can still be taken back', async () => {
    await prompt().getByRole('button', { name: 'Discard…' }).click();
    await expect.poll(() => prompt().textContent()).toMatch(/deleted for good/);
    expect(await prompt().textContent()).toMatch(/This cannot be undone/);
    await prompt().getByRole('button', { name: 'Keep it' }).click();
    await page.reload();
    await promptAfterLoad();
  });

  it('Escape cancels the prompt as Later does: the draft is kept and offered again on the next start', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => prompt().count()).toBe(0);
    await expect.poll(() => page.locator('.draft-waiting').count()).toBe(1);
    expect(await draftCount()).toBe(1);
    await page.reload();
    await promptAfterLoad();
  });

  it('Restore brings the work back as unsaved work', async () => {
    await prompt().getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.locator('[data-node-id] .node-label').allTextContents()).toContain('Booking engine');
    expect(await page.locator('.file-name').textContent()).toContain('•');
  });
});
