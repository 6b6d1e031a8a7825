// Writes an exported bundle into a folder, safely: every path is checked against the folder's
// real path with both POSIX and Windows rules, symlinks that lead out are refused, reserved
// Windows names are refused, and nothing is ever deleted. A dry run reports the same plan.
import { lstat, mkdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { bundlePaths, safeBundlePath, type Bundle } from '../core/export/bundle.ts';

export type WriteStatus = 'new' | 'overwrite' | 'unchanged';

export interface PlannedFile {
  path: string;
  status: WriteStatus;
}

export type WritePlan = { ok: true; root: string; files: PlannedFile[] } | { ok: false; errors: string[] };

/** True when `child` (relative to `root`) stays inside `root` under both POSIX and Windows rules. */
export function staysInside(root: string, child: string): boolean {
  for (const p of [path.posix, path.win32]) {
    if (p.isAbsolute(child)) return false;
    const rel = p.relative(p.resolve(root), p.resolve(root, child));
    if (rel === '' || rel === '..' || rel.startsWith(`..${p.sep}`) || p.isAbsolute(rel)) return false;
  }
  return true;
}

/** What writing `bundle` into `dir` would do, without touching the disk. */
export async function planBundleWrite(dir: string, bundle: Bundle): Promise<WritePlan> {
  const root = await realFolder(dir);
  const errors: string[] = [];
  const files: PlannedFile[] = [];
  for (const rel of bundlePaths(bundle)) {
    const check = safeBundlePath(rel);
    if (!check.ok) errors.push(`${rel}: ${check.reason}`);
    else if (!staysInside(root, rel)) errors.push(`${rel}: would be written outside ${root}`);
    else if (!(await folderStaysInside(root, rel)))
      errors.push(`${rel}: a folder on its way is a link leading outside ${root}`);
    else {
      const status = await statusOf(root, rel, bundle[rel] ?? '');
      if (status === 'symlink') errors.push(`${rel}: is a symbolic link; refusing to write through it`);
      else files.push({ path: rel, status });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, root, files };
}

/** Writes new and changed files of a plan (atomically, one by one); unchanged files are left as they are. */
export async function writeBundle(dir: string, bundle: Bundle): Promise<WritePlan> {
  await mkdir(dir, { recursive: true });
  const plan = await planBundleWrite(dir, bundle);
  if (!plan.ok) return plan;
  // Loaded on use, as in cli/files.ts: `--help` and a dry run need not start node:crypto.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  for (const file of plan.files) {
    if (file.status === 'unchanged') continue;
    const target = path.join(plan.root, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    // A folder on the way may be a symlink planted after planning: check where it really is.
    const parent = await realpath(path.dirname(target));
    if (!isWithin(plan.root, parent)) throw new Error(`${file.path}: folder leads outside ${plan.root}`);
    await writeFileAtomic(target, bundle[file.path] ?? '');
  }
  return plan;
}

/** The folder's real path; a folder that does not exist yet resolves through its nearest parent. */
async function realFolder(dir: string): Promise<string> {
  const absolute = path.resolve(dir);
  try {
    return await realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(await realFolder(parent), path.basename(absolute));
  }
}

/** The nearest existing folder above the file, resolved through links, is still inside root. */
async function folderStaysInside(root: string, rel: string): Promise<boolean> {
  let dir = path.dirname(path.join(root, ...rel.split('/')));
  for (;;) {
    try {
      return isWithin(root, await realpath(dir));
    } catch {
      if (dir === root || path.dirname(dir) === dir) return true;
      dir = path.dirname(dir);
    }
  }
}

function isWithin(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function statusOf(root: string, rel: string, text: string): Promise<WriteStatus | 'symlink'> {
  const target = path.join(root, ...rel.split('/'));
  try {
    const info = await lstat(target);
    if (info.isSymbolicLink()) return 'symlink';
    const current = await readFile(target, 'utf8');
    return current === text ? 'unchanged' : 'overwrite';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'new';
    throw e;
  }
}
