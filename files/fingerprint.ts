// What we knew about a file when we last read or wrote it. mtime alone misses same-second edits
// (RELIABILITY.md §2), so the content hash decides; size and mtime are kept for messages.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

export interface Fingerprint {
  sha256: string;
  size: number;
  mtimeMs: number;
}

export function sha256Of(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's bytes and fingerprint, or null when it does not exist. */
export async function readWithFingerprint(path: string): Promise<{ bytes: Buffer; fingerprint: Fingerprint } | null> {
  try {
    const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
    return { bytes, fingerprint: { sha256: sha256Of(bytes), size: bytes.byteLength, mtimeMs: info.mtimeMs } };
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

export async function fingerprintOf(path: string): Promise<Fingerprint | null> {
  return (await readWithFingerprint(path))?.fingerprint ?? null;
}

export function isMissing(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e.code === 'ENOENT' || e.code === 'ENOTDIR');
}
