// The browser benchmarks' common start: `npm run web` and Chromium, with a generated map of `size`
// nodes dropped onto the window (the browser host's drag-and-drop open) and drawn.
import type { Page } from 'playwright-core';
import { stringifyMap } from '../../core/format/stringify.ts';
import { startWebMode, type WebMode } from '../e2e/web-mode.ts';
import buildRendererOnce from '../support/build-renderer.ts';
import { generatedMap } from './generate.ts';

export interface GeneratedPage {
  web: WebMode;
  page: Page;
}

/** Close with `web.close()`. */
export async function openGeneratedMap(size: number): Promise<GeneratedPage> {
  buildRendererOnce();
  const web = await startWebMode();
  try {
    const page = await web.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(120_000);
    await page.goto(web.url);
    await page.locator('[data-node-id]').first().waitFor();
    const text = stringifyMap(generatedMap(size));
    await page.evaluate((yaml) => {
      const data = new DataTransfer();
      data.items.add(new File([yaml], 'generated.yaml', { type: 'application/yaml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, text);
    await page.locator(`[data-node-id="n${size - 1}"]`).waitFor();
    return { web, page };
  } catch (e) {
    await web.close();
    throw e;
  }
}
