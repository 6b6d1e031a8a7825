// `mapwright export k8s|compose` end to end in a temporary folder: what is written, what a dry
// run reports, what is refused, and that nothing outside the bundle is ever touched.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { safeBundlePath } from '../../core/export/bundle.ts';
import { main } from '../../cli/main.ts';
import { planBundleWrite, staysInside } from '../../cli/write-bundle.ts';

const MAP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/k8s/conference-mini.yaml');

let work: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'mapwright-export-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

function run(...args: string[]): Promise<number> {
  stdout = '';
  stderr = '';
  return main(['node', 'mapwright', ...args]);
}

describe('mapwright export k8s', () => {
  it('writes the bundle into the folder and lists each file as new', async () => {
    const out = path.join(work, 'out');
    expect(await run('export', 'k8s', MAP, '-o', out)).toBe(0);
    expect(readFileSync(path.join(out, 'base/kustomization.yaml'), 'utf8')).toContain('kind: Kustomization');
    expect(existsSync(path.join(out, 'overlays/prod/north/kustomization.yaml'))).toBe(true);
    expect(stdout).toMatch(/^new +README\.md$/m);
    expect(stderr).toContain('export/no-host mail');
  });

  it('on a dry run writes nothing and shows what a re-export would overwrite', async () => {
    const out = path.join(work, 'out');
    expect(await run('export', 'k8s', MAP, '-o', out, '--dry-run')).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(stdout).toContain('would write 24 of 24 files');
    await run('export', 'k8s', MAP, '-o', out);
    writeFileSync(path.join(out, 'base/portal.yaml'), 'edited by hand\n');
    expect(await run('export', 'k8s', MAP, '-o', out, '--dry-run')).toBe(0);
    expect(stdout).toMatch(/^overwrite +base\/portal\.yaml$/m);
    expect(stdout).toMatch(/^unchanged +README\.md$/m);
    expect(stdout).toContain('would write 1 of 24 files');
    expect(readFileSync(path.join(out, 'base/portal.yaml'), 'utf8')).toBe('edited by hand\n');
  });

  it('never deletes files it did not write', async () => {
    const out = path.join(work, 'out');
    mkdirSync(path.join(out, 'base'), { recursive: true });
    writeFileSync(path.join(out, 'base/team-extra.yaml'), 'mine\n');
    expect(await run('export', 'k8s', MAP, '-o', out, '--env', 'dev')).toBe(0);
    expect(readFileSync(path.join(out, 'base/team-extra.yaml'), 'utf8')).toBe('mine\n');
  });

  it('refuses to write through a link that leads outside the folder', async () => {
    const out = path.join(work, 'out');
    const elsewhere = path.join(work, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(out, 'base'));
    writeFileSync(path.join(work, 'secret.txt'), 'keep\n');
    symlinkSync(path.join(work, 'secret.txt'), path.join(out, 'README.md'));
    expect(await run('export', 'k8s', MAP, '-o', out)).toBe(2);
    expect(stderr).toContain('refused base/portal.yaml');
    expect(stderr).toContain('refused README.md: is a symbolic link');
    expect(readFileSync(path.join(work, 'secret.txt'), 'utf8')).toBe('keep\n');
    expect(existsSync(path.join(elsewhere, 'portal.yaml'))).toBe(false);
  });

  it('rejects an unknown environment (exit 2) and an invalid map (exit 1)', async () => {
    expect(await run('export', 'k8s', MAP, '-o', path.join(work, 'o'), '--env', 'qa')).toBe(2);
    expect(stderr).toContain('no environment "qa"');
    const bad = path.join(work, 'bad.yaml');
    writeFileSync(bad, 'version: 1\ntitle: x\nnodes:\n  a:\n    kind: component\n');
    expect(await run('export', 'k8s', bad, '-o', path.join(work, 'o'))).toBe(1);
    expect(stderr).toMatch(/bad\.yaml:\d+:\d+: error/);
    expect(existsSync(path.join(work, 'o'))).toBe(false);
  });

  it('--secrets external-secrets writes ExternalSecrets instead of placeholder files; bad flavours are refused', async () => {
    const out = path.join(work, 'eso');
    expect(await run('export', 'k8s', MAP, '-o', out, '--secrets', 'external-secrets', '--secret-store', 'vault')).toBe(
      0,
    );
    expect(existsSync(path.join(out, 'secrets'))).toBe(false);
    expect(readFileSync(path.join(out, 'base/database.yaml'), 'utf8')).toContain('kind: ExternalSecret');
    expect(await run('export', 'k8s', MAP, '-o', out, '--secrets', 'vault')).toBe(2);
    expect(stderr).toContain('unknown secrets flavour "vault"');
    expect(await run('export', 'k8s', MAP, '-o', out, '--secrets', 'external-secrets', '--secret-store', 'A/B')).toBe(
      2,
    );
    expect(stderr).toContain('--secret-store takes a Kubernetes object name');
  });

  it("takes the plan's --team-capacity and --max-per-phase, so its phases are that plan's", async () => {
    const hie = path.resolve(path.dirname(MAP), '../../../maps/hie-monolith.yaml');
    const out = path.join(work, 'limited');
    expect(await run('export', 'k8s', hie, '-o', out, '--phase', 'last', '--team-capacity', '1')).toBe(0);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toContain(
      '**phase 7 of 7** of the migration plan (`mapwright plan --team-capacity 1`)',
    );
    expect(await run('export', 'k8s', hie, '-o', out, '--max-per-phase', '0')).toBe(2);
    expect(stderr).toContain('--max-per-phase takes a whole number of at least 1');
  });
});

describe('mapwright export compose', () => {
  it('prints the compose file, or writes it with -o', async () => {
    expect(await run('export', 'compose', MAP)).toBe(0);
    expect(stdout).toContain('services:');
    const file = path.join(work, 'docker-compose.yaml');
    expect(await run('export', 'compose', MAP, '-o', file)).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  portal:\n');
  });

  it('makes the folder of -o when it does not exist yet, as on a fresh clone', async () => {
    const file = path.join(work, 'out', 'docker-compose.yaml');
    expect(await run('export', 'compose', MAP, '-o', file)).toBe(0);
    expect(stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('  portal:\n');
  });
});

describe('bundle paths', () => {
  it.each([
    ['base/portal.yaml', true],
    ['overlays/prod/eu/kustomization.yaml', true],
    ['../escape.yaml', false],
    ['base/../../x', false],
    ['/etc/passwd', false],
    ['C:/Windows/x', false],
    ['base\\..\\..\\x', false],
    ['CON', false],
    ['base/aux.yaml', false],
    ['base/com1.txt', false],
    ['base/x.', false],
    ['base//x', false],
    ['', false],
  ])('%s is safe: %s', (p, ok) => {
    expect(safeBundlePath(p).ok).toBe(ok);
  });

  it('stays inside the folder under POSIX and Windows rules', () => {
    expect(staysInside('/out', 'a/b.yaml')).toBe(true);
    expect(staysInside('/out', '../b.yaml')).toBe(false);
    expect(staysInside('/out', 'a\\..\\..\\b')).toBe(false);
    expect(staysInside('/out', 'C:\\b')).toBe(false);
    expect(staysInside('/out', '/abs')).toBe(false);
  });

  it('refuses a bundle with an unsafe path before writing anything', async () => {
    const plan = await planBundleWrite(path.join(work, 'out'), { 'ok.yaml': 'a\n', '../evil.yaml': 'b\n' });
    expect(plan.ok).toBe(false);
    expect(existsSync(path.join(work, 'evil.yaml'))).toBe(false);
  });
});
