import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
});
