// What a user waits for in Chromium (`npm run web`, Debian's Chromium through playwright-core), on
// generated maps of N nodes, measured inside the page with performance.now():
// - open_to_paint_N: a map file dropped on the window → its last node in the DOM and a frame painted;
// - drop_to_inspector_N: a node dragged and released (pointerup) → the end of the first frame that
//   paints the inspector's new evolution (not the frame after it), for the first drop after opening;
//   drop_to_inspector_median_N / _max_N: the same for the next drops of that node, there and back.
//   One drop is one sample of where the next frame falls after the release (up to a frame, 16.7 ms,
//   of the figure), so "reliably" is read from several;
// - long_tasks_drag_N / longest_task_drag_N: tasks over 50 ms (PerformanceObserver 'longtask')
//   from the press that starts the first drag until the page has settled after its drop (a second
//   without a long task, from one second after the drop on), and the longest one;
//   long_tasks_drag_all_N / longest_task_drag_all_N: the same over all seven drags. The drags take
//   the middle node to and fro between its place and a clear spot near it, and each checks that it
//   drags that node (drag-driver.ts).
// BENCH_EACH=1 also prints each drop's figure (stderr), first to last.
// Wall time on a shared machine: compare runs taken under the same load. The renderer is built
// for production first, as users get it: a build started from vitest inherits NODE_ENV=test and
// ships React's development build, several times slower.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { stringifyMap } from '../../core/format/stringify.ts';
import { SCREENSHOTS, startWebMode } from '../e2e/web-mode.ts';
import { centreOf, clearOffset, labelsShown, pressPointOf, seriesDrag, type Point } from './drag-driver.ts';
import { generatedMap } from './generate.ts';

// Strings, not functions: tsx would wrap named functions in a helper the page does not have.
const OPEN = `(async ({ yaml, last }) => {
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const t0 = performance.now();
  const data = new DataTransfer();
  data.items.add(new File([yaml], 'generated.yaml', { type: 'application/yaml' }));
  window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  while (!document.querySelector('[data-node-id="' + last + '"]')) await new Promise((r) => requestAnimationFrame(r));
  await painted();
  return performance.now() - t0;
})`;

// The inspector is found once, before the drag: a document-wide query per frame would walk the
// canvas's ~15,000 SVG elements at 2,000 nodes inside the measured time.
const WATCH_DROP = `(() => {
  const inspector = document.querySelector('.inspector');
  const field = () => inspector.querySelector('input[aria-label="Evolution"]');
  const input = field();
  const before = input ? input.value : '';
  const w = window;
  w.longTasks_ = [];
  w.longEnd_ = 0;
  // One observer at a time: an earlier drag's would count each task again.
  w.longObserver_?.disconnect();
  w.longObserver_ = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.longTasks_.push(e.duration);
      w.longEnd_ = Math.max(w.longEnd_, e.startTime + e.duration);
    }
  });
  w.longObserver_.observe({ type: 'longtask' });
  w.dropped_ = new Promise((resolve) => {
    window.addEventListener('pointerup', () => {
      const t0 = performance.now();
      const check = () => {
        const now = field();
        // Seen in a frame's animation callbacks: that frame paints it, and a task queued here runs
        // once the frame is done, so the figure ends with the first frame showing the value.
        if (now && now.value !== before) setTimeout(() => resolve(performance.now() - t0), 0);
        else requestAnimationFrame(check);
      };
      check();
    }, { capture: true, once: true });
  });
})()`;

// Settled: a second has passed since the drop and since the last long task (at most ten seconds).
const SETTLED = `new Promise((done) => {
  const t0 = performance.now();
  const check = () => {
    const now = performance.now();
    if ((now - t0 >= 1000 && now - window.longEnd_ >= 1000) || now - t0 > 10000) done();
    else setTimeout(check, 100);
  };
  check();
})`;

async function openMs(page: Page, size: number): Promise<number> {
  const yaml = stringifyMap(generatedMap(size));
  return page.evaluate(`${OPEN}(${JSON.stringify({ yaml, last: `n${size - 1}` })})`) as Promise<number>;
}

/**
 * One drag of a series (drag-driver.ts), its release measured to the inspector's new value and its
 * long tasks counted from the press until the page has settled after the drop.
 */
async function measuredDrop(
  page: Page,
  id: string,
  k: number,
  home: Point,
  offset: Point,
): Promise<{ dropMs: number; longTasks: number[] }> {
  await seriesDrag(page, id, k, home, offset, () => page.evaluate(WATCH_DROP));
  // A guard, not a measure: a drop that changed nothing (the node at the map's edge) never resolves.
  const dropMs = (await page.evaluate(
    'Promise.race([window.dropped_, new Promise((_, no) => setTimeout(() => no(new Error("the drop changed no value")), 30000))])',
  )) as number;
  await page.evaluate(SETTLED);
  const longTasks = (await page.evaluate('window.longTasks_')) as number[];
  return { dropMs, longTasks };
}

/** Drops after the first, in the same page: the figure varies with where a frame falls after the release. */
const MORE_DROPS = 6;

interface DragFigures {
  dropMs: number;
  longTasks: number[];
  more: number[];
  /** The long tasks of every drag, the first included. */
  allLongTasks: number[];
}

async function dragFigures(page: Page, size: number): Promise<DragFigures> {
  const id = `n${Math.floor(size / 2)}`;
  await labelsShown(page, size);
  const home = await centreOf(page, id);
  const offset = await clearOffset(page, home);
  // A click selects the node and the inspector shows it; the drag is measured from here.
  const press = await pressPointOf(page, id);
  await page.mouse.click(press.x, press.y);
  try {
    await page.locator('.inspector input[aria-label="Evolution"]').waitFor({ timeout: 60_000 });
  } catch (e) {
    await page.screenshot({ path: `${SCREENSHOTS}/bench-no-inspector-${size}.png` });
    throw e;
  }
  await page.waitForTimeout(500);
  const first = await measuredDrop(page, id, 0, home, offset);
  if (process.env.BENCH_EACH) console.error(`drop ${size} 0 ${first.dropMs.toFixed(1)}`);
  const more: number[] = [];
  const allLongTasks = [...first.longTasks];
  for (let k = 1; k <= MORE_DROPS; k++) {
    const next = await measuredDrop(page, id, k, home, offset);
    more.push(next.dropMs);
    if (process.env.BENCH_EACH) console.error(`drop ${size} ${k} ${next.dropMs.toFixed(1)}`);
    allLongTasks.push(...next.longTasks);
  }
  return { ...first, more, allLongTasks };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function buildForProduction(): void {
  const vite = join('node_modules', 'vite', 'bin', 'vite.js');
  const env = { ...process.env, NODE_ENV: 'production' };
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error('bench: the renderer build failed');
}

export async function browserFigures(sizes: readonly number[]): Promise<Record<string, number>> {
  buildForProduction();
  const out: Record<string, number> = {};
  for (const size of sizes) {
    // A server of its own per map: an earlier page's unsaved work would greet this one with a
    // "Restore unsaved work?" dialog over the canvas.
    const web = await startWebMode();
    try {
      const page = await web.browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(web.url);
      await page.locator('[data-node-id]').first().waitFor();
      out[`open_to_paint_${size}`] = await openMs(page, size);
      const { dropMs, longTasks, more, allLongTasks } = await dragFigures(page, size);
      out[`drop_to_inspector_${size}`] = dropMs;
      out[`drop_to_inspector_median_${size}`] = median(more);
      out[`drop_to_inspector_max_${size}`] = Math.max(...more);
      out[`long_tasks_drag_${size}`] = longTasks.length;
      out[`longest_task_drag_${size}`] = Math.max(0, ...longTasks);
      out[`long_tasks_drag_all_${size}`] = allLongTasks.length;
      out[`longest_task_drag_all_${size}`] = Math.max(0, ...allLongTasks);
    } finally {
      await web.close();
    }
  }
  return out;
}

// Run directly: `npx tsx test/bench/browser-figures.ts [sizes…]`.
if (process.argv[1]?.endsWith('browser-figures.ts')) {
  const sizes = process.argv.slice(2).map(Number);
  console.log(await browserFigures(sizes.length > 0 ? sizes : [200, 2000]));
}
