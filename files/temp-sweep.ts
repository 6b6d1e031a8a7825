// write-file-atomic leaves `<name>.<number>` temp files when the process is killed mid-save
// (631 of 1,000 kills in RELIABILITY.md §2). Sweep the stale ones of map files when a folder is opened.
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const TEMP_SIBLING = /^(.+\.(?:ya?ml))\.(\d{1,10})$/i;
export const STALE_TEMP_AGE_MS = 60_000;

/** Removes stale temp siblings of map files (or of names matching `temps`) in `folder`; returns the names removed. */
export async function sweepStaleTemps(
  folder: string,
  now = Date.now(),
  maxAgeMs = STALE_TEMP_AGE_MS,
  temps: RegExp = TEMP_SIBLING,
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!temps.test(name)) continue;
    const path = join(folder, name);
    try {
      const info = await stat(path);
      // A younger temp file may belong to a save in progress (another window or the CLI).
      if (!info.isFile() || now - info.mtimeMs < maxAgeMs) continue;
      await unlink(path);
      removed.push(name);
    } catch {
      // Gone already or not ours to remove: nothing to sweep.
    }
  }
  return removed;
}
