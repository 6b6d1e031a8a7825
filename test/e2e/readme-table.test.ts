// The README's "Using the app" table, row by row, in Chromium against `npm run web`: each key and
// gesture it lists does what the row says, and the quick-entry example below the table (read from
// the README itself) applies line by line. Rows with e2e files of their own (the inspector, the
// doctrine panel, plan view, history, export) are left to those.
import { readFileSync } from 'node:fs';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_MAP } from '../support/maps-folder.ts';
import { openEditorOn, SCREENSHOTS, type EditorOnMaps } from './web-mode.ts';

/** The statements of the README's quick-entry example (the `text` block after the table). */
function readmeStatements(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Using the app'));
  const block = /```text\n([\s\S]*?)```/.exec(section);
  if (!block?.[1]) throw new Error('no quick-entry example in the README');
  return block[1].trim().split('\n');
}

let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'small.yaml': SMALL_MAP }, { clipboard: true });
  page = editor.page;
});

afterAll(async () => {
  await editor?.close();
});

const count = (selector: string) => page.locator(selector).count();
const nodes = () => count('[data-node-id]');
const selected = () => count('[data-node-id].selected');
const links = () => count('.links .link-line');
const evolution = () => page.getByRole('region', { name: 'Inspector' }).getByLabel('Evolution').inputValue();
const label = (name: string) => page.locator('.node-label', { hasText: new RegExp(`^${name}$`) });
// The camera: its pan (a CSS translation) and its zoom (the scale inside it).
const view = () =>
  page.evaluate(() => {
    const camera = document.querySelector<SVGGElement>('svg.canvas > g.camera');
    return `${camera?.style.transform} ${camera?.firstElementChild?.getAttribute('transform')}`;
  });

async function clickNode(id: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
  await page.locator(`[data-node-id="${id}"] .body`).click({ modifiers });
}

/** Names the node whose rename field is open (a new node's first name also becomes its id). */
async function nameIt(name: string): Promise<void> {
  const field = page.getByLabel('Node name');
  await expect.poll(() => field.count()).toBe(1);
  await field.fill(name);
  await field.press('Enter');
  await expect.poll(() => label(name).count()).toBe(1);
}

describe('the README’s "Using the app" table', () => {
  it('adds a user, a need and a component with U, N and C, and a component with a double-click', async () => {
    const before = await nodes();
    for (const [key, kind, name] of [
      ['u', 'user', 'Guest'],
      ['n', 'need', 'Pay'],
      ['c', 'component', 'Payments'],
    ] as const) {
      await page.locator('svg.canvas').click({ position: { x: 5, y: 5 } });
      const kinds = await count(`.node-${kind}`);
      await page.keyboard.press(key);
      await nameIt(name);
      expect(await count(`.node-${kind}`)).toBe(kinds + 1);
    }
    await page.locator('svg.canvas').dblclick({ position: { x: 700, y: 420 } });
    await nameIt('Ledger');
    expect(await nodes()).toBe(before + 4);
    expect(await count('[data-node-id="ledger"].node-component')).toBe(1);
  });

  it('renames in place with F2 and with a double-click on a node', async () => {
    await clickNode('booking');
    await page.keyboard.press('F2');
    await nameIt('Booking desk');
    await page.locator('[data-node-id="ledger"] .body').dblclick();
    await nameIt('General ledger');
  });

  it('nudges the selection with the arrow keys, further with Shift', async () => {
    await clickNode('visitor');
    expect(await evolution()).toBe('0.5');
    await page.keyboard.press('ArrowRight');
    await expect.poll(evolution).toBe('0.51');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(evolution).toBe('0.56');
  });

  it('selects several with Shift-click and all with Ctrl+A; L connects the first selected to the second', async () => {
    await clickNode('visitor');
    await clickNode('booking', ['Shift']);
    expect(await selected()).toBe(2);
    const before = await links();
    await page.keyboard.press('l');
    await expect.poll(links).toBe(before + 1);
    await page.keyboard.press('Control+a');
    await expect.poll(selected).toBe(await nodes());
  });

  it('copies, pastes and deletes with Ctrl+C, Ctrl+V and Delete; Ctrl+Z and Ctrl+Shift+Z undo and redo', async () => {
    await clickNode('ledger');
    const before = await nodes();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(nodes).toBe(before + 1);
    await page.keyboard.press('Delete');
    await expect.poll(nodes).toBe(before);
    // Nothing uses the visitor: it goes alone.
    await clickNode('visitor');
    await page.keyboard.press('Delete');
    await expect.poll(nodes).toBe(before - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(nodes).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(nodes).toBe(before - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(nodes).toBe(before);
  });

  it('zooms to fit with F, and F5 presents the map until Escape', async () => {
    await page.locator('svg.canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('f');
    const fitted = await view();
    await page.mouse.move(800, 500);
    await page.mouse.wheel(0, -600);
    await expect.poll(view).not.toBe(fitted);
    await page.keyboard.press('f');
    await expect.poll(view).toBe(fitted);
    await page.keyboard.press('F5');
    await expect.poll(() => count('.app.presentation')).toBe(1);
    expect(await page.getByRole('button', { name: 'Source', exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => count('.app.presentation')).toBe(0);
  });

  it('opens plan view with P, the source pane with Y, quick entry with / and the key list with ?', async () => {
    await page.keyboard.press('p');
    await expect.poll(() => page.getByRole('region', { name: 'Migration plan' }).count()).toBe(1);
    await page.keyboard.press('p');
    await expect.poll(() => page.getByRole('region', { name: 'Migration plan' }).count()).toBe(0);
    await page.keyboard.press('y');
    await expect.poll(() => page.getByRole('region', { name: 'Source' }).count()).toBe(1);
    await expect.poll(() => page.locator('.cm-line', { hasText: 'name: Visitor' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Close the source pane' }).click();
    await page.keyboard.press('/');
    await expect.poll(() => page.getByLabel('Quick entry').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByLabel('Quick entry').count()).toBe(0);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.count()).toBe(1);
    const listed = await help.locator('th').allTextContents();
    for (const keys of ['U / N / C', 'F2 / double-click a node', 'Ctrl+A', 'F', 'F5', 'P', 'Y', '/'])
      expect(listed, keys).toContain(keys);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });

  it('applies the quick-entry example under the table, line by line', async () => {
    // New asks about the unsaved work: not saved, discarded.
    const answer = (d: Dialog) => void (d.message().startsWith('Discard') ? d.accept() : d.dismiss());
    page.on('dialog', answer);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(nodes).toBe(0);
    page.off('dialog', answer);
    await page.keyboard.press('/');
    const line = page.getByLabel('Quick entry');
    for (const statement of readmeStatements()) {
      await line.fill(statement);
      await line.press('Enter');
      // Applied: the line empties; refused, it keeps the statement and says why.
      await expect.poll(() => line.inputValue(), { message: statement }).toBe('');
    }
    await page.screenshot({ path: `${SCREENSHOTS}/readme-quick-entry.png` });
    await page.keyboard.press('Escape');
    for (const name of ['Attendee', 'Buy ticket', 'Ticketing', 'Scheduling', 'Conference monolith'])
      expect(await label(name).count(), name).toBe(1);
    expect(await count('[data-node-id].node-user')).toBe(1);
    expect(await count('[data-node-id].node-need')).toBe(1);
    expect(await count('.annotation')).toBe(1);
  });
});
