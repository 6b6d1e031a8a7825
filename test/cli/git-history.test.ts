// Maps in git, end to end with a real repository of three commits: `mapwright diff --rev`, the
// git diff driver as documented in the README (through real `git diff` and `git log -p`), the
// history list the app shows, and `render --diff`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileAtRevision, historyEntries } from '../../files/git-history.ts';
import { COMMIT_SUBJECTS, createMapRepo, mapVersion, type MapRepo } from '../support/git-map-repo.ts';
import { ROOT } from './run-cli.ts';

const BIN = join(ROOT, 'bin/mapwright.js');
let repo: MapRepo;

function mapwright(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: repo.dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  repo = createMapRepo();
});
afterAll(() => repo?.remove());

describe('mapwright diff --rev against a real repository', () => {
  it('names every change since the first commit', () => {
    const r = mapwright('diff', repo.mapPath, '--rev', 'HEAD~2');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/\(HEAD~2 → working copy\): \d+ changes$/);
    expect(lines).toEqual(
      expect.arrayContaining([
        '+ added component Search (search)',
        '+ added component Ledger (ledger)',
        '- removed component Legacy billing (legacy-billing)',
        '> moved Payments (payments): evolution 0.3 → 0.78 (+0.48), moved from Custom-Built to Commodity (+utility)',
        '> moved Catalogue (catalogue): evolution 0.5 → 0.62 (+0.12)',
        '$ re-sourced Payments (payments): build → outsource',
      ]),
    );
  });

  it('sees unsaved work in the working copy', () => {
    writeFileSync(repo.mapPath, mapVersion(3).replace('name: Ledger', 'name: General ledger'));
    try {
      const r = mapwright('diff', repo.mapPath, '--rev', 'HEAD');
      expect(r.stdout).toContain('. changed General ledger (ledger): name "Ledger" → "General ledger"');
    } finally {
      writeFileSync(repo.mapPath, mapVersion(3));
    }
  });

  it('says clearly when the revision or the file is not in git', () => {
    const noRev = mapwright('diff', repo.mapPath, '--rev', 'HEAD~7');
    expect(noRev.code).toBe(2);
    expect(noRev.stderr).toContain('there is no revision HEAD~7 in this repository');
    const fresh = join(repo.dir, 'maps', 'fresh.yaml');
    writeFileSync(fresh, mapVersion(1));
    const notCommitted = mapwright('diff', fresh, '--rev', 'HEAD');
    expect(notCommitted.code).toBe(2);
    expect(notCommitted.stderr).toContain('the map is not in revision HEAD');
  });
});

describe('the git diff driver, set up as the README says', () => {
  beforeAll(() => {
    writeFileSync(join(repo.dir, '.gitattributes'), 'maps/*.yaml diff=mapwright\n');
    // The README's `npx --no mapwright diff --git-driver`, pointing at this checkout's bin.
    const command = `"${process.execPath}" "${BIN}" diff --git-driver`;
    expect(repo.git('config', 'diff.mapwright.command', command).code).toBe(0);
  });

  it('makes git diff print the semantic diff', () => {
    const d = repo.git('diff', 'HEAD~1', 'HEAD', '--', 'maps/shop.yaml');
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('mapwright diff a/maps/shop.yaml b/maps/shop.yaml');
    expect(d.stdout).toContain('$ re-sourced Payments (payments): build → outsource');
    expect(d.stdout).toContain('- removed component Legacy billing (legacy-billing)');
    expect(d.stdout).not.toContain('@@');
  });

  it('makes git log -p print one semantic diff per commit, the first one as all added', () => {
    const log = repo.git('log', '-p', '--ext-diff', '--format=commit %s', '--', 'maps/shop.yaml');
    expect(log.code).toBe(0);
    const commits = log.stdout.split(/^commit /m).filter((c) => c.trim() !== '');
    expect(commits.map((c) => c.split('\n')[0])).toEqual([...COMMIT_SUBJECTS].reverse());
    expect(commits[0]).toContain('+ added component Ledger (ledger)');
    expect(commits[1]).toContain('+ added component Search (search)');
    expect(commits[1]).toContain('> moved Payments (payments): evolution 0.3 → 0.45 (+0.15)');
    // git passes /dev/null as the old version of a file a commit adds.
    expect(commits[2]).toContain('+ added user Buyer (buyer)');
    expect(commits[2]).toContain('+ added component Legacy billing (legacy-billing)');
  });

  it('reports a deleted map as all removed', () => {
    const d = repo.git('diff', 'HEAD', '4b825dc642cb6eb9a060e54bf8d69288fbee4904', '--', 'maps/shop.yaml');
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('- removed component Payments (payments)');
  });
});

describe('the history the app lists', () => {
  it('lists the commits that touched the map, newest first, and reads each version', async () => {
    const entries = await historyEntries(repo.mapPath);
    expect(entries.map((e) => e.subject)).toEqual([...COMMIT_SUBJECTS].reverse());
    expect(entries.every((e) => e.author === 'Map Tester' && e.hash.startsWith(e.short))).toBe(true);
    const oldest = entries[2];
    expect(oldest && (await fileAtRevision(repo.mapPath, oldest.hash))).toBe(mapVersion(1));
  });
});

describe('mapwright render --diff', () => {
  it('draws the newer map with ghosts, arrows, added rings and a sourcing badge', () => {
    const old = join(repo.dir, 'old.yaml');
    writeFileSync(old, mapVersion(1));
    const out = join(repo.dir, 'diff.svg');
    const r = mapwright('render', '--diff', old, repo.mapPath, '-o', out);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('data-ghost="legacy-billing"');
    expect(svg).toContain('data-ghost-arrow="payments"');
    expect(svg).toContain('data-added="ledger"');
    expect(svg).toContain('build → outsource');
    expect(svg).toContain('changes since old.yaml');
  });

  it('needs exactly two maps', () => {
    expect(mapwright('render', '--diff', repo.mapPath, '-o', join(repo.dir, 'x.svg')).code).toBe(2);
  });
});
