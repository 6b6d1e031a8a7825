// A 400-node paste at the end of a 2,000-node map's source pane, undone at once (Ctrl+Z in the same
// task as the paste), in Chromium against `npm run web`: the main thread's tasks from the paste
// until 2 s after, read from a Chrome trace. While the paste is still to be read in the map worker,
// undo takes the pane back to the map without reading it; before, undo read it on the page first,
// drew it, then took it away. Prints figures, asserts nothing.
// Run: `npx tsx test/bench/pending-paste.ts [rounds]`.
import type { Page } from 'playwright-core';
import { stringifyMap } from '../../core/format/stringify.ts';
import { startWebMode } from '../e2e/web-mode.ts';
import buildRendererOnce from '../support/build-renderer.ts';
import { mapsFolder } from '../support/maps-folder.ts';
import { generatedMap } from './generate.ts';
import { mainThreadTasks, traced } from './source-typing.ts';

const SIZE = 2000;
const PASTED = 400;

function pastedNodes(count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    text += `  p${i}:\n    kind: component\n    name: Pasted ${i}\n    evolution: 0.${(i % 9) + 1}\n    visibility: 0.5\n`;
  }
  return text;
}

async function pasteAndUndo(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const content = document.querySelector('.cm-content');
    content?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    const key = { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true, cancelable: true };
    content?.dispatchEvent(new KeyboardEvent('keydown', key));
  }, text);
}

const rounds = Number(process.argv[2] ?? 3);
buildRendererOnce();
const folder = mapsFolder({ 'large.yaml': stringifyMap(generatedMap(SIZE)) });
const web = await startWebMode(['--maps', folder.dir]);
try {
  for (let round = 0; round < rounds; round++) {
    const page = await web.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(120_000);
    await page.goto(web.url);
    await page.locator(`[data-node-id="n${SIZE - 1}"]`).waitFor();
    await page.keyboard.press('y');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(4000);
    const trace = await traced(web.browser, page, async () => {
      await pasteAndUndo(page, pastedNodes(PASTED));
      await page.waitForTimeout(2000);
    });
    const tasks = mainThreadTasks(trace);
    const drawn = await page.locator('[data-node-id="p0"]').count();
    const long = tasks.filter((t) => t.wall > 50).map((t) => Math.round(t.cpu));
    const longest = Math.round(Math.max(...tasks.map((t) => t.cpu)));
    console.log(
      `paste+undo longest cpu ${longest} ms  long tasks cpu ${JSON.stringify(long)}  pasted drawn after ${drawn}`,
    );
    await page.close();
  }
} finally {
  await web.close();
  folder.remove();
}
