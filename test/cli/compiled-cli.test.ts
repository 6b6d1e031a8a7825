// `mapwright` runs the CLI compiled at install while it is current, and the sources as soon as one
// of them is edited (bin/mapwright.js, bin/compiled-cli.js, scripts/build-cli.mjs).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledCliIsCurrent, loadCompiledCli } from '../../bin/compiled-cli.js';
import { ROOT } from './run-cli.ts';

/** A checkout of its own (the parts the CLI is built from), sharing this one's node_modules. */
function checkoutCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-checkout-'));
  for (const part of ['bin', 'cli', 'core', 'schema', 'server', 'files', 'maps', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  mkdirSync(join(dir, 'scripts'));
  for (const script of ['build-cli.mjs', 'cli-code-cache.mjs']) {
    cpSync(join(ROOT, 'scripts', script), join(dir, 'scripts', script));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function validateSummary(checkout: string): string {
  const r = spawnSync(process.execPath, ['bin/mapwright.js', 'validate', 'maps/conference.yaml'], {
    cwd: checkout,
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  return r.stderr.trim();
}

/** Whether a new process of the checkout's CLI starts from the code cache its build wrote. */
function codeCacheTaken(checkout: string): boolean {
  const probe = `import { loadCompiledCli } from './bin/compiled-cli.js';
process.stdout.write(String(!loadCompiledCli(process.cwd() + '/').cacheRejected));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: checkout, encoding: 'utf8' });
  return r.stdout === 'true';
}

/** A root folder holding a bundle built from `sources` (all older than it). */
function builtRoot(sources: string[], bundle = 'exports.main = async () => 7;'): string {
  const root = `${mkdtempSync(join(tmpdir(), 'mapwright-compiled-'))}/`;
  mkdirSync(`${root}dist/cli`, { recursive: true });
  const past = new Date(Date.now() - 60_000);
  for (const file of sources) {
    writeFileSync(root + file, '// source\n');
    utimesSync(root + file, past, past);
  }
  writeFileSync(`${root}dist/cli/mapwright.cjs`, bundle);
  writeFileSync(`${root}dist/cli/inputs.json`, JSON.stringify(sources));
  return root;
}

function touch(file: string, secondsFromNow: number): void {
  const when = new Date(Date.now() + secondsFromNow * 1000);
  utimesSync(file, when, when);
}

describe('the compiled CLI', () => {
  it('runs an edited source at once, and the bundle again once it is rebuilt', () => {
    const checkout = checkoutCopy();
    const build = () => spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: checkout, encoding: 'utf8' });
    expect(build().status).toBe(0);
    expect(validateSummary(checkout)).toBe('1 file checked: clean');
    expect(codeCacheTaken(checkout)).toBe(true);

    const report = join(checkout, 'cli/report.ts');
    writeFileSync(report, readFileSync(report, 'utf8').replace('} checked:', '} looked at:'));
    expect(validateSummary(checkout)).toBe('1 file looked at: clean');

    // The same edit dated before the build: the bundle, built without it, is what runs.
    touch(report, -3600);
    expect(validateSummary(checkout)).toBe('1 file checked: clean');

    touch(report, 0);
    expect(build().status).toBe(0);
    expect(validateSummary(checkout)).toBe('1 file looked at: clean');
  });

  it('is current only while no source it was built from is newer, missing or unlisted', () => {
    const root = builtRoot(['a.ts', 'b.ts']);
    expect(compiledCliIsCurrent(root)).toBe(true);
    touch(`${root}b.ts`, 5);
    expect(compiledCliIsCurrent(root)).toBe(false);

    const gone = builtRoot(['a.ts']);
    writeFileSync(`${gone}dist/cli/inputs.json`, JSON.stringify(['a.ts', 'removed.ts']));
    expect(compiledCliIsCurrent(gone)).toBe(false);

    const unlisted = builtRoot([]);
    expect(compiledCliIsCurrent(unlisted)).toBe(false);
    writeFileSync(`${unlisted}dist/cli/inputs.json`, 'not json');
    expect(compiledCliIsCurrent(unlisted)).toBe(false);
  });

  it('takes a code cache written after the bundle, and never one older than the bundle', async () => {
    const root = builtRoot(['a.ts']);
    const first = loadCompiledCli(root);
    expect(first.cacheRejected).toBe(true);
    first.saveCodeCache();
    const cached = loadCompiledCli(root);
    expect(cached.cacheRejected).toBe(false);
    expect(await cached.main()).toBe(7);

    // Rebuilt to a bundle of the very same length: V8 would take the old cache for it.
    writeFileSync(`${root}dist/cli/mapwright.cjs`, 'exports.main = async () => 8;');
    touch(`${root}dist/cli/mapwright.cjs`, 5);
    const rebuilt = loadCompiledCli(root);
    expect(rebuilt.cacheRejected).toBe(true);
    expect(await rebuilt.main()).toBe(8);
  });
});
