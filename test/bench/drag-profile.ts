// Where the long tasks of a drag come from, in Chromium: the seven drags of browser-figures.ts
// (drag-driver.ts) on a generated map, under one performance trace, read back as every main-thread
// task over a threshold from the first press until the page has settled after the last drop, each
// placed after the press or the release of its drag and broken into its parts (script, style,
// layout, paint...). With --profile, a CPU profile of the same window summed by function over those
// tasks. A tool for finding what to change, not a figure.
// `npx tsx test/bench/drag-profile.ts [size] [--over ms] [--build] [--profile]` (--build: an
// unminified production build first, so the profile names functions).
import { centreOf, clearOffset, labelsShown, pressPointOf, seriesDrag } from './drag-driver.ts';
import { openGeneratedMap } from './generated-page.ts';
import { buildRenderer, mainThread, profileSummary } from './trace-read.ts';
import type { CpuProfile, TraceEvent } from './trace-read.ts';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'toplevel',
  'v8.execute',
];

const PARTS = new Set([
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'RunMicrotasks',
  'MajorGC',
  'MinorGC',
  'HitTest',
  'ParseHTML',
]);

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const size = Number(process.argv[2] ?? 2000) || 2000;
const over = arg('--over', 30) * 1000;

const MARK_UP = `window.addEventListener('pointerup', () => performance.mark('drag-up'), { capture: true, once: true })`;

const SETTLED = `new Promise((done) => {
  const t0 = performance.now();
  let last = t0;
  const o = new PerformanceObserver((l) => { for (const e of l.getEntries()) last = Math.max(last, e.startTime + e.duration); });
  o.observe({ type: 'longtask' });
  const check = () => {
    const now = performance.now();
    if ((now - t0 >= 1000 && now - last >= 1000) || now - t0 > 10000) { o.disconnect(); done(); }
    else setTimeout(check, 100);
  };
  check();
})`;

const ms = (us: number | undefined) => ((us ?? 0) / 1000).toFixed(1);

/** The parts of `task` over a millisecond, wall and CPU. */
function partsOf(task: TraceEvent, onMain: readonly TraceEvent[]): string[] {
  const end = task.ts + (task.dur ?? 0);
  const inside = onMain.filter(
    (e) => e !== task && e.ts >= task.ts && e.ts <= end && PARTS.has(e.name) && e.ph === 'X' && (e.dur ?? 0) >= 1000,
  );
  return inside.map((e) => {
    const what = String(e.args?.data?.type ?? e.args?.data?.functionName ?? '');
    return `   ${e.name} ${what} +${ms(e.ts - task.ts)} ${ms(e.dur)} ms (cpu ${ms(e.tdur)})`;
  });
}

function describe(events: TraceEvent[]): string[] {
  const main = mainThread(events);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const marks = onMain.filter((e) => e.name === 'drag-press' || e.name === 'drag-up').sort((a, b) => a.ts - b.ts);
  const lines: string[] = [];
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && (e.dur ?? 0) > over);
  for (const task of tasks) {
    const mark = marks.filter((m) => m.ts <= task.ts).pop();
    const drag = marks.filter((m) => m.name === 'drag-press' && m.ts <= task.ts).length;
    const since = mark ? `${mark.name === 'drag-press' ? 'press' : 'up'} + ${ms(task.ts - mark.ts)} ms` : 'before';
    lines.push(`drag ${drag}, ${since}: task ${ms(task.dur)} ms (cpu ${ms(task.tdur)})`, ...partsOf(task, onMain));
  }
  return lines;
}

/** Per drag (press → settled), the longest task's wall time and the most CPU a task took. */
function perDrag(events: TraceEvent[]): string {
  const main = mainThread(events);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const presses = onMain.filter((e) => e.name === 'drag-press').map((e) => e.ts);
  presses.sort((a, b) => a - b);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X');
  const rows = presses.map((from, i) => {
    const mine = tasks.filter((t) => t.ts >= from && t.ts < (presses[i + 1] ?? Infinity));
    const wall = Math.max(0, ...mine.map((t) => t.dur ?? 0));
    const cpu = Math.max(0, ...mine.map((t) => t.tdur ?? 0));
    return `${ms(wall)}/${ms(cpu)}`;
  });
  return `per drag, longest task wall/most CPU in a task (ms): ${rows.join('  ')}`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--build')) buildRenderer(false);
  const { web, page } = await openGeneratedMap(size);
  try {
    const id = `n${Math.floor(size / 2)}`;
    await labelsShown(page, size);
    const home = await centreOf(page, id);
    const offset = await clearOffset(page, home);
    const press = await pressPointOf(page, id);
    await page.mouse.click(press.x, press.y);
    await page.locator('.inspector input[aria-label="Evolution"]').waitFor({ timeout: 60_000 });
    await page.evaluate(SETTLED);
    const sampled = process.argv.includes('--profile');
    const cdp = await page.context().newCDPSession(page);
    if (sampled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await web.browser.startTracing(page, { categories: CATEGORIES });
    for (let k = 0; k < 7; k++) {
      await seriesDrag(page, id, k, home, offset, () => page.evaluate(`performance.mark('drag-press'); ${MARK_UP}`));
      await page.evaluate(SETTLED);
    }
    const profile = sampled ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : null;
    const trace = JSON.parse((await web.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    console.log(`${size} nodes, ${id} dragged by (${offset.x}, ${offset.y}) and back; tasks over ${over / 1000} ms:`);
    const lines = describe(trace.traceEvents);
    console.log(lines.join('\n'));
    console.log(perDrag(trace.traceEvents));
    if (!profile) return;
    const main = mainThread(trace.traceEvents);
    const windows = trace.traceEvents
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'ThreadControllerImpl::RunTask')
      .filter((e) => e.ph === 'X' && (e.dur ?? 0) > over)
      .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const);
    console.log('== profile over those tasks');
    console.log(profileSummary(profile, (t) => windows.some(([a, b]) => t >= a && t <= b), 40).join('\n'));
  } finally {
    await web.close();
  }
}

await main();
