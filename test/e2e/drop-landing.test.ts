// A drop lands in two steps: the edit first (inspector, file text), the canvas's layers in a task
// after the frame that paints it, while the moving layer keeps the nodes at their new place. Frame
// by frame, the dropped node must be drawn exactly where it was put, never missing and never at
// its old place, and once the canvas has caught up the node, its links and the saved file agree.
// The same holds when an undo comes in the drop's own task, before the canvas has drawn the drop.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { saveServed } from './save-format.ts';
import { openEditor, startWebMode, type WebMode } from './web-mode.ts';

const DROPPED = 'api-gateway';
const FILE = 'ehealth-platform.yaml';
let web: WebMode;
let page: Page;

interface Copy {
  moving: boolean;
  x: number;
  y: number;
}

// From the release on, in every frame's animation callbacks (what that frame paints): each visible
// copy of the node, in the moving layer or on the canvas, until the moving layer is empty. With
// `undo`, Ctrl+Z is pressed in the task right after the drop's own (a message posted at the
// release, before the drop's handlers run, comes before anything the drop queues), while the drop
// is still landing; `undoneAt` is the number of frames recorded before it.
const FRAMES = `(({ id, undo }) => {
  const copies = () =>
    [...document.querySelectorAll('[data-node-id="' + id + '"]')]
      .filter((el) => getComputedStyle(el).visibility === 'visible')
      .map((el) => {
        const r = el.querySelector('.body').getBoundingClientRect();
        return { moving: el.closest('.canvas-moving') !== null, x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
  const frames = [];
  const out = { frames, undoneAt: -1, landing: false };
  window.framesAfterDrop = new Promise((resolve) => {
    const frame = () => {
      frames.push(copies());
      const empty = document.querySelectorAll('.canvas-moving [data-node-id]').length === 0;
      if ((empty && frames.length > 2) || frames.length > 600) resolve(out);
      else requestAnimationFrame(frame);
    };
    window.addEventListener('pointerup', () => {
      requestAnimationFrame(frame);
      if (!undo) return;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        out.undoneAt = frames.length;
        out.landing = document.querySelector('.canvas-moving.landing') !== null;
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
      };
      channel.port2.postMessage(0);
    }, { capture: true, once: true });
  });
})`;

// While the drop lands (from the release until the drop's task and the next frame's callbacks): what
// changed inside the moving layer, other than its own class, and what is under the pointer. The
// layer keeps the drawing of the drag's last move, which already shows the dropped map, and keeps
// the pointer, so the frame that paints the drop hit-tests neither the canvas nor its hover.
const WHILE_LANDING = `(() => {
  window.whileLanding = new Promise((resolve) => {
    window.addEventListener('pointerup', (e) => {
      const layer = document.querySelector('.canvas-moving');
      const changed = [];
      const note = (records) => {
        for (const r of records) if (!(r.target === layer && r.attributeName === 'class')) changed.push(r.type + ' ' + (r.attributeName || ''));
      };
      const watch = new MutationObserver(note);
      watch.observe(layer, { attributes: true, childList: true, subtree: true, characterData: true });
      const under = () => {
        const el = document.elementFromPoint(e.clientX, e.clientY);
        return el && el.closest('.canvas-moving') ? 'moving layer' : (el ? el.tagName + '.' + el.getAttribute('class') : 'nothing');
      };
      const out = { landing: false, afterTask: '', inFrame: '', inFrameLanding: false, changed };
      // The frame may come before or after the task that follows the drop's own; both come before
      // the landing ends.
      let waiting = 2;
      const done = () => void (--waiting === 0 && resolve(out));
      // Asked before the drop's handlers run: the first of the next frame's callbacks, before the
      // landing (which ends in a task that frame's callbacks queue).
      requestAnimationFrame(() => {
        out.inFrame = under();
        out.inFrameLanding = layer.classList.contains('landing');
        note(watch.takeRecords());
        watch.disconnect();
        done();
      });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        out.landing = layer.classList.contains('landing');
        out.afterTask = under();
        done();
      };
      channel.port2.postMessage(0);
    }, { capture: true, once: true });
  });
})()`;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

const evolution = () => page.locator('.inspector input[aria-label="Evolution"]').inputValue();

/** The centre of the node's body as drawn (the one visible copy). */
async function shownCentre(): Promise<{ x: number; y: number }> {
  const box = await page.locator(`[data-node-id="${DROPPED}"] .body >> visible=true`).boundingBox();
  if (!box) throw new Error(`${DROPPED} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

interface Dropped {
  /** Where the node was drawn at the release. */
  at: { x: number; y: number };
  /** The node's visible copies in each frame from the release until the moving layer is empty. */
  frames: Copy[][];
  undoneAt: number;
  /** Whether the drop was still landing when it was undone. */
  landing: boolean;
}

/** Drags the node by (dx, dy) and releases it, recording what every frame after draws. */
async function dropBy(dx: number, dy: number, undo: boolean): Promise<Dropped> {
  const start = await shownCentre();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 3, start.y + 3);
  await page.evaluate(`${FRAMES}(${JSON.stringify({ id: DROPPED, undo })})`);
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 8 });
  const at = await shownCentre();
  await page.mouse.up();
  const recorded = (await page.evaluate('window.framesAfterDrop')) as Omit<Dropped, 'at'>;
  return { at, ...recorded };
}

function expectEveryFrameAt(frames: Copy[][], at: { x: number; y: number }): void {
  frames.forEach((copies, i) => {
    expect(copies.length, `frame ${i} draws the node`).toBeGreaterThan(0);
    for (const c of copies) {
      expect(Math.abs(c.x - at.x), `frame ${i}: ${JSON.stringify(c)}`).toBeLessThan(2);
      expect(Math.abs(c.y - at.y), `frame ${i}: ${JSON.stringify(c)}`).toBeLessThan(2);
    }
  });
}

/** Settled: the canvas's own copy alone, the moving layer empty. */
function expectSettled(frames: Copy[][]): void {
  expect(frames.length).toBeGreaterThan(2);
  expect(frames.at(-1)).toEqual([expect.objectContaining({ moving: false })]);
}

/** The saved file's evolution of the node. */
async function savedEvolution(): Promise<number | undefined> {
  const parsed = parseMap(await saveServed(page, web, FILE));
  if (!parsed.ok) throw new Error('the saved map does not load');
  return parsed.map.nodes[DROPPED]?.evolution;
}

// In the first frame after the release (its first animation callback, asked before the drop's
// handlers run): the inspector's evolution, the window title and whether Undo is enabled.
const FIRST_FRAME = `(() => {
  window.firstFrame = new Promise((resolve) => {
    window.addEventListener('pointerup', () => {
      requestAnimationFrame(() => resolve({
        evolution: document.querySelector('.inspector input[aria-label="Evolution"]').value,
        title: document.title,
        undo: [...document.querySelectorAll('.toolbar button')].find((b) => b.textContent === 'Undo').disabled === false,
      }));
    }, { capture: true, once: true });
  });
})()`;

describe('a drop landing', () => {
  it("the first drop's frame shows the inspector's new value; the title's dirty mark and Undo follow once it has landed", async () => {
    await page.locator(`.canvas [data-node-id="${DROPPED}"] .body`).click();
    const before = await evolution();
    const cleanTitle = await page.title();
    expect(cleanTitle).not.toMatch(/^•/);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    const start = await shownCentre();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 3, start.y + 3);
    await page.evaluate(FIRST_FRAME);
    await page.mouse.move(start.x + 100, start.y + 30, { steps: 8 });
    await page.mouse.up();
    const first = (await page.evaluate('window.firstFrame')) as { evolution: string; title: string; undo: boolean };
    expect(first.evolution).not.toBe(before);
    expect(first.title).toBe(cleanTitle);
    expect(first.undo).toBe(false);
    await expect.poll(() => page.title()).toMatch(/^• /);
    expect(await page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    expect(await evolution()).toBe(first.evolution);
  });

  it('draws the node where it was put in every frame, and the canvas, inspector and file agree', async () => {
    await page.locator(`.canvas [data-node-id="${DROPPED}"] .body`).click();
    const before = Number(await evolution());
    const { at, frames } = await dropBy(140, -40, false);
    expectEveryFrameAt(frames, at);
    expectSettled(frames);
    const settled = await shownCentre();
    expect(Math.abs(settled.x - at.x) + Math.abs(settled.y - at.y)).toBeLessThan(2);
    const after = Number(await evolution());
    expect(after).toBeGreaterThan(before + 0.05);
    // Its links were drawn to the new place: each line's box reaches the node.
    const lines = page.locator(
      `.canvas [data-link^="${DROPPED}->"] .link-line, .canvas [data-link$="->${DROPPED}"] .link-line`,
    );
    expect(await lines.count()).toBeGreaterThan(0);
    for (const box of await Promise.all((await lines.all()).map((l) => l.boundingBox()))) {
      if (!box) throw new Error('a link of the node is not drawn');
      const gap = Math.max(box.x - at.x, at.x - (box.x + box.width), box.y - at.y, at.y - (box.y + box.height));
      expect(gap).toBeLessThan(40);
    }
    expect(await savedEvolution()).toBe(after);
  });

  it('draws the node back at its place in every frame when the drop is undone in its own task', async () => {
    const start = await shownCentre();
    const before = await evolution();
    const { at, frames, undoneAt, landing } = await dropBy(-120, 50, true);
    expect(landing).toBe(true);
    // Frames painted before the undo (if any came between) show the drop; every one after, the old place.
    expectEveryFrameAt(frames.slice(0, undoneAt), at);
    expectEveryFrameAt(frames.slice(undoneAt), start);
    expectSettled(frames);
    expect(await evolution()).toBe(before);
    // Back to the map as saved by the test before: nothing unsaved, and that file says the same.
    expect(await page.locator('.file-name').textContent()).not.toContain('•');
    const onDisk = parseMap(readFileSync(join(web.mapsDir, FILE), 'utf8'));
    expect(onDisk.ok && onDisk.map.nodes[DROPPED]?.evolution).toBe(Number(before));
  });

  it("keeps the drag's drawing and the pointer on the moving layer while a drop lands, then gives the canvas the pointer", async () => {
    const start = await shownCentre();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 3, start.y + 3);
    await page.evaluate(WHILE_LANDING);
    await page.mouse.move(start.x + 90, start.y + 30, { steps: 8 });
    const at = await shownCentre();
    await page.mouse.up();
    const seen = (await page.evaluate('window.whileLanding')) as {
      landing: boolean;
      afterTask: string;
      inFrame: string;
      inFrameLanding: boolean;
      changed: string[];
    };
    expect(seen.landing).toBe(true);
    expect(seen.inFrameLanding).toBe(true);
    expect(seen.changed).toEqual([]);
    expect(seen.afterTask).toBe('moving layer');
    expect(seen.inFrame).toBe('moving layer');
    // Landed: the canvas's own node is under the pointer again.
    await expect.poll(() => page.locator('.canvas-moving [data-node-id]').count()).toBe(0);
    const under = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null,
      at,
    );
    expect(under).toBe(DROPPED);
  });
});
