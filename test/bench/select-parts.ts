// What selecting a node costs on a large map, in Chromium: a generated map of N nodes is opened,
// one node selected (untraced), then several other components one after another, traced. Per
// selection: pointerdown → the end of the first frame showing the node's name in the inspector
// (wall, performance.now in the page), and the main thread's CPU in that window (trace thread
// time, which a loaded machine does not inflate), with the longest task's CPU. Prints figures,
// asserts nothing. `npx tsx test/bench/select-parts.ts [size] [selections] [--build] [--profile]`
// (--profile: a CPU profile of the last selection, summed by function; build unminified to read it).
import { stringifyMap } from '../../core/format/stringify.ts';
import { startWebMode } from '../e2e/web-mode.ts';
import { generatedMap } from './generate.ts';
import { buildRenderer, profileSummary } from './trace-read.ts';
import type { CpuProfile, TraceEvent } from './trace-read.ts';

// Resolves with ms from pointerdown to the end of the first frame whose inspector shows `name`.
const WATCH = `((name) => {
  const inspector = document.querySelector('.inspector');
  window.selected_ = new Promise((resolve) => {
    window.addEventListener('pointerdown', () => {
      performance.mark('select-down');
      const t0 = performance.now();
      const check = () => {
        const field = inspector.querySelector('input[aria-label="Name"]');
        if (field && field.value === name) setTimeout(() => { performance.mark('select-end'); resolve(performance.now() - t0); }, 0);
        else requestAnimationFrame(check);
      };
      check();
    }, { capture: true, once: true });
  });
})`;

const size = Number(process.argv[2] ?? 2000);
const selections = Number(process.argv[3] ?? 5);
if (process.argv.includes('--build')) buildRenderer(true);

const map = generatedMap(size);
const components = Object.keys(map.nodes).filter((id) => map.nodes[id]?.kind === 'component');
// Components near the middle of the list, several apart: on screen, and each a fresh selection.
const picked = Array.from({ length: selections + 1 }, (_, k) => components[Math.floor(components.length / 2) + k * 7]);

const web = await startWebMode();
try {
  const page = await web.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(web.url);
  await page.locator('[data-node-id]').first().waitFor();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'generated.yaml', { type: 'application/yaml' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, stringifyMap(map));
  await page.locator(`[data-node-id="n${size - 1}"]`).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(3000);
  const select = async (id: string, traced: boolean) => {
    const box = await page.locator(`.canvas [data-node-id="${id}"] .body`).boundingBox();
    if (!box) throw new Error(`node ${id} is not on screen`);
    await page.evaluate(`${WATCH}(${JSON.stringify(map.nodes[id]?.name)})`);
    if (traced)
      await web.browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const ms = (await page.evaluate('window.selected_')) as number;
    const trace = traced
      ? (JSON.parse((await web.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
      : null;
    return { ms, trace };
  };
  await select(picked[0] as string, false);
  await page.waitForTimeout(1000);
  const profiled = process.argv.includes('--profile');
  for (const id of picked.slice(1)) {
    const last = id === picked[picked.length - 1];
    const cdp = profiled && last ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const { ms, trace } = await select(id as string, !cdp);
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      console.log(
        `select ${id}: ${ms.toFixed(1)} ms (profiled)\n${profileSummary(profile, () => true, 30).join('\n')}`,
      );
      continue;
    }
    const events = trace?.traceEvents ?? [];
    const down = events.find((e) => e.name === 'select-down');
    const end = events.find((e) => e.name === 'select-end');
    const up = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown');
    const tasks = events.filter(
      (e) =>
        up !== undefined &&
        down !== undefined &&
        end !== undefined &&
        e.pid === up.pid &&
        e.tid === up.tid &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ph === 'X' &&
        e.ts + (e.dur ?? 0) >= down.ts &&
        e.ts <= end.ts,
    );
    const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
    const longest = Math.max(0, ...tasks.map((t) => t.tdur ?? 0)) / 1000;
    const parts = ['ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'HitTest'].map((part) => {
      const inWindow = events.filter(
        (e) =>
          e.name === part &&
          e.ph === 'X' &&
          up !== undefined &&
          e.tid === up.tid &&
          down !== undefined &&
          end !== undefined &&
          e.ts >= down.ts &&
          e.ts <= end.ts,
      );
      return `${part} ${(inWindow.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000).toFixed(1)}`;
    });
    console.log(
      `select ${id}: ${ms.toFixed(1)} ms  cpu ${cpu.toFixed(1)} ms  longest task cpu ${longest.toFixed(1)} ms  (${parts.join(', ')})`,
    );
    await page.waitForTimeout(1000);
  }
} finally {
  await web.close();
}
