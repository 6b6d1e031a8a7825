// Writing exported files into the folder the user picked. Only relative paths built from ids reach
// here (checked by the IPC validator); containment is checked again with both path flavours after
// resolving the real folder, so `..`, drive letters or a symlinked folder cannot escape it, and a
// file symlink at a target is refused before anything is written (never written through). The
// writes themselves happen from inside each subfolder (pinned-write.ts): a link swapped in while
// the export runs is refused too.
import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isSafeRelativePath } from '../core/host/payloads.ts';
import { LinkRefused } from './link-safe-write.ts';
import { writeBelowFolder } from './pinned-write.ts';

export type ExportWrite =
  | { ok: true; folder: string; written: string[]; overwritten: string[] }
  | { ok: false; reason: 'invalid' | 'io'; message: string };

export function isContained(root: string, relative: string): boolean {
  if (!isSafeRelativePath(relative)) return false;
  for (const flavour of [path.posix, path.win32]) {
    const target = flavour.resolve(root, relative);
    const back = flavour.relative(flavour.resolve(root), target);
    if (back === '' || back.startsWith('..') || flavour.isAbsolute(back)) return false;
  }
  return true;
}

export async function writeExportFiles(folder: string, files: ReadonlyMap<string, string>): Promise<ExportWrite> {
  let root: string;
  try {
    await mkdir(folder, { recursive: true });
    root = await realpath(folder);
  } catch (e) {
    return { ok: false, reason: 'io', message: messageOf(e) };
  }
  for (const relative of files.keys()) {
    if (!isContained(root, relative))
      return { ok: false, reason: 'invalid', message: `refused to write outside the folder: ${relative}` };
    if ((await kindOf(path.join(root, ...relative.split('/')))) === 'link')
      return { ok: false, reason: 'invalid', message: `refused to write through a link: ${relative}` };
  }
  const written: string[] = [];
  const overwritten: string[] = [];
  const namesIn = namesByFolder([...files.keys()]);
  const swept = new Set<string>();
  try {
    for (const [relative, text] of files) {
      const folder = path.posix.dirname(relative);
      // Temps an interrupted export left beside these files go on the next export into the folder.
      const sweep = swept.has(folder) ? undefined : namesIn.get(folder);
      swept.add(folder);
      // Every subfolder is entered and checked on the way, and the file written from inside it,
      // so a subfolder swapped for a link at any moment cannot redirect the write (pinned-write.ts).
      const { replaced } = writeBelowFolder(root, relative, text, sweep ? { sweep } : {});
      // Reported back so the user sees what a re-export replaced; nothing else is touched or deleted.
      if (replaced) overwritten.push(relative);
      written.push(relative);
    }
  } catch (e) {
    if (e instanceof LinkRefused) {
      const message = `refused to write through a link: ${path.relative(root, e.path)} (${written.length} of ${files.size} files written)`;
      return { ok: false, reason: 'invalid', message };
    }
    return { ok: false, reason: 'io', message: `${messageOf(e)} (${written.length} of ${files.size} files written)` };
  }
  return { ok: true, folder: root, written, overwritten };
}

/** Folder (relative, `/`-separated) → names of the files written into it. */
function namesByFolder(relatives: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const relative of relatives) {
    const folder = path.posix.dirname(relative);
    out.set(folder, (out.get(folder) ?? new Set()).add(path.posix.basename(relative)));
  }
  return out;
}

async function kindOf(target: string): Promise<'none' | 'link' | 'other'> {
  try {
    return (await lstat(target)).isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'none';
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
