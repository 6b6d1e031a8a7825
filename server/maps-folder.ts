// The maps the browser server may touch: plain file names directly in the served folder, whose
// real path (links resolved) is still inside that folder. A link to /etc/passwd named
// `a.yaml` is refused, and a write never goes through a link at all.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { isMissing } from '../files/fingerprint.ts';

export const DEFAULT_MAP = 'ehealth-platform.yaml';
const MAP_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.ya?ml$/;

export interface MapListing {
  file: string;
  size: number;
  mtimeMs: number;
}

export function isMapFileName(name: unknown): name is string {
  return typeof name === 'string' && MAP_FILE_NAME.test(name);
}

/** True when `path`'s real location is `root` itself or below it (`root` already real). */
export async function isInside(root: string, path: string): Promise<boolean> {
  try {
    const real = await realpath(path);
    return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  } catch {
    return false;
  }
}

/** The path of an existing map to read, or null (bad name, missing, not a file, or leads outside). */
export async function readableMap(root: string, name: unknown): Promise<string | null> {
  if (!isMapFileName(name)) return null;
  const path = join(root, name);
  if (!(await isInside(root, path))) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** The path to save a map to, or null: a link (even to a file inside) or a non-file is never written. */
export async function writableMap(root: string, name: unknown): Promise<string | null> {
  if (!isMapFileName(name)) return null;
  const path = join(root, name);
  try {
    return (await lstat(path)).isFile() ? path : null;
  } catch (e) {
    return isMissing(e) ? path : null;
  }
}

export async function listMaps(root: string): Promise<MapListing[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return [];
  }
  const maps: MapListing[] = [];
  for (const name of names.filter(isMapFileName).sort()) {
    const path = await readableMap(root, name);
    if (path === null) continue;
    const info = await stat(path);
    maps.push({ file: name, size: info.size, mtimeMs: info.mtimeMs });
  }
  return maps;
}

/** The map the app opens first: the eHealth example when the folder has it, else the first map. */
export async function defaultMapName(root: string): Promise<string | null> {
  const maps = await listMaps(root);
  return maps.find((m) => m.file === DEFAULT_MAP)?.file ?? maps[0]?.file ?? null;
}
