// Runs the real `mapwright` bin as a child process, the way CI and users run it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = 'test/fixtures/cli';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function mapwright(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/mapwright.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function fixture(name: string): string {
  return `${FIXTURES}/${name}`;
}

/** Copies fixtures into a fresh temporary folder (for commands that write) and returns their paths. */
export function scratchCopies(...names: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-cli-'));
  return names.map((name) => {
    const to = join(dir, name);
    copyFileSync(join(ROOT, FIXTURES, name), to);
    return to;
  });
}
