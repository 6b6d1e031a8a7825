// The README's exit codes hold for the commands that read a map: a map that does not load exits 1
// (its errors at file:line:col, like any finding that fails), a file that cannot be read exits 2.
// render exited 2 for a map that did not load, unlike every other command. And every command says
// both as `validate` does: `file:line:col: error rule message`, `file: error file/unreadable ...`
// (plan printed `file:l:c: rule: message`, serve `serve: path:l:c: message` with exit 2, render,
// export k8s/compose and report `mapwright: cannot read ...`).
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
  ['fmt --check', (map) => ['fmt', '--check', map]],
  ['show', (map) => ['show', map]],
  ['plan', (map) => ['plan', map]],
  ['export k8s', (map) => ['export', 'k8s', map, '-o', out]],
  ['export compose', (map) => ['export', 'compose', map]],
  ['export owm', (map) => ['export', 'owm', map]],
  ['export mermaid', (map) => ['export', 'mermaid', map]],
  ['export backstage', (map) => ['export', 'backstage', map, '-o', join(dir, 'catalog')]],
  ['render', (map) => ['render', map, '-o', join(dir, 'map.svg')]],
  ['diff', (map) => ['diff', map, map]],
  ['report compliance', (map) => ['report', 'compliance', map]],
  ['serve', (map) => ['serve', map, '--port', '0']],
];

describe('exit codes', () => {
  it.each(COMMANDS)('%s: a map that does not load exits 1 at file:line:col; a missing file exits 2', (_, args) => {
    const notLoading = mapwright(...args(broken));
    expect(notLoading.status).toBe(1);
    expect(notLoading.stdout + notLoading.stderr).toMatch(/broken\.yaml:\d+:\d+: error yaml\/syntax \S/);
    const unreadable = mapwright(...args(missing));
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain(`${missing}: error file/unreadable cannot read the file: no such file`);
  });

  it('are said so in the README', () => {
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    const codes = /Exit codes: (.*?)```/.exec(readme)?.[1] ?? '';
    expect(codes).toMatch(/`1` [^`]*a map that does not load/);
    expect(codes).toMatch(/`2` [^`]*a file that cannot be read/);
  });
});
