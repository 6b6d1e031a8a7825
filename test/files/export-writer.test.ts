import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExportFiles } from '../../files/export-writer.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FILES = new Map([
  ['README.md', '# bundle\n'],
  ['base/kustomization.yaml', 'resources: []\n'],
  ['overlays/prod/kustomization.yaml', 'resources: [../../base]\n'],
]);

describe('writeExportFiles', () => {
  it('reports which files a re-export replaced, and leaves files it did not generate alone', async () => {
    const out = join(dir, 'out');
    await mkdir(join(out, 'base'), { recursive: true });
    await writeFile(join(out, 'base', 'kustomization.yaml'), 'old\n');
    await writeFile(join(out, 'base', 'hand-written.yaml'), 'mine\n');

    const first = await writeExportFiles(out, FILES);
    expect(first).toMatchObject({ ok: true, overwritten: ['base/kustomization.yaml'] });
    expect(first.ok && first.written.sort()).toEqual([...FILES.keys()].sort());
    expect(await readFile(join(out, 'base', 'hand-written.yaml'), 'utf8')).toBe('mine\n');
    expect((await readdir(join(out, 'base'))).sort()).toEqual(['hand-written.yaml', 'kustomization.yaml']);

    const again = await writeExportFiles(out, FILES);
    expect(again.ok && again.overwritten.sort()).toEqual([...FILES.keys()].sort());
  });

  it('refuses a file symlink planted in the folder and leaves the file it points at alone', async () => {
    const out = join(dir, 'out');
    await mkdir(out);
    const secret = join(dir, 'secret.txt');
    await writeFile(secret, 'keep me\n');
    await symlink('../secret.txt', join(out, 'README.md'));

    const result = await writeExportFiles(out, FILES);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message).toContain('README.md');
    expect(await readFile(secret, 'utf8')).toBe('keep me\n');
    expect(await readlink(join(out, 'README.md'))).toBe('../secret.txt');
    // Refused before anything was written: no half export beside the link.
    expect(await readdir(out)).toEqual(['README.md']);
  });

  it('refuses a symlinked subfolder leading outside', async () => {
    const out = join(dir, 'out');
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(out);
    await mkdir(elsewhere);
    await symlink(elsewhere, join(out, 'base'));

    const result = await writeExportFiles(out, FILES);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('writes regular files (no link survives at a target) and leaves no temp files', async () => {
    const out = join(dir, 'out');
    expect(await writeExportFiles(out, FILES)).toMatchObject({ ok: true });
    expect((await lstat(join(out, 'README.md'))).isFile()).toBe(true);
    expect((await readdir(out)).sort()).toEqual(['README.md', 'base', 'overlays']);
  });
});
