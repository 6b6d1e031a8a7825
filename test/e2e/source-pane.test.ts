// The source pane in Chromium: build the conference map by writing its YAML alone; the canvas
// follows valid text and keeps the last good map (with errors at their position) for invalid
// text; a canvas drag keeps the pane's cursor; one undo history for both sides; completion from
// the schema and the map; hover descriptions; doctrine warnings on a node's lines.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { saveAndFormat } from './save-format.ts';
import { BACKGROUND_WORK_MS, openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const FIXTURE = readFileSync('test/fixtures/quick/conference.yaml', 'utf8');

let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

const nodes = () => page.locator('[data-node-id]').count();
const cursor = () => page.locator('.source-cursor').textContent();
const activeLine = () => page.locator('.cm-activeLine').textContent();
const lineCount = (text: string) => page.locator('.cm-line', { hasText: text }).count();
/** The pane's scroll position once the editor has finished its own scrolling (two frames later). */
const scrollTop = () =>
  page
    .locator('.cm-scroller')
    .evaluate(
      (el) => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(el.scrollTop)))),
    );

/** The fixture in pieces as a writer adds them: the header and first node, then node by node (the
 * text loads only once every node that `uses` names is there; until then the canvas keeps the last good map). */
function pieces(text: string): string[] {
  const [head, ...rest] = text.split(/\n(?= {2}[a-z][a-z0-9-]*:\n)/);
  return [head ?? '', ...rest.map((r) => `\n${r}`)];
}

/**
 * Clicks the first line holding `text`, as a user does, and checks the cursor is on it before
 * anything is typed. The line is scrolled into view and the editor given two frames to draw its
 * new viewport first: a click during that redraw can land on another line (typing "robot" into
 * `uses: [compute]` instead of `kind: user` gives a YAML error on line 43, not the one expected).
 */
async function clickLine(text: string): Promise<void> {
  const line = page.locator('.cm-line', { hasText: text }).first();
  await line.scrollIntoViewIfNeeded();
  await scrollTop();
  await line.click();
  await expect.poll(activeLine).toContain(text);
}

async function centreOf(id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`[data-node-id="${id}"] .body`).boundingBox();
  if (!box) throw new Error(`${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(id: string, dx: number, dy: number): Promise<void> {
  const from = await centreOf(id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 });
  await page.mouse.up();
}

describe('the source pane', () => {
  it('builds the conference map by writing its YAML alone', async () => {
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(nodes).toBe(0);
    await page.keyboard.press('y');
    await page.locator('.cm-content').click();
    const [first, ...more] = pieces(FIXTURE.replace(/\n$/, ''));
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(first ?? '');
    for (const piece of more) {
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(piece);
    }
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n');
    await expect.poll(nodes).toBe(12);
    await page.screenshot({ path: `${SCREENSHOTS}/source-pane-conference.png` });
    await page.locator('svg.canvas').click({ position: { x: 5, y: 5 } });
    expect(await saveAndFormat(page, web, 'conference-source.yaml')).toBe(FIXTURE);
  });

  it('keeps the last good canvas for text that does not load, with the error at its line and column', async () => {
    await clickLine('kind: user');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('robot');
    const parsed = parseMap(FIXTURE.replace('kind: user', 'kind: robot'));
    expect(parsed.ok).toBe(false);
    const first = parsed.ok ? undefined : parsed.errors[0];
    await expect
      .poll(() => page.locator('.source-errors li').first().textContent())
      .toBe(`${first?.line}:${first?.column} ${first?.rule} ${first?.message}`);
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(await nodes()).toBe(12);
    expect(await page.locator('[data-node-id="attendee"].node-user').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/source-pane-error.png` });
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('user');
    await expect.poll(() => page.locator('.source-errors').count()).toBe(0);
  });

  it('keeps its cursor, selection and scroll when a node is dragged on the canvas', async () => {
    await clickLine('name: Session rating');
    await page.keyboard.press('End');
    const line = await activeLine();
    const at = await cursor();
    expect(at).toMatch(/^Ln \d+, Col \d+$/);
    const scroll = await scrollTop();
    expect(await lineCount('evolution: 0.5')).toBe(1);
    await drag('attendee', -40, 0);
    // The drag rewrote Attendee's evolution line, above the cursor.
    await expect.poll(() => lineCount('evolution: 0.5')).toBe(0);
    expect(await cursor()).toBe(at);
    expect(await activeLine()).toBe(line);
    expect(await scrollTop()).toBe(scroll);
    await page.locator('.cm-content').focus();
    await page.keyboard.type('s');
    await expect.poll(() => page.locator('[data-node-id="session-rating"]').textContent()).toContain('Session ratings');
  });

  it('undoes edits from both sides in one history', async () => {
    const name = () => page.locator('[data-node-id="session-rating"]').textContent();
    expect(await lineCount('evolution: 0.85')).toBe(1);
    await drag('compute', -60, 0);
    await expect.poll(() => lineCount('evolution: 0.85')).toBe(0);
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => lineCount('evolution: 0.85')).toBe(1);
    expect(await name()).toContain('Session ratings');
    await page.keyboard.press('Control+z');
    await expect.poll(name).not.toContain('Session ratings');
    await page.keyboard.press('Control+y');
    await expect.poll(name).toContain('Session ratings');
  });

  it('offers node ids in `uses`, schema values elsewhere, and the schema’s description on hover', async () => {
    await clickLine('uses: [ticketing]');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(', co');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete li').allTextContents()).toContain('compute');
    await page.screenshot({ path: `${SCREENSHOTS}/source-pane-completion.png` });
    await page.keyboard.press('Escape');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('.source-errors').count()).toBe(0);
    const key = page.locator('.cm-line', { hasText: 'sourcing: buy' }).first();
    const box = await key.boundingBox();
    if (!box) throw new Error('no sourcing line');
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await expect.poll(() => page.locator('.source-hover').textContent()).toContain('How the component is sourced');
  });

  it('shows doctrine findings as warnings over their node’s lines', async () => {
    expect(await page.locator('.cm-lintRange-warning').count()).toBe(0);
    // Without a sourcing decision a component gets doctrine's source/missing warning.
    await clickLine('sourcing: outsource');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('.cm-lintRange-warning').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/source-pane-doctrine.png` });
  });

  it('keeps typing that does not load when the canvas changes the map, and undo takes that typing back', async () => {
    const errorCount = () => page.locator('.source-errors li').count();
    await clickLine('kind: user');
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    await expect.poll(errorCount).toBeGreaterThan(0);
    expect(await lineCount('evolution: 0.85')).toBe(1);
    // Another node's line changes on the canvas: made in the pane beside the typing, which stays.
    await drag('compute', -60, 0);
    await expect.poll(() => lineCount('evolution: 0.85')).toBe(0);
    expect(await lineCount('kind: userx')).toBe(1);
    expect(await errorCount()).toBeGreaterThan(0);
    expect(await page.locator('[data-node-id="attendee"].node-user').count()).toBe(1);
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => lineCount('kind: userx')).toBe(0);
    expect(await lineCount('evolution: 0.85')).toBe(0);
    await expect.poll(() => page.locator('.source-errors').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await expect.poll(() => lineCount('kind: userx')).toBe(1);
    // The canvas changes the very line being typed: the typing is kept and the pane says so.
    await clickLine('name: Attendee');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('evolution: x');
    await expect.poll(() => lineCount('evolution: x')).toBe(1);
    await drag('attendee', 50, 0);
    await expect.poll(() => page.locator('.source-notice').textContent()).toContain('your text is kept');
    expect(await lineCount('kind: userx')).toBe(1);
    expect(await lineCount('evolution: x')).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/source-pane-kept-typing.png` });
  });

  it('applies a paste of several nodes as one undo step (half a paste, which does not load, is read in the map worker)', async () => {
    // Back to text that loads: undo takes the typing that does not load back.
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.source-errors').count()).toBe(0);
    const before = await nodes();
    await clickLine('nodes:');
    await page.keyboard.press('End');
    const node = (id: string, e: number) =>
      `\n  ${id}:\n    kind: component\n    name: ${id}\n    evolution: ${e}\n    visibility: 0.5`;
    // Half a paste first: text that does not load is answered by the worker, the canvas stays.
    await page.keyboard.insertText(`${node('pasted-one', 0.4)}\n  pasted-two:\n    kind: robot`);
    await expect.poll(() => page.locator('.source-errors li').count()).toBeGreaterThan(0);
    expect(await nodes()).toBe(before);
    for (let i = 0; i < 'robot'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.insertText('component\n    name: pasted-two\n    evolution: 0.6\n    visibility: 0.5');
    await expect.poll(nodes).toBe(before + 2);
    await expect.poll(() => page.locator('.source-errors').count()).toBe(0);
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    // The text was read off the thread that takes the keys: the map worker is running (it also sends
    // drafts now, so the page has one worker again).
    expect(page.workers().length).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${SCREENSHOTS}/source-pane-pasted-nodes.png` });
    await page.keyboard.press('Control+z');
    await expect.poll(nodes).toBe(before);
    expect(await lineCount('pasted-one')).toBe(0);
  });

  it('reads a large paste in the map worker: it becomes the map as one undo step, or shows where it fails', async () => {
    const before = await nodes();
    await clickLine('nodes:');
    await page.keyboard.press('End');
    const nodesLine = Number(/^Ln (\d+),/.exec((await cursor()) ?? '')?.[1]);
    // Over LARGE_CHANGE characters (source-sync.ts), handed to the editor as the browser hands a
    // paste. Each node is 5 lines.
    const many = Array.from(
      { length: 200 },
      (_, i) =>
        `\n  bulk-${i}:\n    kind: component\n    name: Bulk component number ${i}\n    evolution: ${(i % 10) / 10}\n    visibility: 0.3`,
    ).join('');
    expect(many.length).toBeGreaterThan(20_000);
    const paste = (text: string) =>
      page.locator('.cm-content').evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    // One of them wrong: the canvas keeps its map, the error is shown at its line and column.
    await paste(many.replace('number 150\n    evolution: 0', 'number 150\n    evolution: x'));
    await expect
      .poll(() => page.locator('.source-errors li').first().textContent(), { timeout: BACKGROUND_WORK_MS })
      .toMatch(new RegExp(`^${nodesLine + 150 * 5 + 4}:16 .*evolution`));
    expect(await nodes()).toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(() => lineCount('bulk-')).toBe(0);
    await expect.poll(() => page.locator('.source-errors').count()).toBe(0);
    // The editor draws only the lines in view: back to the top, where the nodes begin.
    await page.keyboard.press('Control+Home');
    await clickLine('nodes:');
    await page.keyboard.press('End');
    await paste(many);
    await expect.poll(nodes, { timeout: BACKGROUND_WORK_MS }).toBe(before + 200);
    expect(await page.locator('[data-node-id="bulk-199"]').textContent()).toContain('Bulk component number 199');
    expect(await page.locator('.source-errors').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/source-pane-large-paste.png` });
    await page.keyboard.press('Control+z');
    await expect.poll(nodes).toBe(before);
    await expect.poll(() => lineCount('bulk-')).toBe(0);
    await page.keyboard.press('Control+y');
    await expect.poll(nodes).toBe(before + 200);
    await page.keyboard.press('Control+z');
    await expect.poll(nodes).toBe(before);
    await page.keyboard.press('Control+Home');
  });

  it('retitles the map as its title line is typed (the setting alone is read again), and undo takes it back', async () => {
    const title = () => page.locator('svg.canvas').getAttribute('aria-label');
    await clickLine('title: Conference');
    await page.keyboard.press('End');
    await page.keyboard.insertText(' 2026');
    await expect.poll(title).toMatch(/^Conference 2026: /);
    await page.keyboard.press('Control+z');
    await expect.poll(title).toMatch(/^Conference: /);
    expect(await lineCount('title: Conference 2026')).toBe(0);
  });
});
