// Writing exported files into the folder the user picked. Only relative paths built from ids reach
// here (checked by the IPC validator); containment is checked again with both path flavours after
// resolving the real folder, so `..`, drive letters or a symlinked folder cannot escape it.
import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isSafeRelativePath } from '../core/host/contract.ts';
import { writeTextAtomically } from './atomic-save.ts';

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
      if (await exists(target)) overwritten.push(relative);
      await writeTextAtomically(target, text);
      written.push(relative);
    }
  } catch (e) {
    return { ok: false, reason: 'io', message: `${messageOf(e)} (${written.length} of ${files.size} files written)` };
  }
  return { ok: true, folder: root, written, overwritten };
}

async function exists(target: string): Promise<boolean> {
  try {
    await lstat(target);
    return true;
  } catch {
    return false;
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
