import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/mapwright.js');
const repo = mkdtempSync(join(tmpdir(), 'mapwright-diff-'));
const mapPath = join(repo, 'maps', 'shop.yaml');

function run(
  cmd: string,
  args: string[],
  cwd = repo,
  input?: string,
): { code: number | null; stdout: string; stderr: string } {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: repo,
  };
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const git = (...args: string[]) => run('git', args);
const mapwright = (...args: string[]) => run(process.execPath, [BIN, ...args]);

function mapText(version: 1 | 2 | 3): string {
  const payments =
    version === 1
      ? ''
      : `  payments:\n    kind: component\n    name: Payments\n    evolution: ${version === 2 ? 0.3 : 0.75}\n    visibility: 0.5\n    sourcing: ${version === 2 ? 'build' : 'outsource'}\n`;
  const shopUses = version === 1 ? '[catalogue]' : '[catalogue, payments]';
  return `version: 1\ntitle: Shop\nnodes:\n  buyer:\n    kind: user\n    name: Buyer\n    evolution: 0.5\n    visibility: 0.95\n    uses: [shop]\n  shop:\n    kind: component\n    name: Shop\n    evolution: 0.4\n    visibility: 0.8\n    uses: ${shopUses}\n  catalogue:\n    kind: component\n    name: Catalogue\n    evolution: 0.5\n    visibility: 0.6\n${payments}`;
}

beforeAll(() => {
  mkdirSync(join(repo, 'maps'));
  expect(git('init', '-q').code).toBe(0);
  for (const v of [1, 2, 3] as const) {
    writeFileSync(mapPath, mapText(v));
    git('add', '.');
    expect(git('commit', '-q', '-m', `version ${v}`).code).toBe(0);
  }
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('mapwright diff', () => {
  it('compares two files', () => {
    const old = join(repo, 'old.yaml');
    writeFileSync(old, mapText(1));
    const r = mapwright('diff', old, mapPath);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+ added component Payments (payments)');
    expect(r.stdout).toContain('* re-wired Shop (shop): now uses Payments (payments)');
  });

  it('--rev reads the old version from git', () => {
    const r = mapwright('diff', mapPath, '--rev', 'HEAD~1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '> moved Payments (payments): evolution 0.3 → 0.75 (+0.45), moved from Custom-Built to Commodity (+utility)',
    );
    expect(r.stdout).toContain('$ re-sourced Payments (payments): build → outsource');
    expect(mapwright('diff', mapPath, '--rev', 'HEAD').stdout).toContain('no changes');
  });

  it('--rev --format md and json', () => {
    expect(mapwright('diff', mapPath, '--rev', 'HEAD~2', '--format', 'md').stdout).toContain(
      '#### Added\n\n- **Payments** `payments` (component)',
    );
    const json = JSON.parse(mapwright('diff', mapPath, '--rev', 'HEAD~2', '--format', 'json').stdout) as {
      added: { id: string }[];
    };
    expect(json.added.map((a) => a.id)).toEqual(['payments']);
  });

  it('exits 2 for an unknown revision or a wrong invocation', () => {
    expect(mapwright('diff', mapPath, '--rev', 'no-such-rev').code).toBe(2);
    expect(mapwright('diff', mapPath).code).toBe(2);
    expect(mapwright('diff', mapPath, mapPath, '--format', 'xml').code).toBe(2);
  });

  it('works as a git diff driver for git diff and git log -p', () => {
    writeFileSync(join(repo, '.gitattributes'), 'maps/*.yaml diff=mapwright\n');
    expect(git('config', 'diff.mapwright.command', `"${process.execPath}" "${BIN}" diff --git-driver`).code).toBe(0);
    const d = git('diff', 'HEAD~2', 'HEAD', '--', 'maps/shop.yaml');
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('mapwright diff a/maps/shop.yaml b/maps/shop.yaml');
    expect(d.stdout).toContain('+ added component Payments (payments)');
    const log = git('log', '-p', '--ext-diff', '--format=commit %s', '--', 'maps/shop.yaml');
    expect(log.code).toBe(0);
    expect(log.stdout).toContain('commit version 3\n');
    expect(log.stdout).toContain('$ re-sourced Payments (payments): build → outsource');
    // The first commit adds the file: git passes /dev/null as the old version.
    expect(log.stdout).toMatch(/commit version 1\n[\s\S]*\+ added user Buyer \(buyer\)/);
  });
});
