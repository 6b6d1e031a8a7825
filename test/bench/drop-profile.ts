// What runs between a drop (pointerup) and the frame that shows it in the inspector, in Chromium:
// a performance trace of the drop on a generated map (the same drag as browser-figures.ts), read
// back as the main thread's tasks and frames from pointerup on, plus a CPU profile of the same
// window summed by function. A tool for finding what the drop's task does, not a figure.
// `npx tsx test/bench/drop-profile.ts [size] [--build] [--no-profile] [--after N]` (--build: an unminified
// production build first, so the profile names functions; the bench's own build minifies).
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openGeneratedMap } from './generated-page.ts';
import { buildRenderer, mainThread, profileSummary } from './trace-read.ts';
import type { CpuProfile, TraceEvent } from './trace-read.ts';

const WATCH = `(() => {
  const inspector = document.querySelector('.inspector');
  const field = () => inspector.querySelector('input[aria-label="Evolution"]');
  const before = field().value;
  window.dropped_ = new Promise((resolve) => {
    const seen = [];
    window.mutations_ = seen;
    const where = (n) => {
      const el = n instanceof Element ? n : n.parentElement;
      const parts = [];
      for (let e = el; e && parts.length < 4; e = e.parentElement) parts.push(e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : ''));
      return parts.reverse().join('>');
    };
    let phase = 'drag';
    new MutationObserver((records) => {
      for (const r of records) seen.push(phase + ' ' + r.type + ' ' + (r.attributeName || '') + ' ' + where(r.target));
    }).observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
    window.addEventListener('pointerup', () => {
      phase = 'drop-task';
      requestAnimationFrame(() => { phase = 'frame'; setTimeout(() => { phase = 'after'; }, 0); });
      performance.mark('drop-up');
      const t0 = performance.now();
      const check = () => {
        const now = field();
        if (now && now.value !== before) {
          performance.mark('drop-seen');
          setTimeout(() => { performance.mark('drop-end'); resolve(performance.now() - t0); }, 0);
        } else requestAnimationFrame(check);
      };
      check();
    }, { capture: true, once: true });
  });
})()`;

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'toplevel',
  'v8.execute',
].join(',');

const TOP = new Set(['ThreadControllerImpl::RunTask']);
const DETAIL = new Set([
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'RunMicrotasks',
  'V8.GC_SCAVENGER',
  'MajorGC',
  'MinorGC',
  'BeginMainThreadFrame',
  'UpdateLayer',
  'HitTest',
  'ParseHTML',
]);

function summarizeTrace(events: TraceEvent[], from: number, to: number): string[] {
  const main = mainThread(events);
  const onMain = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ts + (e.dur ?? 0) >= from && e.ts <= to,
  );
  const lines: string[] = [];
  for (const task of onMain.filter((e) => TOP.has(e.name) && e.ph === 'X' && (e.dur ?? 0) > 300)) {
    const end = task.ts + (task.dur ?? 0);
    const cpu = ((task.tdur ?? 0) / 1000).toFixed(1);
    lines.push(
      `task @${((task.ts - from) / 1000).toFixed(1)} ms  ${((task.dur ?? 0) / 1000).toFixed(1)} ms (cpu ${cpu})`,
    );
    const inside = onMain.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts <= end && DETAIL.has(e.name) && e.ph === 'X' && (e.tdur ?? 0) > 100,
    );
    for (const e of inside) {
      const what = e.args?.data?.type ?? e.args?.data?.functionName ?? '';
      const at = ((e.ts - from) / 1000).toFixed(1);
      lines.push(
        `   ${e.name} ${String(what)} @${at} ${((e.dur ?? 0) / 1000).toFixed(2)} ms (cpu ${((e.tdur ?? 0) / 1000).toFixed(2)})`,
      );
    }
  }
  const marks = onMain.filter((e) => e.cat.includes('user_timing') && e.name.startsWith('drop-'));
  for (const m of marks) lines.push(`mark ${m.name} @${((m.ts - from) / 1000).toFixed(1)}`);
  const frames = events.filter(
    (e) => (e.name === 'AnimationFrame::Presentation' || e.name === 'Commit') && e.ts >= from && e.ts <= to,
  );
  for (const f of frames) lines.push(`${f.name} @${((f.ts - from) / 1000).toFixed(1)}`);
  return lines;
}

/** --after N: N drops there and back first, untraced, so the traced one is not the first after opening. */
async function dropsBefore(page: Page, x: number, y: number): Promise<void> {
  const at = process.argv.indexOf('--after');
  const count = at >= 0 ? Number(process.argv[at + 1]) || 0 : 0;
  for (let k = 0; k < count; k++) {
    const back = k % 2 === 1;
    const from = back ? x + 120 : x;
    await page.mouse.move(from, back ? y + 30 : y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(back ? from - i * 4 : from + i * 4, back ? y + 30 - i : y + i);
    await page.mouse.up();
    await page.waitForTimeout(800);
  }
}

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 200);
  if (process.argv.includes('--build')) buildRenderer(false);
  const { web, page } = await openGeneratedMap(size);
  try {
    await page.waitForTimeout(1500);
    const box = await page.locator(`[data-node-id="n${Math.floor(size / 2)}"] .body`).boundingBox();
    if (!box) throw new Error('node not on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.click(x, y);
    await page.locator('.inspector input[aria-label="Evolution"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    await dropsBefore(page, x, y);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 2, y + 1);
    await page.evaluate(WATCH);
    for (let i = 1; i <= 30; i++) await page.mouse.move(x + i * 4, y + i);
    // --no-profile: the trace alone, whose CPU times the sampling profiler does not inflate.
    const sampled = !process.argv.includes('--no-profile');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await web.browser.startTracing(page, { categories: CATEGORIES.split(',') });
    if (sampled) await cdp.send('Profiler.start');
    await page.waitForTimeout(200);
    await page.mouse.up();
    const dropMs = (await page.evaluate('window.dropped_')) as number;
    await page.waitForTimeout(600);
    const profile = sampled ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : null;
    const trace = JSON.parse((await web.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    writeFileSync(`/tmp/drop-trace-${size}.json`, JSON.stringify(trace));
    if (profile) writeFileSync(`/tmp/drop-profile-${size}.cpuprofile`, JSON.stringify(profile));
    const events = trace.traceEvents;
    const up = events.find((e) => e.name === 'drop-up');
    const end = events.find((e) => e.name === 'drop-end');
    if (!up || !end) throw new Error('the drop marks are not in the trace');
    console.log(`drop_to_inspector_${size}: ${dropMs.toFixed(1)} ms`);
    console.log(summarizeTrace(events, up.ts, end.ts + 150_000).join('\n'));
    const mutations = (await page.evaluate('window.mutations_')) as string[];
    const counts = new Map<string, number>();
    for (const m of mutations) counts.set(m, (counts.get(m) ?? 0) + 1);
    console.log('== DOM mutations (phase, type, where: count)');
    for (const [m, n] of [...counts].filter(([m]) => !m.startsWith('drag'))) console.log(`  ${n}× ${m}`);
    if (!profile) return;
    console.log('== profile, pointerup → end');
    console.log(profileSummary(profile, (t) => t >= up.ts - 500 && t <= end.ts, 45).join('\n'));
  } finally {
    await web.close();
  }
}

await main();
