// The workshop gestures other than the drop, on a generated map of N nodes (2,000 by default) in
// Chromium against `npm run web`: hovering across the map, panning with the mouse, zooming with the
// wheel and with F (zoom to fit), moving keyboard focus between nodes with the arrow keys, and
// nudging a selected node with them. For each gesture: tasks over 50 ms (PerformanceObserver
// 'longtask') from its first event until one second after its last, and the intervals between
// frames (requestAnimationFrame) while it runs, p50 and p95. With --trace, also the main thread's
// CPU per kind of rendering work (Chromium's trace: HitTest, Paint, Layerize…) over each gesture.
// Wall time on a shared machine: compare runs taken in the same minutes.
// `npx tsx test/bench/pan-zoom.ts [size] [--trace]`; served from the current directory's build.
import type { Page } from 'playwright-core';
import type { WebMode } from '../e2e/web-mode.ts';
import { openGeneratedMap } from './generated-page.ts';

export interface GestureFigures {
  longTasks: number;
  longestTaskMs: number;
  frames: number;
  p50FrameMs: number;
  p95FrameMs: number;
  /** CPU ms per kind of rendering work over the gesture (--trace only). */
  cpu?: Record<string, number>;
}

// Strings, not functions: tsx would wrap named functions in a helper the page does not have.
const RECORD = `(() => {
  const w = window;
  w.bench_ = { long: [], frames: [], recording: true };
  w.benchObserver_?.disconnect();
  w.benchObserver_ = new PerformanceObserver((list) => w.bench_.long.push(...list.getEntries().map((e) => e.duration)));
  w.benchObserver_.observe({ type: 'longtask' });
  const tick = (t) => { if (!w.bench_.recording) return; w.bench_.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => { window.bench_.recording = false; })()`;

/** A point on the canvas where a press pans: nothing of the map's own under it. */
const EMPTY_POINT = `(() => {
  const r = document.querySelector('svg.canvas').getBoundingClientRect();
  for (let y = r.bottom - 20; y > r.top + 20; y -= 15)
    for (let x = r.left + 20; x < r.right - 20; x += 15) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.matches('svg.canvas, .axes *, .axes') && !hit.closest('.legend')) return { x, y };
    }
  return null;
})()`;

const TRACED = [
  'HitTest',
  'Paint',
  'Layerize',
  'PrePaint',
  'Layout',
  'UpdateLayoutTree',
  'FunctionCall',
  'EventDispatch',
];

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  tdur?: number;
}

async function traced(web: WebMode, page: Page, act: () => Promise<void>): Promise<Record<string, number>> {
  await web.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await act();
  const events = (JSON.parse((await web.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const main = events.find((e) => e.name === 'Paint')?.tid;
  const cpu: Record<string, number> = {};
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== main || !TRACED.includes(e.name)) continue;
    cpu[e.name] = Math.round(((cpu[e.name] ?? 0) + (e.tdur ?? 0) / 1000) * 10) / 10;
  }
  return cpu;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

async function measured(
  web: WebMode,
  page: Page,
  gesture: () => Promise<void>,
  trace: boolean,
): Promise<GestureFigures> {
  await page.waitForTimeout(800);
  const run = async () => {
    await page.evaluate(RECORD);
    await gesture();
    await page.evaluate(STOP_FRAMES);
    await page.waitForTimeout(1000);
  };
  const cpu = trace ? await traced(web, page, run) : (await run(), undefined);
  const { long, frames } = (await page.evaluate('window.bench_')) as { long: number[]; frames: number[] };
  const intervals = frames
    .slice(1)
    .map((t, i) => t - (frames[i] ?? t))
    .sort((a, b) => a - b);
  return {
    longTasks: long.length,
    longestTaskMs: Math.round(Math.max(0, ...long)),
    frames: intervals.length,
    p50FrameMs: Math.round(percentile(intervals, 0.5) * 10) / 10,
    p95FrameMs: Math.round(percentile(intervals, 0.95) * 10) / 10,
    ...(cpu ? { cpu } : {}),
  };
}

/** A pointer path of `steps` moves, one per frame as a hand gives them. */
async function movePath(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps: number) {
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (dx * i) / steps, from.y + (dy * i) / steps);
    await page.waitForTimeout(16);
  }
}

async function keys(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
  }
}

async function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.canvas [data-node-id="${id}"] .body`).boundingBox();
  if (!box) throw new Error(`node ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export type Gesture = 'hover' | 'pan' | 'wheel' | 'fit' | 'focus' | 'nudge';

export async function panZoomFigures(size: number, trace = false): Promise<Record<Gesture, GestureFigures>> {
  const { web, page } = await openGeneratedMap(size);
  try {
    // Labels join a large map over its first frames (label-reveal.ts): measure once they are all in.
    await page.waitForFunction(`document.querySelectorAll('.canvas .node-label').length >= ${size}`);
    await page.waitForTimeout(2000);
    const canvas = await page.locator('svg.canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    const empty = (await page.evaluate(EMPTY_POINT)) as { x: number; y: number } | null;
    if (!empty) throw new Error('no empty point on the canvas to pan from');
    const m = (g: () => Promise<void>) => measured(web, page, g, trace);
    const out = {} as Record<Gesture, GestureFigures>;
    out.hover = await m(() =>
      movePath(page, { x: canvas.x + 40, y: canvas.y + 40 }, canvas.width - 80, canvas.height - 80, 40),
    );
    out.pan = await m(async () => {
      await page.mouse.move(empty.x, empty.y);
      await page.mouse.down();
      await movePath(page, empty, 200, -150, 30);
      await page.mouse.up();
    });
    out.wheel = await m(async () => {
      await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
      for (let i = 0; i < 10; i++) {
        await page.mouse.wheel(0, i < 5 ? -100 : 100);
        await page.waitForTimeout(50);
      }
    });
    out.fit = await m(() => keys(page, 'f', 1));
    // Focus from the keyboard: Escape, then the map itself focused hands focus to a node.
    await page.keyboard.press('Escape');
    await page.evaluate(`document.querySelector('svg.canvas').focus()`);
    out.focus = await m(() => keys(page, 'ArrowRight', 10));
    const at = await nodeCentre(page, `n${Math.floor(size / 2)}`);
    await page.mouse.click(at.x, at.y);
    await page.locator('.inspector input[aria-label="Evolution"]').waitFor();
    out.nudge = await m(() => keys(page, 'ArrowRight', 10));
    return out;
  } finally {
    await web.close();
  }
}

// Run directly: `npx tsx test/bench/pan-zoom.ts [size] [--trace]`.
if (process.argv[1]?.endsWith('pan-zoom.ts')) {
  const size = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2000);
  const figures = await panZoomFigures(size, process.argv.includes('--trace'));
  for (const [gesture, f] of Object.entries(figures)) {
    const cpu = f.cpu
      ? `  cpu ${Object.entries(f.cpu)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`
      : '';
    console.log(
      `${gesture.padEnd(6)} long tasks ${f.longTasks} (longest ${f.longestTaskMs} ms)  frames ${f.frames} p50 ${f.p50FrameMs} p95 ${f.p95FrameMs}${cpu}`,
    );
  }
}
