// The desktop app's main process is bundled into CommonJS (scripts/build.mjs), where import.meta
// is empty: a module that reads import.meta.url at load crashes the app before its window opens.
// Load the real bundle with a stand-in `electron` module and see it get as far as whenReady.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { buildElectron } from '../../scripts/build.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mapwright-main-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every property is a function returning another stand-in; whenReady never resolves, so nothing
// past start-up registration runs. The names of the calls are printed for the test to read.
const STAND_IN = `
const calls = [];
function standIn(name) {
  return new Proxy(function () {}, {
    get: (_t, key) => (key === 'then' ? undefined : standIn(name + '.' + String(key))),
    apply: (_t, _self, args) => {
      calls.push(name);
      if (name.endsWith('whenReady')) return new Promise(() => {});
      if (name.endsWith('requestSingleInstanceLock')) return true;
      return standIn(name + '()');
    },
    construct: () => standIn('new ' + name),
  });
}
process.on('exit', () => console.log(calls.join('\\n')));
module.exports = standIn('electron');
`;

describe('the desktop main-process bundle', () => {
  it('loads without Electron and registers its start-up (no import.meta read at load)', async () => {
    await buildElectron(join(dir, 'app'));
    mkdirSync(join(dir, 'app', 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(dir, 'app', 'node_modules', 'electron', 'index.js'), STAND_IN);
    const run = spawnSync(process.execPath, ['-e', "require('./main.cjs'); setTimeout(() => process.exit(0), 200)"], {
      cwd: join(dir, 'app'),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual(
      expect.arrayContaining(['electron.protocol.registerSchemesAsPrivileged', 'electron.app.whenReady']),
    );
  }, 120_000);
});
