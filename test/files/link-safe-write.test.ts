import { chmod, lstat, mkdtemp, readFile, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LinkRefused, writeRefusingLinks } from '../../files/link-safe-write.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mapwright-link-safe-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeRefusingLinks', () => {
  it('creates and replaces a regular file, keeping its mode, with no temp file left', async () => {
    const target = join(dir, 'out.yaml');
    await writeRefusingLinks(target, 'one\n');
    await chmod(target, 0o640);
    await writeRefusingLinks(target, new TextEncoder().encode('two\n'));
    expect(await readFile(target, 'utf8')).toBe('two\n');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['out.yaml']);
  });

  it('refuses a symlink at the path and never touches what it points at', async () => {
    const secret = join(dir, 'secret.txt');
    await writeFile(secret, 'keep me\n');
    const target = join(dir, 'out.yaml');
    await symlink(secret, target);
    await expect(writeRefusingLinks(target, 'evil\n')).rejects.toBeInstanceOf(LinkRefused);
    expect(await readFile(secret, 'utf8')).toBe('keep me\n');
    expect((await lstat(target)).isSymbolicLink()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['out.yaml', 'secret.txt']);
  });

  it('refuses a dangling symlink too (it would create a file outside)', async () => {
    const target = join(dir, 'out.yaml');
    await symlink(join(dir, 'nowhere', 'created.txt'), target);
    await expect(writeRefusingLinks(target, 'x')).rejects.toBeInstanceOf(LinkRefused);
    expect(await readdir(dir)).toEqual(['out.yaml']);
  });

  it('sweeps stale temps an earlier, killed write of the same file left, and nothing else', async () => {
    const old = new Date(Date.now() - 120_000);
    for (const name of ['out.yaml.123', 'out.yaml.77', 'other.yaml.5', 'out.yaml.bak']) {
      await writeFile(join(dir, name), 'half');
      if (name !== 'out.yaml.77') await utimes(join(dir, name), old, old);
    }
    await writeRefusingLinks(join(dir, 'out.yaml'), 'whole\n');
    // out.yaml.77 is young: it may be another write in progress.
    expect((await readdir(dir)).sort()).toEqual(['other.yaml.5', 'out.yaml', 'out.yaml.77', 'out.yaml.bak']);
  });
});
