// Writing an output file (an export, a CLI `-o` target) so that a symbolic link planted at its
// path can never redirect the write. write-file-atomic resolves the target's realpath first and so
// writes through a link (`README.md -> ../secret.txt` replaced the secret); it has no option to
// stop that. Here: refuse a link found at the path, then write a fresh temp sibling opened with
// O_CREAT|O_EXCL (which never follows a link) and rename it over the path. rename(2) replaces a
// link planted after the check instead of following it, so the file outside stays untouched.
import { randomInt } from 'node:crypto';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { STALE_TEMP_AGE_MS, sweepStaleTemps } from './temp-sweep.ts';

export class LinkRefused extends Error {
  constructor(readonly path: string) {
    super(`${basename(path)} is a symbolic link; refusing to write through it`);
    this.name = 'LinkRefused';
  }
}

/** Replaces `target` atomically with `data`, refusing (LinkRefused) when `target` is a link. */
export async function writeRefusingLinks(target: string, data: string | Uint8Array): Promise<void> {
  const existing = await lstatOrNull(target);
  if (existing?.isSymbolicLink()) throw new LinkRefused(target);
  // Same `<name>.<number>` shape as write-file-atomic's temps, so sweepStaleTemps finds leftovers.
  const temp = `${target}.${randomInt(2 ** 31)}`;
  const handle = await open(temp, 'wx', existing?.isFile() ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  // What an earlier, killed write of this same file left beside it.
  await sweepStaleTemps(dirname(target), Date.now(), STALE_TEMP_AGE_MS, tempsOf(basename(target)));
}

function tempsOf(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d{1,10}$`);
}

async function lstatOrNull(path: string) {
  try {
    return await lstat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
