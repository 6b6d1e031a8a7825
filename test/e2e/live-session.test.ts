// A live workshop end to end: `mapwright serve`, a host page and participants in separate browser
// contexts editing at once, then everyone's canvas and the file on disk compared.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { drawnMap, joinAs, mapOnDisk, quick, renameOnCanvas, startServe, until, type LiveServe } from './live-mode.ts';
import { SCREENSHOTS } from './web-mode.ts';

let live: LiveServe | null = null;
afterEach(async () => {
  await live?.close();
  live = null;
});

const round = (x: number) => Math.round(x * 1000) / 1000;
const place = (i: number, k: number) => ({ evolution: round(0.04 + 0.035 * k), visibility: round(0.04 + 0.05 * i) });

/** 100 edits by participant i: adds, moves, links, the shared node moved and evolved, renames. */
function script(i: number): { lines: string[]; renames: [string, string][] } {
  const lines: string[] = [];
  for (let k = 0; k < 25; k++) {
    const at = place(i, k);
    lines.push(`component P${i} item ${k} [${at.visibility}, ${at.evolution}]`);
  }
  for (let k = 0; k < 25; k++) {
    const at = place(i, k);
    lines.push(`component P${i} item ${k} [${round(at.visibility + 0.02)}, ${at.evolution}]`);
    if (k < 20) lines.push(`P${i} item ${k}->P${i} item ${k + 1}`);
    if (k < 10) lines.push(`component Journal system [0.5, ${round(0.5 + 0.01 * i + 0.001 * k)}]`);
    if (k < 10) lines.push(`evolve Journal system ${round(0.7 + 0.01 * i + 0.001 * k)}`);
  }
  const renames: [string, string][] = Array.from({ length: 10 }, (_, k) => [`p${i}-item-${k}`, `P${i} renamed ${k}`]);
  return { lines, renames };
}

describe('live workshop', () => {
  it('a host and three participants making 100 edits each at once end with the same map, all in the file', async () => {
    live = await startServe();
    const session = live;
    const host = await joinAs(session, 'Host');
    const people = await Promise.all([1, 2, 3].map((i) => joinAs(session, `P${i}`)));
    let lastEdit = 0;
    await Promise.all(
      people.map(async ({ page }, n) => {
        const { lines, renames } = script(n + 1);
        const started = Date.now();
        await quick(page, lines);
        for (const [id, name] of renames) await renameOnCanvas(page, id, name);
        lastEdit = Math.max(lastEdit, Date.now());
        console.log(`live e2e: participant ${n + 1} made its 100 edits in ${Date.now() - started} ms`);
      }),
    );
    const pages = [host.page, ...people.map((p) => p.page)];
    let drawn = '';
    console.log('live e2e: all edits made; waiting for the pages to agree');
    await until(async () => {
      const maps = await Promise.all(pages.map(drawnMap));
      drawn = maps[0] as string;
      return maps.every((m) => m === drawn);
    });
    const converged = Date.now() - lastEdit;
    console.log(`live e2e: 4 pages showed the same map ${converged} ms after the last of 300 edits`);
    await host.page.screenshot({ path: `${SCREENSHOTS}/live-workshop-host.png` });
    const shown = JSON.parse(drawn) as { nodes: string[]; links: string[] };
    await until(() => {
      const map = mapOnDisk(session.mapPath);
      if (!map) return false;
      const links = Object.entries(map.nodes).flatMap(([id, n]) => (n?.uses ?? []).map((u) => `${id}->${u}`));
      return links.sort().join() === shown.links.join() && Object.keys(map.nodes).length === shown.nodes.length;
    });
    const map = mapOnDisk(session.mapPath)!;
    for (const i of [1, 2, 3]) {
      for (let k = 0; k < 25; k++) {
        const node = map.nodes[`p${i}-item-${k}`];
        const at = place(i, k);
        expect(node, `p${i}-item-${k}`).toMatchObject({
          name: k < 10 ? `P${i} renamed ${k}` : `P${i} item ${k}`,
          evolution: at.evolution,
          visibility: round(at.visibility + 0.02),
        });
        if (k < 20) expect(node?.uses).toEqual([`p${i}-item-${k + 1}`]);
      }
    }
    expect(shown.nodes.filter((n) => n.startsWith('journal '))).toHaveLength(1);
    const journal = map.nodes.journal!;
    expect([0.719, 0.729, 0.739]).toContain(journal.evolve);
    expect(readFileSync(session.mapPath, 'utf8')).toContain('# the end');
  }, 900_000);

  it('a participant killed mid-drag changes nothing and leaves; the others go on', async () => {
    live = await startServe();
    const ann = await joinAs(live, 'Ann');
    const bob = await joinAs(live, 'Bob');
    await until(async () => (await ann.page.getByTestId('live-bar').textContent())?.includes('2 here') ?? false);
    const box = (await bob.page.locator('[data-node-id="journal"]').boundingBox())!;
    await bob.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await bob.page.mouse.down();
    await bob.page.mouse.move(box.x + 200, box.y + 100, { steps: 5 });
    await bob.context.close();
    await until(async () => (await ann.page.getByTestId('live-bar').textContent())?.includes('1 here') ?? false);
    await quick(ann.page, ['component Queue [0.3, 0.7]']);
    await until(() => mapOnDisk(live!.mapPath)?.nodes.queue !== undefined);
    expect(mapOnDisk(live.mapPath)?.nodes.journal?.evolution).toBe(0.55);
  }, 120_000);

  it('a participant offline for 10 s keeps editing; everything merges when it is back', async () => {
    live = await startServe();
    const ann = await joinAs(live, 'Ann');
    const bob = await joinAs(live, 'Bob');
    // Chromium's offline emulation leaves open WebSockets alone: drop the connection as a network
    // loss does, and keep the browser offline so reconnecting fails until it is back.
    await bob.context.setOffline(true);
    await bob.page.getByRole('button', { name: 'Work offline' }).click();
    await bob.page.locator('[data-testid="live-bar"][data-status="offline"]').waitFor();
    const offlineSince = Date.now();
    for (let k = 0; k < 5; k++) {
      await quick(bob.page, [`component Offline ${k} [0.1, ${0.1 + k / 10}]`, `Offline ${k}->Database`]);
      await quick(ann.page, [`component Online ${k} [0.15, ${0.1 + k / 10}]`]);
      await bob.page.waitForTimeout(2000);
    }
    expect(Date.now() - offlineSince).toBeGreaterThanOrEqual(10_000);
    await bob.context.setOffline(false);
    await bob.page.getByRole('button', { name: 'Reconnect' }).click();
    await until(async () => (await drawnMap(ann.page)) === (await drawnMap(bob.page)));
    await until(() => {
      const map = mapOnDisk(live!.mapPath);
      return [0, 1, 2, 3, 4].every(
        (k) => map?.nodes[`offline-${k}`]?.uses?.[0] === 'database' && map.nodes[`online-${k}`],
      );
    });
  }, 120_000);

  it('refuses a wrong or missing token', async () => {
    live = await startServe();
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const wrong = live.joinUrl.replace(/\/s\/[^/]+\//, '/s/AAAAAAAAAAAAAAAAAAAAAAAA/');
    expect((await page.goto(wrong))?.status()).toBe(403);
    expect((await page.goto(live.joinUrl.replace(/\/s\/.*$/, '/')))?.status()).toBe(401);
    const closed = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url);
          ws.onopen = () => resolve('open');
          ws.onclose = () => resolve('closed');
        }),
      `${wrong.replace(/^http/, 'ws')}live/ws`,
    );
    expect(closed).toBe('closed');
  }, 120_000);

  it("a read-only participant's edit never reaches the others or the file", async () => {
    live = await startServe();
    const editor = await joinAs(live, 'Ann');
    const viewer = await joinAs(live, 'Val', live.viewUrl);
    await expect(viewer.page.getByTestId('live-bar')).toBeDefined();
    expect(await viewer.page.getByTestId('live-bar').textContent()).toContain('view only');
    await quick(viewer.page, ['component Sneaky [0.5, 0.5]']);
    await quick(editor.page, ['component Marker [0.4, 0.4]']);
    await until(() => mapOnDisk(live!.mapPath)?.nodes.marker !== undefined);
    await until(async () => (await drawnMap(viewer.page)) === (await drawnMap(editor.page)));
    expect(mapOnDisk(live.mapPath)?.nodes.sneaky).toBeUndefined();
    expect(await viewer.page.locator('[data-node-id="sneaky"]').count()).toBe(0);
  }, 120_000);

  it('a change to the file on disk reaches everyone and is kept; undo takes back only my own edit', async () => {
    live = await startServe();
    const ann = await joinAs(live, 'Ann');
    const bob = await joinAs(live, 'Bob');
    const text = readFileSync(live.mapPath, 'utf8');
    writeFileSync(
      live.mapPath,
      text.replace('name: Database', 'name: Managed database').replace('# the end', '# pulled\n# the end'),
    );
    await until(
      async () =>
        (await ann.page.locator('[data-node-id="database"] .node-label').textContent()) === 'Managed database',
    );
    await quick(bob.page, ['component Journal system [0.5, 0.66]']);
    await quick(ann.page, ['component Booking service [0.6, 0.33]']);
    await until(() => mapOnDisk(live!.mapPath)?.nodes.journal?.evolution === 0.66);
    await ann.page.getByLabel('Quick entry').press('Escape');
    await ann.page.keyboard.press('Control+z');
    await until(() => {
      const map = mapOnDisk(live!.mapPath);
      return map?.nodes.booking?.evolution === 0.3 && map.nodes.journal?.evolution === 0.66;
    });
    const after = readFileSync(live.mapPath, 'utf8');
    expect(after).toContain('name: Managed database');
    expect(after).toContain('# pulled');
  }, 120_000);
});
