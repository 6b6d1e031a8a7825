// A message feed set in the inspector, in Chromium against `npm run web`: choosing MLLP as the
// protocol of a component inside the monolith gives it the facade's port 2575 in the plan and in
// the bundle (the same rows, phase by phase); a stream port of its own moves both; each edit is one
// undo step, and undoing them takes the stream rows away again.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import type { Plan } from '../../core/plan/index.ts';
import { overlaysOf } from '../core/system/bundle-reader.ts';
import { bundleViolations } from '../core/system/phase-invariants.ts';
import { exportDialog } from './export-dialog.ts';
import { BACKGROUND_WORK_MS, type EditorOnMaps, openEditorOn, SCREENSHOTS } from './web-mode.ts';

const LAB = `version: 1
title: Lab
nodes:
  clinician:
    kind: user
    name: Clinician
    evolution: 0.5
    visibility: 0.95
    uses: [see-results]
  see-results:
    kind: need
    name: See results
    evolution: 0.4
    visibility: 0.8
    uses: [results]
  results:
    kind: component
    name: Results
    evolution: 0.45
    visibility: 0.6
    sourcing: build
    inside: lab-system
  lab-system:
    kind: component
    name: Lab system
    evolution: 0.3
    visibility: 0.4
    sourcing: build
    uses: [results]
`;

let editor: EditorOnMaps;
let page: Page;

beforeAll(async () => {
  editor = await openEditorOn({ 'lab.yaml': LAB }, { waitForNode: 'results' });
  page = editor.page;
}, 120_000);

afterAll(async () => {
  await editor?.close();
});

const inspector = () => page.getByRole('region', { name: 'Inspector' });
const exporting = () => exportDialog(page);
const planJson = () => exporting().planJson();
const bundleAt = (k: number) => exporting().bundleAt(k);

/** Each phase's stream rows as `port: backend weight, …`. */
function streamRows(plan: Plan): string[][] {
  return plan.phases.map((p) =>
    (p.streams ?? []).map((s) => `${s.port}: ${s.backends.map((b) => `${b.service} ${b.weight}`).join(', ')}`),
  );
}

/** Saves the map (Ctrl+S) and reads the file back. */
async function savedMap(): Promise<ReturnType<typeof parseMap>> {
  await page.keyboard.press('Control+s');
  await expect.poll(() => page.locator('.file-name').textContent(), { timeout: BACKGROUND_WORK_MS }).not.toContain('•');
  return parseMap(readFileSync(editor.folder.path('lab.yaml'), 'utf8'));
}

async function select(id: string): Promise<void> {
  await page.locator(`[data-node-id="${id}"] .body`).click();
  await expect.poll(() => inspector().getByLabel('Name', { exact: true }).inputValue()).not.toBe('');
}

describe('a message feed set in the inspector', () => {
  it('has no stream rows before, and no stream port field for HTTP', async () => {
    expect(streamRows(await planJson()).flat()).toEqual([]);
    await select('results');
    expect(await inspector().getByLabel('Protocol').inputValue()).toBe('');
    expect(
      await inspector()
        .getByLabel(/^Stream port/)
        .count(),
    ).toBe(0);
  });

  it('MLLP gives the facade port 2575: the plan rows and the bundle rows agree phase by phase', async () => {
    await inspector().getByLabel('Protocol').selectOption('mllp');
    await expect.poll(() => inspector().getByLabel('Stream port (default 2575)').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/inspector-protocol.png` });
    const plan = await planJson();
    expect(streamRows(plan)).toEqual([
      ['2575: lab-system 100'],
      ['2575: lab-system 90, results 10'],
      ['2575: results 100'],
      ['2575: results 100'],
    ]);
    const parsed = await savedMap();
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.map.nodes['results']?.deploy).toEqual({ protocol: 'mllp' });
    for (const k of [0, 1]) {
      const files = await bundleAt(k);
      const [o] = overlaysOf(files);
      expect(
        o!.streams.map((s) => `${s.port}: ${s.backends.map((b) => `${b.service} ${b.weight}`).join(', ')}`),
      ).toEqual(streamRows(plan)[k]);
      expect(bundleViolations(parsed.map, plan, files, k)).toEqual([]);
    }
  });

  it('a stream port of its own moves the plan rows', async () => {
    // Closing the export dialog with Escape also clears the selection.
    await select('results');
    const field = inspector().getByLabel('Stream port (default 2575)');
    await field.fill('2576');
    await field.press('Enter');
    await expect.poll(async () => streamRows(await planJson())[0]).toEqual(['2576: lab-system 100']);
  });

  it('each edit is one undo step: undo the port, then the protocol, and the rows go', async () => {
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => streamRows(await planJson())[0]).toEqual(['2575: lab-system 100']);
    await select('results');
    expect(await inspector().getByLabel('Protocol').inputValue()).toBe('mllp');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => inspector().getByLabel('Protocol').inputValue()).toBe('');
    expect(
      await inspector()
        .getByLabel(/^Stream port/)
        .count(),
    ).toBe(0);
    expect(streamRows(await planJson()).flat()).toEqual([]);
  });
});
