// Opening a generated 2,000-node map by drop under the desktop app's Content-Security-Policy, in
// Chromium against `npm run web` with the headers the app:// protocol sends (test/e2e/worker-watch.ts):
// - desktop: the app's own policy, which allows the map worker's script file;
// - refused: the same policy with `worker-src 'none'`, so the worker is refused and the read runs on
//   the page, as it did while the worker was an inline blob the policy refused.
// Rounds alternate the two. Each reports the main thread's tasks over 50 ms of wall time (CPU) and
// its longest task by CPU, from a Chrome trace, from the drop until the map is drawn and 2 s after.
// Prints figures, asserts nothing. Run: `npx tsx test/bench/desktop-open.ts [rounds]`.
import type { Page } from 'playwright-core';
import { stringifyMap } from '../../core/format/stringify.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/window/app-protocol.ts';
import { startWebMode, type WebMode } from '../e2e/web-mode.ts';
import { servedAsDesktop, watchWorkersOf, workerLog } from '../e2e/worker-watch.ts';
import buildRendererOnce from '../support/build-renderer.ts';
import { generatedMap } from './generate.ts';
import { mainThreadTasks, traced } from './source-typing.ts';

const SIZE = 2000;
const POLICIES = {
  desktop: CONTENT_SECURITY_POLICY,
  refused: `${CONTENT_SECURITY_POLICY}; worker-src 'none'`,
} as const;

interface OpenFigures {
  longestCpu: number;
  longTasksCpu: number[];
  /** Whether the worker answered the read with the map. */
  readInWorker: boolean;
}

async function pageUnder(web: WebMode, policy: string): Promise<Page> {
  const page = await web.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(120_000);
  await watchWorkersOf(page);
  await servedAsDesktop(page, policy);
  await page.goto(web.url);
  await page.locator('[data-node-id]').first().waitFor();
  // The start-up map's own checks settle before the drop.
  await page.waitForTimeout(3000);
  return page;
}

async function openOnce(web: WebMode, policy: string, text: string): Promise<OpenFigures> {
  const page = await pageUnder(web, policy);
  try {
    const trace = await traced(web.browser, page, async () => {
      await page.evaluate((yaml) => {
        const data = new DataTransfer();
        data.items.add(new File([yaml], 'generated.yaml', { type: 'application/yaml' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
      }, text);
      await page.waitForFunction((id) => document.querySelector(`[data-node-id="${id}"]`) !== null, `n${SIZE - 1}`, {
        polling: 50,
      });
      await page.waitForTimeout(2000);
    });
    const tasks = mainThreadTasks(trace);
    const log = await workerLog(page);
    const read = log.posted.find((p) => p.textLength === text.length && !p.check);
    return {
      longestCpu: Math.max(...tasks.map((t) => t.cpu)),
      longTasksCpu: tasks.filter((t) => t.wall > 50).map((t) => t.cpu),
      readInWorker: log.answered.some((a) => a.id === read?.id && a.nodes === SIZE),
    };
  } finally {
    await page.close();
  }
}

export async function desktopOpenBench(rounds = 3): Promise<Record<keyof typeof POLICIES, OpenFigures[]>> {
  buildRendererOnce();
  const text = stringifyMap(generatedMap(SIZE));
  const web = await startWebMode();
  const out: Record<keyof typeof POLICIES, OpenFigures[]> = { desktop: [], refused: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['desktop', 'refused'] as const) : (['refused', 'desktop'] as const);
      for (const name of order) out[name].push(await openOnce(web, POLICIES[name], text));
    }
    return out;
  } finally {
    await web.close();
  }
}

if (process.argv[1]?.endsWith('desktop-open.ts')) {
  const result = await desktopOpenBench(Number(process.argv[2] ?? 3));
  for (const [name, runs] of Object.entries(result)) {
    for (const f of runs) {
      const cpu = f.longTasksCpu.map((c) => Math.round(c));
      console.log(
        `${name.padEnd(8)} longest cpu ${Math.round(f.longestCpu)} ms  long tasks cpu ${JSON.stringify(cpu)}  read in worker ${f.readInWorker}`,
      );
    }
  }
}
