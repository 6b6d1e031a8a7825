// The Open Recent list: a small JSON in the data folder, newest first, at most ten, and files that
// no longer exist are dropped when the list is read.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeTextAtomically } from './atomic-save.ts';

export const MAX_RECENT = 10;
const FILE_NAME = 'recent-files.json';

export async function readRecentFiles(folder: string): Promise<string[]> {
  const listed = await readList(folder);
  const existing: string[] = [];
  for (const path of listed) {
    if (await isFile(path)) existing.push(path);
  }
  return existing;
}

/** Puts `path` first; returns the new list. */
export async function addRecentFile(folder: string, path: string): Promise<string[]> {
  const current = await readRecentFiles(folder);
  const next = [path, ...current.filter((p) => p !== path)].slice(0, MAX_RECENT);
  await mkdir(folder, { recursive: true });
  await writeTextAtomically(join(folder, FILE_NAME), `${JSON.stringify({ files: next }, null, 2)}\n`);
  return next;
}

async function readList(folder: string): Promise<string[]> {
  try {
    const data: unknown = JSON.parse(await readFile(join(folder, FILE_NAME), 'utf8'));
    if (typeof data !== 'object' || data === null || !('files' in data) || !Array.isArray(data.files)) return [];
    const files = data.files.filter((p: unknown): p is string => typeof p === 'string' && p.length > 0);
    return [...new Set(files)].slice(0, MAX_RECENT);
  } catch {
    // Missing or damaged: an empty list is the honest answer; the next open rewrites it.
    return [];
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
