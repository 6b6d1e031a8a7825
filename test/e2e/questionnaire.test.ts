// A workshop answers "Where does it sit?" for one component in the browser: one choice per
// cheat-sheet row, accept, and the saved file has the node moved and the answers recorded;
// undo takes both back in one step.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVOLUTION_ROWS, suggestEvolution, type EvolutionAnswers } from '../../core/evolution/index.ts';
import { parseMap } from '../../core/format/parse.ts';
import { lineDiff } from './line-diff.ts';
import { saveServed } from './save-format.ts';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const ORIGINAL = readFileSync('maps/ehealth-platform.yaml', 'utf8');
const NODE = '[data-node-id="appointment-booking"]';
let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web);
});

afterAll(async () => {
  await web?.close();
});

// Rows answered stage III, except ubiquity (IV) and failure (II): a real room rarely agrees.
const CHOICES: EvolutionAnswers = Object.fromEntries(
  EVOLUTION_ROWS.map((r) => [r.id, r.id === 'ubiquity' ? 4 : r.id === 'failure' ? 2 : 3]),
);

/** Ctrl+S writes the served file on disk (a copy of maps/ made for this test file). */
const save = () => saveServed(page, web, 'ehealth-platform.yaml');

describe('Where does it sit?', () => {
  it('walks every row for the selected component and shows the suggestion as answers come in', async () => {
    await page.locator(NODE).locator('.body').click();
    await page.getByRole('button', { name: 'Where does it sit?' }).click();
    const form = page.getByRole('region', { name: 'Where does it sit?' });
    for (const row of EVOLUTION_ROWS) {
      const stage = CHOICES[row.id] ?? 3;
      await form
        .getByRole('group', { name: row.label, exact: true })
        .getByRole('radio')
        .nth(stage - 1)
        .check();
    }
    const want = suggestEvolution(CHOICES);
    await expect.poll(() => form.getByRole('status').textContent()).toContain(`evolution ${want?.evolution}`);
    expect(await form.getByRole('status').textContent()).toContain('15 of 15 rows, stages II–IV');
    await page.screenshot({ path: `${SCREENSHOTS}/questionnaire.png` });
  });

  it('accept moves the node and records the answers; the saved file says so', async () => {
    await page.getByRole('button', { name: 'Accept: move and record answers' }).click();
    const saved = await save();
    const parsed = parseMap(saved);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const node = parsed.map.nodes['appointment-booking'];
    expect(node?.evolution).toBe(suggestEvolution(CHOICES)?.evolution);
    expect(node?.evolutionAnswers).toEqual(CHOICES);
    const diff = lineDiff(ORIGINAL, saved);
    expect(diff.removed).toHaveLength(1);
    expect(diff.removed[0]).toMatch(/^ {4}evolution: /);
    expect(diff.added).toContain('    evolutionAnswers:');
    expect(diff.added).toContain('      ubiquity: 4');
  });

  it('undo takes the move and the answers back in one step', async () => {
    await page.locator('.plot-area').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    const saved = await save();
    expect(saved).toBe(ORIGINAL);
  });
});
