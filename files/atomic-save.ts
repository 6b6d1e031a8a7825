// Saving a map so that a crash or power cut leaves the old file or the new one, never a mix
// (write-file-atomic: temp file + fsync + rename), and never over a version we have not seen.
import writeFileAtomic from 'write-file-atomic';
import { fingerprintOf, readWithFingerprint, sha256Of, type Fingerprint } from './fingerprint.ts';
import { checkLoadsBack } from './load-back.ts';

export type SaveOutcome =
  { ok: true; fingerprint: Fingerprint } | { ok: false; reason: 'conflict' | 'invalid' | 'io'; message: string };

export interface SaveRequest {
  path: string;
  text: string;
  /** What the file was when opened or last saved; null for a new file (it must not exist yet). */
  baseline: Fingerprint | null;
  /** The user chose to replace a newer version on disk. */
  overwriteNewer?: boolean;
}

export async function saveMapFile(request: SaveRequest): Promise<SaveOutcome> {
  const loads = checkLoadsBack(request.text);
  if (!loads.ok) return { ok: false, reason: 'invalid', message: loads.message };
  try {
    if (!request.overwriteNewer) {
      const conflict = await newerOnDisk(request.path, request.baseline);
      if (conflict) return { ok: false, reason: 'conflict', message: conflict };
    }
    await writeTextAtomically(request.path, request.text);
    const written = await readWithFingerprint(request.path);
    if (!written || written.fingerprint.sha256 !== sha256Of(request.text)) {
      return { ok: false, reason: 'io', message: 'the file on disk does not match what was saved' };
    }
    return { ok: true, fingerprint: written.fingerprint };
  } catch (e) {
    return { ok: false, reason: 'io', message: e instanceof Error ? e.message : String(e) };
  }
}

/** Atomic write with fsync (write-file-atomic's default), UTF-8 text as given. */
export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
}

/** The same atomic write for binary files (a PNG picture). */
export async function writeBytesAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: true });
}

/** A message when the file is not what we last saw (VS Code: "The content of the file is newer"). */
async function newerOnDisk(path: string, baseline: Fingerprint | null): Promise<string | null> {
  const now = await fingerprintOf(path);
  if (baseline === null) return now === null ? null : 'a file with this name was created since; not overwritten';
  if (now === null) return null; // deleted on disk: saving recreates it, nothing newer is lost
  if (now.sha256 === baseline.sha256) return null;
  return 'the file changed on disk since it was opened or last saved';
}
