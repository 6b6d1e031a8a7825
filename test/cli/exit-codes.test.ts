// The README's exit codes hold for the commands that read a map: a map that does not load exits 1
// (its errors at file:line:col, like any finding that fails), a file that cannot be read exits 2.
// render exited 2 for a map that did not load, unlike every other command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapwright } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'mapwright-exit-'));
const broken = join(dir, 'broken.yaml');
writeFileSync(broken, 'version: 1\ntitle: x\nnodes:\n  a: [unclosed\n');
const missing = join(dir, 'missing.yaml');
const out = join(dir, 'out');

const COMMANDS: [string, (map: string) => string[]][] = [
  ['validate', (map) => ['validate', map]],
  ['plan', (map) => ['plan', map]],
  ['export k8s', (map) => ['export', 'k8s', map, '-o', out]],
  ['render', (map) => ['render', map, '-o', join(dir, 'map.svg')]],
];

describe('exit codes', () => {
  it.each(COMMANDS)('%s: a map that does not load exits 1 at file:line:col; a missing file exits 2', (_, args) => {
    const notLoading = mapwright(...args(broken));
    expect(notLoading.status).toBe(1);
    expect(notLoading.stdout + notLoading.stderr).toMatch(/broken\.yaml:\d+:\d+:/);
    expect(mapwright(...args(missing)).status).toBe(2);
  });

  it('are said so in the README', () => {
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    const codes = /Exit codes: (.*?)```/.exec(readme)?.[1] ?? '';
    expect(codes).toMatch(/`1` [^`]*a map that does not load/);
    expect(codes).toMatch(/`2` [^`]*a file that cannot be read/);
  });
});
