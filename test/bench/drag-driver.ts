// The browser benchmarks' node drags (browser-figures.ts, drag-profile.ts): one node of a generated
// map dragged to and fro between its place and a clear spot near it, 30 pointer moves a drag. Each
// drag checks that it drags the node it means: the press lands on that node (no later node drawn
// over it there) and, before the release, the moving layer holds that node alone. A spot is clear
// when the pointer finds no node at it, so the node dropped there is the one a press there finds;
// a spot that a later node covered (the first drag used to drop n1000 under n1055 at 2,000 nodes)
// made the next drags press on, select and move another node.
import type { Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/** Which node, if any, a pointer at (x, y) on the canvas finds. */
async function nodeAt(page: Page, at: Point): Promise<string | null> {
  return page.evaluate(
    `document.elementFromPoint(${at.x}, ${at.y})?.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null`,
  ) as Promise<string | null>;
}

/**
 * The box of node `id`'s body on the canvas (not the moving layer's copy). The page's own query,
 * not a Playwright locator: the locator's selector engine walked a large map's canvas for 100-200 ms
 * of the page's main thread.
 */
async function bodyOf(page: Page, id: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = (await page.evaluate(`(() => {
    const body = document.getElementById(${JSON.stringify(`node-group:${id}`)})?.querySelector(':scope > .body');
    if (!body || !body.closest('.canvas')) return null;
    const r = body.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  })()`)) as { x: number; y: number; width: number; height: number } | null;
  if (!box) throw new Error(`node ${id} is not on screen`);
  return box;
}

/** The centre of node `id`'s body on the canvas. */
export async function centreOf(page: Page, id: string): Promise<Point> {
  const box = await bodyOf(page, id);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A point of node `id`'s body where a press finds that node and no other (another node's label
 * may cover its centre): the centre if it can.
 */
export async function pressPointOf(page: Page, id: string): Promise<Point> {
  const box = await bodyOf(page, id);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const reach = box.width / 3;
  const tries = [
    [0, 0],
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
    [1, 1],
    [-1, 1],
    [1, -1],
    [-1, -1],
  ];
  for (const [dx, dy] of tries) {
    const at = { x: centre.x + (dx ?? 0) * reach, y: centre.y + (dy ?? 0) * reach };
    if ((await nodeAt(page, at)) === id) return at;
  }
  throw new Error(`a press on node ${id} would find ${(await nodeAt(page, centre)) ?? 'no node'}`);
}

/** Waits until every node of the `size` nodes on the canvas shows its label (a large map's join after its first paint). */
export async function labelsShown(page: Page, size: number): Promise<void> {
  await page.waitForFunction(`document.querySelectorAll('.canvas .node-label').length >= ${size}`, undefined, {
    timeout: 60_000,
    polling: 250,
  });
}

// Offsets tried for the drag's other end, nearest first; each moves the node right or left, so a
// drop always changes its evolution.
const OFFSETS: readonly Point[] = [120, -120, 160, -160, 200, -200, 80, -80].flatMap((x) =>
  [30, -30, 60, -60, 0, 90, -90].map((y) => ({ x, y })),
);

/** How far from `from` the pointer finds no node within `radius` pixels (a body's reach). */
export async function clearOffset(page: Page, from: Point, radius = 14): Promise<Point> {
  for (const offset of OFFSETS) {
    const spot = { x: from.x + offset.x, y: from.y + offset.y };
    const around = [
      spot,
      ...[0, 1, 2, 3].map((k) => ({
        x: spot.x + radius * Math.cos((k * Math.PI) / 2),
        y: spot.y + radius * Math.sin((k * Math.PI) / 2),
      })),
    ];
    let clear = true;
    for (const p of around) if ((await nodeAt(page, p)) !== null) clear = false;
    if (clear) return offset;
  }
  throw new Error(`no clear spot near (${from.x}, ${from.y})`);
}

/** The node ids the moving layer draws. */
function movingIds(page: Page): Promise<string[]> {
  return page.evaluate(
    `[...document.querySelectorAll('.canvas-moving [data-node-id]')].map((e) => e.getAttribute('data-node-id'))`,
  ) as Promise<string[]>;
}

/**
 * One drag of node `id` by `by` from its press point `from` (30 pointer moves), released at the
 * end; `beforePress` runs with the pointer over the node, before the button goes down. Throws
 * unless the press finds `id` and the moving layer holds `id` alone before the release.
 */
export async function dragNode(
  page: Page,
  id: string,
  from: Point,
  by: Point,
  beforePress?: () => Promise<unknown>,
): Promise<void> {
  const found = await nodeAt(page, from);
  if (found !== id) throw new Error(`the drag of ${id} would press on ${found ?? 'no node'}`);
  await page.mouse.move(from.x, from.y);
  await beforePress?.();
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 1);
  for (let i = 1; i <= 30; i++) await page.mouse.move(from.x + (i * by.x) / 30, from.y + (i * by.y) / 30);
  const moving = await movingIds(page);
  if (moving.length !== 1 || moving[0] !== id) {
    await page.mouse.up();
    throw new Error(`the drag of ${id} moved ${moving.join(', ') || 'nothing'}`);
  }
  await page.mouse.up();
}

/** Where drag `k` (0 first) of a series takes the node: the clear spot on even ones, home on odd ones. */
export function target(k: number, home: Point, offset: Point): Point {
  return k % 2 === 0 ? { x: home.x + offset.x, y: home.y + offset.y } : home;
}

/**
 * Drag `k` of a series of node `id` (whose centre was at `home`), from where it is now, so that its
 * centre lands on the drag's target; `beforePress` as for dragNode.
 */
export async function seriesDrag(
  page: Page,
  id: string,
  k: number,
  home: Point,
  offset: Point,
  beforePress?: () => Promise<unknown>,
): Promise<void> {
  const centre = await centreOf(page, id);
  const from = await pressPointOf(page, id);
  const to = target(k, home, offset);
  await dragNode(page, id, from, { x: to.x - centre.x, y: to.y - centre.y }, beforePress);
}
