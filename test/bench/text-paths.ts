// The text paths of a generated 2,000-node map in Chromium against `npm run web`, one trace each:
// - open: the map dropped onto the window as a file, until drawn and 2 s after (the idle build of
//   its yaml Document included);
// - quick: a quick-entry statement entered as soon as the dropped map is drawn, until its node is on
//   the canvas and 2 s after;
// - paste: 400 new nodes pasted at the end of the source pane's text, until the canvas shows them;
// - undo / redo of that paste from the pane (Ctrl+Z, Ctrl+Y);
// - replace: the pane's whole text replaced by a paste of another 2,000-node map.
// Each case reports the tasks over 50 ms of wall time (with their main-thread CPU) and the five
// longest main-thread tasks by CPU, read from a Chrome trace (source-typing.ts explains why CPU).
// Prints figures, asserts nothing. Run: `npx tsx test/bench/text-paths.ts`.
import type { Page } from 'playwright-core';
import { stringifyMap } from '../../core/format/stringify.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { SCREENSHOTS, startWebMode, type WebMode } from '../e2e/web-mode.ts';
import buildRendererOnce from '../support/build-renderer.ts';
import { generatedMap } from './generate.ts';
import { mainThreadTasks, traced } from './source-typing.ts';

export interface PathFigures {
  /** Main-thread CPU (ms) of each task over 50 ms of wall time. */
  longTasksCpu: number[];
  /** Wall time (ms) of the same tasks. */
  longTasksWall: number[];
  /** The five longest main-thread tasks by CPU (ms). */
  longestCpu: number[];
}

const SIZE = 2000;
const PASTED = 400;

function figures(trace: Buffer): PathFigures {
  const tasks = mainThreadTasks(trace);
  const long = tasks.filter((t) => t.wall > 50);
  return {
    longTasksCpu: long.map((t) => t.cpu),
    longTasksWall: long.map((t) => Math.round(t.wall)),
    longestCpu: tasks
      .map((t) => t.cpu)
      .sort((a, b) => b - a)
      .slice(0, 5),
  };
}

/** Drops `text` onto the window as a file, as the browser host's drag-and-drop open reads it. */
async function dropFile(page: Page, text: string): Promise<void> {
  await page.evaluate((yaml) => {
    const data = new DataTransfer();
    data.items.add(new File([yaml], 'generated.yaml', { type: 'application/yaml' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, text);
}

/**
 * Pastes `text` where the source pane's cursor is, as the browser hands a paste from the clipboard
 * to the editor (a paste event). Typing it with insertText would go through the editable DOM line
 * by line, which is not what a paste costs.
 */
async function pasted(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector('.cm-content')?.dispatchEvent(event);
  }, text);
}

/** Waits with one querySelector per poll (a locator runs Playwright's engine over ~30,000 elements). */
async function shown(page: Page, selector: string, text?: string): Promise<void> {
  await page.waitForFunction(
    ([s, t]) => {
      const found = document.querySelector(s as string);
      return found !== null && (t === null || (found.textContent ?? '').includes(t as string));
    },
    [selector, text ?? null],
    { polling: 50 },
  );
}

async function freshPage(web: WebMode): Promise<Page> {
  const page = await web.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(120_000);
  await page.goto(web.url);
  await page.locator('[data-node-id]').first().waitFor();
  return page;
}

function pastedNodes(count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    const evolution = ((i * 37) % 1000) / 1000;
    const visibility = ((i * 53) % 1000) / 1000;
    text += `  p${i}:\n    kind: component\n    name: Pasted ${i}\n    evolution: ${evolution}\n    visibility: ${visibility}\n`;
  }
  return text;
}

/** Another map of the same size: every node elsewhere and renamed. */
function anotherMap(map: WardleyMap): string {
  const nodes: WardleyMap['nodes'] = {};
  for (const [id, node] of Object.entries(map.nodes)) {
    if (!node) continue;
    const evolution = Math.round((1 - node.evolution) * 1000) / 1000;
    nodes[id] = { ...node, name: `Other ${node.name}`, evolution };
  }
  return stringifyMap({ ...map, title: 'Another map', nodes });
}

export async function textPathsBench(): Promise<Record<string, PathFigures>> {
  buildRendererOnce();
  const map = generatedMap(SIZE);
  const text = stringifyMap(map);
  const web = await startWebMode();
  const out: Record<string, PathFigures> = {};
  const measure = async (name: string, page: Page, work: () => Promise<void>) => {
    try {
      out[name] = figures(await traced(web.browser, page, work));
    } catch (error) {
      await page.screenshot({ path: `${SCREENSHOTS}/text-paths-${name}.png` });
      throw error;
    }
    if (process.env.TEXT_PATHS_LOG) console.log(name, JSON.stringify(out[name]));
  };
  try {
    let page = await freshPage(web);
    await measure('open', page, async () => {
      await dropFile(page, text);
      await shown(page, `[data-node-id="n${SIZE - 1}"]`);
      await page.waitForTimeout(2000);
    });
    await page.close();
    page = await freshPage(web);
    await dropFile(page, text);
    await shown(page, `[data-node-id="n${SIZE - 1}"]`);
    await measure('quick', page, async () => {
      await page.keyboard.press('/');
      await page.keyboard.type('component Quick one', { delay: 20 });
      await page.keyboard.press('Enter');
      await shown(page, '[data-node-id="quick-one"]');
      await page.waitForTimeout(2000);
    });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(2000);
    await page.keyboard.press('y');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(1000);
    await measure('paste', page, async () => {
      await pasted(page, pastedNodes(PASTED));
      await shown(page, `[data-node-id="p${PASTED - 1}"]`);
      await page.waitForTimeout(2000);
    });
    await measure('undo', page, async () => {
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => document.querySelector('[data-node-id="p0"]') === null, null, {
        polling: 50,
      });
      await page.waitForTimeout(1000);
    });
    await measure('redo', page, async () => {
      await page.keyboard.press('Control+y');
      await shown(page, `[data-node-id="p${PASTED - 1}"]`);
      await page.waitForTimeout(1000);
    });
    await page.keyboard.press('Control+a');
    await measure('replace', page, async () => {
      await pasted(page, anotherMap(map));
      await shown(page, `[data-node-id="n${SIZE - 1}"]`, 'Other Node');
      await page.waitForTimeout(2000);
    });
    return out;
  } finally {
    await web.close();
  }
}

if (process.argv[1]?.endsWith('text-paths.ts')) {
  const result = await textPathsBench();
  for (const [name, f] of Object.entries(result)) {
    console.log(
      `${name.padEnd(8)} long tasks wall ${JSON.stringify(f.longTasksWall)} cpu ${JSON.stringify(f.longTasksCpu)}  longest cpu ${JSON.stringify(f.longestCpu)}`,
    );
  }
}
