// "Share live session…" from the editor served by `npm run web`: the host starts a session on the
// open map from a dialog, the link it shows (as text and as a QR code) lets another browser join and
// edit, the edit lands in the file, and ending the session tells the participant.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { joinAs, quick, until } from './live-mode.ts';
import { BACKGROUND_WORK_MS, openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

let web: WebMode;
beforeAll(async () => {
  web = await startWebMode();
}, 120_000);
afterAll(async () => web?.close());

/** What a phone's camera would read from the QR code on screen. */
async function qrOnScreen(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await page.locator('svg.qr-code').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

describe('Share live session', () => {
  it('starts a session on the open map, shows its link and QR code, a participant edits the file, End tells them', async () => {
    const host = await openEditor(web);
    await host.getByRole('button', { name: 'Share live…' }).click();
    const dialog = host.getByRole('dialog', { name: 'Share live session' });
    expect(await dialog.getByLabel('Who can join').inputValue()).toBe('local');
    await dialog.getByRole('button', { name: 'Start session' }).click();
    const link = dialog.getByLabel('Session link');
    // The server starts the session (reads the map, watches the file, listens) before the link shows.
    await link.waitFor({ timeout: BACKGROUND_WORK_MS });
    const joinUrl = await link.inputValue();
    expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{32}\/$/);
    expect(await qrOnScreen(host)).toBe(joinUrl);
    await host.screenshot({ path: `${SCREENSHOTS}/share-live-dialog.png` });

    const { context, page: ann } = await joinAs({ browser: web.browser, joinUrl }, 'Ann');
    await quick(ann, ['component Consent registry [0.45, 0.62]']);
    const file = join(web.mapsDir, 'ehealth-platform.yaml');
    await until(() => {
      const parsed = parseMap(readFileSync(file));
      return parsed.ok && parsed.map.nodes['consent-registry']?.evolution === 0.62;
    });

    await dialog.getByRole('button', { name: 'End session' }).click();
    await ann.locator('[data-testid="live-bar"][data-status="ended"]').waitFor();
    expect(await ann.getByRole('button', { name: 'Download a copy' }).isVisible()).toBe(true);
    // Ending writes the last changes and stops the file watcher on the server; it never waits on a
    // participant (test/server/live/session-end.test.ts pins that), so this is a hang guard only.
    await dialog.getByRole('button', { name: 'Start session' }).waitFor({ timeout: BACKGROUND_WORK_MS });
    await context.close();
  }, 180_000);
});
