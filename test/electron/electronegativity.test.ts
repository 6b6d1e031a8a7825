// Electronegativity (Doyensec's scanner for Electron misconfigurations) as a gate. Its CLI exits 0
// whatever it finds, so its JS API is called and every finding must be on the allow-list below,
// each with the reason it does not apply. The check that fetches Electron's release list is left
// out (no network in CI); test/electron/supported-version.test.ts covers the Electron version.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  manualReview: boolean;
}
interface ScanResult {
  atomicChecks: number;
  globalChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
type Scan = (options: Record<string, unknown>) => Promise<ScanResult>;

const scan = createRequire(import.meta.url)('@doyensec/electronegativity') as Scan;
const ELECTRON = join(import.meta.dirname, '../../electron');
const electronVersion = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** `<check id> <file>` → why the finding does not apply. */
const ALLOWED: Readonly<Record<string, string>> = {
  'CSP_GLOBAL_CHECK N/A':
    'the CSP is a response header of the app:// protocol handler (electron/window/app-protocol.ts), which a static scan cannot see; main-objects.test.ts asserts the header the handler really sends',
  'PRELOAD_JS_CHECK main.ts':
    'a preload is used on purpose: it exposes one frozen object of named functions over ipcRenderer.invoke, never ipcRenderer (main-objects.test.ts)',
};

async function findings(folder: string): Promise<string[]> {
  const result = await scan({
    input: folder,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  expect(result.atomicChecks).toBeGreaterThan(30);
  expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
  return [...new Set(result.issues.map((i) => `${i.id} ${i.file}`))].sort();
}

describe('Electronegativity', () => {
  it('finds nothing in electron/ beyond the allow-list', async () => {
    const found = await findings(ELECTRON);
    expect(found.filter((f) => !(f in ALLOWED))).toEqual([]);
  }, 120_000);

  it('would fail the gate on a window without the sandbox or with Node in the page', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'mapwright-electronegativity-'));
    cpSync(ELECTRON, copy, { recursive: true });
    const main = join(copy, 'main.ts');
    const weakened = readFileSync(main, 'utf8')
      .replace('sandbox: true,', 'sandbox: false,')
      .replace('contextIsolation: true,', 'contextIsolation: false,')
      .replace('nodeIntegration: false,', 'nodeIntegration: true,');
    writeFileSync(main, weakened);
    const found = await findings(copy);
    const refused = found.filter((f) => !(f in ALLOWED)).map((f) => f.split(' ')[0]);
    expect(refused).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  }, 120_000);
});
