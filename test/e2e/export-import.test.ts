// Export and import in the browser build: the Kubernetes preview lists exactly the files the CLI's
// exporter returns for the default map (also with ExternalSecrets chosen), and writing hands them
// over as a zip; OWM text dropped or
// pasted on the window becomes a new untitled map, with the importer's warnings on screen.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePaths } from '../../core/export/bundle.ts';
import { exportKubernetes } from '../../core/export/k8s/index.ts';
import { parseMap } from '../../core/format/parse.ts';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const parsed = parseMap(readFileSync('maps/ehealth-platform.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the default map does not parse');
const BUNDLE = exportKubernetes(parsed.map).files;

// Components, a label offset, build / buy / outsource, inertia, evolve, links, and a `style` line
// Mapwright has no equivalent for (kept, with a warning on its line).
const CLINIC_OWM = `title Clinic booking
anchor Patient [0.95, 0.5]
component Booking [0.8, 0.45] label [10, -5]
component Scheduling [0.6, 0.35] (build)
component Payments [0.45, 0.7] (buy)
component Messaging [0.3, 0.85] (outsource)
component Legacy EHR [0.4, 0.2] inertia
evolve Scheduling 0.6
Patient->Booking
Booking->Scheduling
Booking->Payments
Scheduling->Messaging
Scheduling->Legacy EHR
style wardley
`;

const TEA_OWM = `title Tea Shop
anchor Business [0.95, 0.63]
component Cup of Tea [0.79, 0.61]
component Kettle [0.43, 0.35] (build)
component Power [0.1, 0.7] (outsource)
evolve Kettle 0.62
Business->Cup of Tea
Cup of Tea->Kettle
Kettle->Power
`;

let web: WebMode;
let page: Page;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web, { clipboard: true });
});

afterAll(async () => {
  await web?.close();
});

const nodeIds = () =>
  page.locator('[data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));

describe('exporting the default map to Kubernetes', () => {
  it('previews exactly the files core exports for maps/ehealth-platform.yaml', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Kubernetes (Kustomize)…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const listed = await dialog
      .locator('[data-export-file]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-export-file')));
    expect([...listed].sort()).toEqual(bundlePaths(BUNDLE));
    expect(await dialog.locator('.export-count').textContent()).toContain(`${bundlePaths(BUNDLE).length} files`);
    expect(await dialog.locator('.export-folder h3').allTextContents()).toEqual(
      expect.arrayContaining(['./', 'base/', 'overlays/dev/']),
    );
  });

  it('shows the text of the file you select', async () => {
    const dialog = page.getByRole('dialog');
    const path = 'base/kustomization.yaml';
    await dialog.locator(`[data-export-file="${path}"]`).click();
    expect(await dialog.getByLabel(`Text of ${path}`).textContent()).toBe(BUNDLE[path]);
    const workload = bundlePaths(BUNDLE).find(
      (p) => p.startsWith('base/') && p !== path && p !== 'base/default-deny.yaml',
    );
    if (!workload) throw new Error('no workload file in the bundle');
    await dialog.locator(`[data-export-file="${workload}"]`).click();
    expect(await dialog.getByLabel(`Text of ${workload}`).textContent()).toBe(BUNDLE[workload]);
    await page.screenshot({ path: `${SCREENSHOTS}/export-preview.png` });
  });

  it('narrows the preview to one environment', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Environment').selectOption('dev');
    const listed = await dialog
      .locator('[data-export-file]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-export-file')));
    expect([...listed].sort()).toEqual(bundlePaths(exportKubernetes(parsed.map, { env: 'dev' }).files));
    await dialog.getByLabel('Environment').selectOption('');
  });

  it('writes the bundle as a zip download holding those files', async () => {
    const dialog = page.getByRole('dialog');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Write files…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('ehealth-platform-k8s.zip');
    const entries = unzipSync(readFileSync(await file.path()));
    expect(Object.keys(entries).sort()).toEqual(bundlePaths(BUNDLE));
    for (const [path, bytes] of Object.entries(entries)) expect(strFromU8(bytes)).toBe(BUNDLE[path]);
    expect(await dialog.locator('.export-outcome').textContent()).toContain(
      `Wrote ${bundlePaths(BUNDLE).length} files`,
    );
  });

  it('writes ExternalSecrets from the store you name when you choose them, and no secrets/ folder', async () => {
    const dialog = page.getByRole('dialog');
    const expected = exportKubernetes(parsed.map, { secrets: 'external-secrets', secretStore: 'vault' }).files;
    await dialog.getByLabel('Secrets').selectOption('external-secrets');
    const store = dialog.getByLabel('Secret store');
    expect(await store.inputValue()).toBe('platform-secrets');
    // A name Kubernetes refuses blocks the export, as `--secret-store` does on the command line.
    await store.fill('Vault Store');
    await expect.poll(() => dialog.getByRole('button', { name: 'Write files…' }).count()).toBe(0);
    expect(await dialog.getByRole('alert', { name: 'Export messages' }).textContent()).toContain('export/secret-store');
    await store.fill('vault');
    const listed = () =>
      dialog.locator('[data-export-file]').evaluateAll((els) => els.map((e) => e.getAttribute('data-export-file')));
    await expect.poll(async () => [...(await listed())].sort()).toEqual(bundlePaths(expected));
    await page.screenshot({ path: `${SCREENSHOTS}/export-external-secrets.png` });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Write files…' }).click();
    const entries = unzipSync(readFileSync(await (await download).path()));
    const written = Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]));
    expect(written).toEqual(expected);
    expect(Object.keys(written).some((path) => path.startsWith('secrets/'))).toBe(false);
    const externalSecrets = Object.values(written).filter((text) => text.includes('kind: ExternalSecret'));
    expect(externalSecrets.length).toBeGreaterThan(0);
    for (const text of externalSecrets) expect(text).toContain('name: vault');
    await dialog.getByLabel('Secrets').selectOption('placeholder');
    expect(await dialog.getByLabel('Secret store').count()).toBe(0);
  });

  it('closes with Escape, leaving the map as it was', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.file-name').textContent()).not.toContain('•');
  });
});

describe('importing OnlineWardleyMaps text', () => {
  it('opens a dropped .owm file as a new untitled map, with the warnings and their lines', async () => {
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'clinic.owm', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, CLINIC_OWM);
    await expect.poll(nodeIds).toEqual(['patient', 'booking', 'scheduling', 'payments', 'messaging', 'legacy-ehr']);
    expect(await page.locator('[data-link="booking->scheduling"]').count()).toBe(1);
    expect(await page.locator('[data-node-id="scheduling"] .halo-build').count()).toBe(1);
    expect(await page.locator('[data-node-id="payments"] .halo-buy').count()).toBe(1);
    expect(await page.locator('[data-node-id="messaging"] .halo-outsource').count()).toBe(1);
    expect(await page.locator('[data-node-id="scheduling"] .evolve').count()).toBe(1);
    const report = page.getByRole('status', { name: 'Import warnings' });
    expect(await report.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^line 3 .*Booking/),
      expect.stringMatching(/^line 14 .*style/),
    ]);
    // Never saved over the .owm: an untitled YAML map with unsaved changes.
    expect(await page.locator('.file-name').textContent()).toBe('• clinic.yaml');
    await page.screenshot({ path: `${SCREENSHOTS}/owm-import.png` });
  });

  it('dismisses the import warnings', async () => {
    await page.getByRole('button', { name: 'Dismiss import warnings' }).click();
    expect(await page.getByRole('status', { name: 'Import warnings' }).count()).toBe(0);
  });

  it('copies and pastes nodes inside the map as before', async () => {
    await page.locator('[data-node-id="payments"] .body').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('[data-node-id]').count()).toBe(7);
  });

  it('imports OWM text pasted on the canvas, asking first because the map is unsaved', async () => {
    await page.evaluate((text) => navigator.clipboard.writeText(text), TEA_OWM);
    const asked = answerUnsavedWithDiscard();
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+v');
    await expect.poll(nodeIds).toEqual(['business', 'cup-of-tea', 'kettle', 'power']);
    expect(asked[0]).toContain('clinic.yaml has unsaved changes. Save them first?');
    expect(asked[1]).toContain('Discard the unsaved changes to clinic.yaml?');
    expect(await page.locator('.file-name').textContent()).toBe('• tea-shop.yaml');
  });
});

/** Answers the browser's two questions about unsaved work: not "save first", but "discard". */
function answerUnsavedWithDiscard(): string[] {
  const asked: string[] = [];
  const answer = (d: Dialog) => {
    asked.push(d.message());
    if (d.message().includes('Save them first')) void d.dismiss();
    else {
      void d.accept();
      page.off('dialog', answer);
    }
  };
  page.on('dialog', answer);
  return asked;
}

describe('exporting a map that did not load', () => {
  it('explains why nothing can be exported', async () => {
    answerUnsavedWithDiscard();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['version: 1\ntitle: Broken\nnodes: [\n'], 'broken.yaml', { type: 'text/yaml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.getByRole('alert', { name: 'Map could not be loaded' }).waitFor();
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Kubernetes (Kustomize)…' }).click();
    const messages = page.getByRole('dialog').getByRole('alert', { name: 'Export messages' });
    expect(await messages.textContent()).toContain('Nothing can be exported: broken.yaml did not load as a map');
    expect(await messages.locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Write files…' }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/export-blocked.png` });
    await page.keyboard.press('Escape');
  });
});
