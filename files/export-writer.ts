// Writing exported files into the folder the user picked. Only relative paths built from ids reach
// here (checked by the IPC validator); containment is checked again with both path flavours after
// resolving the real folder, so `..`, drive letters or a symlinked folder cannot escape it, and a
// file symlink at a target is refused before anything is written (never written through).
import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isSafeRelativePath } from '../core/host/contract.ts';
import { LinkRefused, writeRefusingLinks } from './link-safe-write.ts';

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
  try {
    for (const [relative, text] of files) {
      const target = path.join(root, ...relative.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      // A symlinked subfolder inside the chosen folder could still point elsewhere.
      const parent = await realpath(path.dirname(target));
      if (parent !== root && !parent.startsWith(root + path.sep)) {
        return { ok: false, reason: 'invalid', message: `refused to write through a link: ${relative}` };
      }
      // Reported back so the user sees what a re-export replaced; nothing else is touched or deleted.
      if ((await kindOf(target)) !== 'none') overwritten.push(relative);
      await writeRefusingLinks(target, text);
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
