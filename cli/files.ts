// Reading and writing map files for the commands. Maps are read as bytes so core can refuse
// non-UTF-8 files instead of decoding them into U+FFFD; writes are atomic so a crash or a full
// disk never leaves half a map behind.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a parent is not a directory',
  ELOOP: 'too many symbolic links',
  ERR_FS_FILE_TOO_LARGE: 'file is too large',
};

export async function readMapBytes(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: REASONS['EISDIR'] ?? 'is a directory' };
    // A FIFO or a device such as /dev/zero would block or never end.
    if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { ok: false, reason: REASONS[code] ?? (e instanceof Error ? e.message : String(e)) };
  }
}

/** True when the file's bytes already equal `text` encoded as UTF-8. */
export function sameBytes(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(text, 'utf8').equals(bytes);
}

/** Replaces the file atomically (temp file + rename), keeping its mode. */
export async function writeMapText(path: string, text: string): Promise<void> {
  // The writers are loaded on use: with them come node:crypto and worker_threads, about 15 ms of
  // CPU at every start of a command that only reads (validate, show, diff, fmt --check).
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(path, text, { encoding: 'utf8' });
}

/**
 * Writes a `-o` output: atomic, and a symbolic link at the path is refused, never written through.
 * Its folder is made first, as `-o` of a bundle does (`-o out/docker-compose.yaml` on a fresh clone).
 */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const { writeRefusingLinks } = await import('../files/link-safe-write.ts');
  await writeRefusingLinks(path, data);
}
