// Where a drop's figure goes, from a Chrome trace of several drops after one open (the first is the
// first after opening): per drop, pointerup → the end of the drop's task, the CPU of that task
// (trace thread time, which a loaded machine does not inflate), and of the frame that follows it.
// `npx tsx test/bench/drop-parts.ts [size] [rounds] [--build]`
import { writeFileSync } from 'node:fs';
import { openGeneratedMap } from './generated-page.ts';
import { buildRenderer } from './trace-read.ts';
import type { TraceEvent } from './trace-read.ts';

const WATCH = `(() => {
  const inspector = document.querySelector('.inspector');
  const field = () => inspector.querySelector('input[aria-label="Evolution"]');
  const before = field().value;
  window.dropped_ = new Promise((resolve) => {
    window.addEventListener('pointerup', () => {
      const t0 = performance.now();
      const check = () => {
        const now = field();
        if (now && now.value !== before) setTimeout(() => resolve(performance.now() - t0), 0);
        else requestAnimationFrame(check);
      };
      check();
    }, { capture: true, once: true });
  });
})()`;

const size = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 1);
if (process.argv.includes('--build')) buildRenderer(true);

function parts(events: TraceEvent[]): string[] {
  const ups = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerup');
  const main = ups[0];
  if (!main) return ['no pointerup in the trace'];
  const tasks = events
    .filter(
      (e) => e.pid === main.pid && e.tid === main.tid && e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X',
    )
    .sort((a, b) => a.ts - b.ts);
  const paints = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'Paint');
  return ups.map((up) => {
    const task = tasks.find((t) => t.ts <= up.ts && t.ts + (t.dur ?? 0) >= up.ts);
    if (!task) return 'no task';
    const end = task.ts + (task.dur ?? 0);
    const paint = paints.find((p) => p.ts >= end);
    const frame = paint && tasks.find((t) => t.ts <= paint.ts && t.ts + (t.dur ?? 0) >= paint.ts);
    const ms = (us: number) => (us / 1000).toFixed(1).padStart(5);
    const inTask = (t: TraceEvent | undefined, re: RegExp) =>
      t
        ? events
            .filter(
              (e) =>
                e.tid === main.tid && e.ph === 'X' && re.test(e.name) && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0),
            )
            .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0)
        : 0;
    const compile = `compile ${ms(inTask(task, /^V8\.Compile|^v8\.compile$/))}/${ms(inTask(frame, /^V8\.Compile|^v8\.compile$/))}`;
    const f = frame ? `frame start +${ms(frame.ts - up.ts)} wall ${ms(frame.dur ?? 0)} cpu ${ms(frame.tdur ?? 0)}` : '';
    return `${compile} task wall ${ms(end - up.ts)} cpu ${ms(task.tdur ?? 0)}  ${f}  frame end +${frame ? ms(frame.ts + (frame.dur ?? 0) - up.ts) : ''}`;
  });
}

for (let r = 0; r < rounds; r++) {
  const { web, page } = await openGeneratedMap(size);
  try {
    const id = `n${Math.floor(size / 2)}`;
    const centre = async () => {
      const box = await page.locator(`.canvas [data-node-id="${id}"] .body`).boundingBox();
      if (!box) throw new Error('no node');
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    let at = await centre();
    await page.mouse.click(at.x, at.y);
    await page.locator('.inspector input[aria-label="Evolution"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    await web.browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'toplevel',
        'disabled-by-default-devtools.timeline',
        'v8',
        'disabled-by-default-v8.compile',
      ],
    });
    const figures: number[] = [];
    for (let k = 0; k < 7; k++) {
      if (k > 0) at = await centre();
      const dx = k % 2 === 0 ? 120 : -120;
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      await page.mouse.move(at.x + 2, at.y + 1);
      await page.evaluate(WATCH);
      for (let i = 1; i <= 30; i++) await page.mouse.move(at.x + (i * dx) / 30, at.y + i);
      await page.mouse.up();
      figures.push((await page.evaluate('window.dropped_')) as number);
      await page.waitForTimeout(1000);
    }
    const trace = JSON.parse((await web.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const lines = parts(trace.traceEvents);
    if (process.env.DUMP_TRACE) writeFileSync(process.env.DUMP_TRACE, JSON.stringify(trace));
    lines.forEach((line, k) => console.log(`${r} ${k} figure ${figures[k]?.toFixed(1).padStart(5)}  ${line}`));
  } finally {
    await web.close();
  }
}
