// Sensitive data as a workshop records it, in Chromium against `npm run web`: ticking PHI on a
// component in the inspector draws the badge and raises the missing-agreement finding; the data
// view draws the flow; undo takes the tick back in one step; recording the supplier's BAA and DPA
// clears the finding and pinning the store clears the residency escape; the saved file holds the facts and passes `mapwright validate`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapsFolder, type MapsFolder } from '../support/maps-folder.ts';
import { BACKGROUND_WORK_MS, openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const CLINIC = `version: 1
title: Clinic
nodes:
  patient:
    kind: user
    name: Patient
    evolution: 0.5
    visibility: 0.95
    uses: [see-records]
  see-records:
    kind: need
    name: See my records
    evolution: 0.4
    visibility: 0.8
    uses: [records]
  records:
    kind: component
    name: Records
    evolution: 0.35
    visibility: 0.55
    sourcing: build
    team: Journal
    uses: [cloud-store]
  cloud-store:
    kind: component
    name: Cloud storage
    evolution: 0.85
    visibility: 0.3
    sourcing: outsource
`;

let folder: MapsFolder;
let web: WebMode;
let page: Page;

beforeAll(async () => {
  folder = mapsFolder({ 'clinic.yaml': CLINIC });
  web = await startWebMode(['--maps', folder.dir]);
  page = await openEditor(web, { waitForNode: 'records' });
}, 120_000);

afterAll(async () => {
  await web?.close();
  folder?.remove();
});

const inspector = () => page.getByRole('region', { name: 'Inspector' });
const badge = (id: string) => page.locator(`[data-badge-of="${id}"] .data-badge text`);
const warnings = () => page.getByRole('region', { name: 'Doctrine warnings' });

async function residencyOf(sites: string): Promise<void> {
  const field = inspector().getByLabel('Residency (sites, comma-separated)');
  await field.fill(sites);
  await field.press('Enter');
}

async function select(id: string): Promise<void> {
  await page.locator(`[data-node-id="${id}"] .body`).click();
  await expect.poll(() => inspector().getByLabel('Name', { exact: true }).inputValue()).not.toBe('');
}

describe('sensitive data in the editor', () => {
  it('ticking PHI draws the badge and raises the missing agreement for the outsourced store', async () => {
    await select('records');
    expect(await badge('records').count()).toBe(0);
    expect(await inspector().getByLabel('BAA (HIPAA business associate agreement)').count()).toBe(0);
    await inspector().getByLabel('PHI (protected health information)').check();
    await expect.poll(() => badge('records').textContent()).toBe('PHI');
    const name = await page.locator('[data-node-id="records"]').getAttribute('aria-label');
    expect(name).toBe('Records, component, build, custom-built, holds phi');
    await expect.poll(() => warnings().textContent()).toContain('compliance/missing-agreement');
    expect(await warnings().textContent()).toContain("'cloud-store'");
  });

  it('the data view draws the flow that carries it', async () => {
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const flow = page.locator('.data-flow[data-flow="records->cloud-store"]');
    await expect.poll(() => flow.textContent()).toBe('PHI');
    expect(await page.locator('.data-flow').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/data-view.png` });
  });

  it('undo takes the tick back in one step, redo brings it again', async () => {
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => badge('records').count()).toBe(0);
    expect(await page.locator('.data-flow').count()).toBe(0);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => badge('records').textContent()).toBe('PHI');
  });

  it('adds PII and a residency, then records the agreements and pins the store with its team: no finding is left', async () => {
    await select('records');
    await inspector().getByLabel('PII (personal data)').check();
    await expect.poll(() => badge('records').textContent()).toBe('PHI·PII');
    await residencyOf('eu-1');
    await expect.poll(() => warnings().textContent()).toContain('compliance/residency-escape');
    await select('cloud-store');
    await inspector().getByLabel('BAA (HIPAA business associate agreement)').check();
    await expect.poll(() => warnings().textContent()).toContain('not signed dpa');
    await inspector().getByLabel('DPA (data processing agreement)').check();
    await expect.poll(() => warnings().textContent()).not.toContain('compliance/missing-agreement');
    // The store keeps the records, so it holds PHI too, and stays where they must stay.
    await inspector().getByLabel('PHI (protected health information)').check();
    await residencyOf('eu-1');
    await expect.poll(() => warnings().textContent()).toContain('compliance/no-owner');
    const team = inspector().getByLabel('Team', { exact: true });
    await team.fill('Operations');
    await team.press('Enter');
    await expect.poll(() => warnings().textContent()).not.toContain('compliance/');
    await expect.poll(() => badge('cloud-store').textContent()).toBe('PHI');
    await page.screenshot({ path: `${SCREENSHOTS}/data-agreements.png` });
  });

  it('shows the compliance report in the export dialog', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Compliance report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export Compliance report' });
    await expect.poll(() => dialog.textContent()).toContain('# Compliance: Clinic');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('## PHI: protected health information');
    expect(text).toMatch(/Cloud storage \(`cloud-store`\) \| outsource \| — \| phi, pii \| baa, dpa \| — \|/);
    await page.screenshot({ path: `${SCREENSHOTS}/data-report.png` });
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('saves the facts into the file, which passes mapwright validate', async () => {
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.locator('.file-name').textContent(), { timeout: BACKGROUND_WORK_MS })
      .not.toContain('•');
    const file = folder.path('clinic.yaml');
    const saved = parse(readFileSync(file, 'utf8')) as {
      nodes: Record<string, { data?: unknown; agreements?: unknown }>;
    };
    expect(saved.nodes['records']?.data).toEqual({ classes: ['phi', 'pii'], residency: ['eu-1'] });
    expect(saved.nodes['cloud-store']?.agreements).toEqual(['baa', 'dpa']);
    expect(saved.nodes['cloud-store']?.data).toEqual({ classes: ['phi'], residency: ['eu-1'] });
    const root = resolve(import.meta.dirname, '../..');
    const r = spawnSync(process.execPath, [join(root, 'bin/mapwright.js'), 'validate', file], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).not.toContain('compliance/');
    expect(r.status).toBe(0);
  });
});
