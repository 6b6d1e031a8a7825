// Writing a file below a folder so that no link on the way can lead the write outside it, even when
// a subfolder is swapped for a link while an export runs. Checking a path and then writing to it
// resolves the path twice, and a swap in between redirects the write (time of check to time of
// use). Node has no openat(2); the working directory is the one directory handle it offers: once
// the process is inside a folder, relative opens and renames act on that folder itself, whatever
// later happens to the path that led there. So each subfolder is entered one at a time, where the
// process then stands is checked, and the file is written by its bare name. Synchronous from the
// first chdir to the last, so no other code of this process runs while the directory is changed.
import { randomInt } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { LinkRefused } from './link-safe-write.ts';
import { STALE_TEMP_AGE_MS } from './temp-sweep.ts';

export interface PinnedWrite {
  /** A file was at the target before (it is replaced, never written into). */
  replaced: boolean;
  /** Stale temp files of earlier, interrupted writes removed from the target's folder. */
  swept: string[];
}

export interface PinnedOptions {
  /** Removes stale `<name>.<n>` temps of these file names in the target's folder first. */
  sweep?: ReadonlySet<string>;
  now?: number;
}

/**
 * Writes `data` to `root/relative` (`/`-separated), creating subfolders. `root` must be a real
 * path (no links). Throws LinkRefused when a subfolder leads outside `root` or the target is a link.
 */
export function writeBelowFolder(
  root: string,
  relative: string,
  data: string | Uint8Array,
  options: PinnedOptions = {},
): PinnedWrite {
  const segments = relative.split('/');
  const name = segments.pop() ?? '';
  const before = process.cwd();
  try {
    enter(root, root, relative);
    for (const segment of segments) {
      makeFolder(segment);
      enter(segment, root, relative);
    }
    const swept = options.sweep ? sweepHere(options.sweep, options.now ?? Date.now()) : [];
    return { replaced: replaceHere(name, data, path.join(root, relative)), swept };
  } finally {
    process.chdir(before);
  }
}

function enter(folder: string, root: string, relative: string): void {
  process.chdir(folder);
  const here = whereAmI();
  if (here !== root && !here.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
    throw new LinkRefused(path.join(root, relative));
  }
}

// getcwd(3) names the directory the process stands in, with no link in it. Windows keeps the path
// it was given, so there the directory's final path is asked for.
function whereAmI(): string {
  return process.platform === 'win32' ? realpathSync.native('.') : process.cwd();
}

function makeFolder(segment: string): void {
  try {
    mkdirSync(segment);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

/** Writes `name` in the current folder: a fresh O_EXCL temp, fsync, rename over the name. */
function replaceHere(name: string, data: string | Uint8Array, shown: string): boolean {
  const existing = lstatOrNull(name);
  if (existing?.isSymbolicLink()) throw new LinkRefused(shown);
  // Same `<name>.<number>` shape as write-file-atomic's temps, so the sweeps find leftovers.
  const temp = `${name}.${randomInt(2 ** 31)}`;
  const fd = openSync(temp, 'wx', existing?.isFile() ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, name);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never created.
    }
    throw e;
  }
  return existing !== null;
}

/** Stale temps (older than a minute: a younger one may be another write in progress) of `names` here. */
function sweepHere(names: ReadonlySet<string>, now: number): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync('.')) {
    const dot = entry.lastIndexOf('.');
    if (dot <= 0 || !/^\d{1,10}$/.test(entry.slice(dot + 1)) || !names.has(entry.slice(0, dot))) continue;
    try {
      const info = lstatSync(entry);
      if (!info.isFile() || now - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
      unlinkSync(entry);
      removed.push(entry);
    } catch {
      // Gone already: nothing to sweep.
    }
  }
  return removed;
}

function lstatOrNull(name: string) {
  try {
    return lstatSync(name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
