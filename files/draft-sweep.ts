// Tidying the drafts folder when the app or the browser server starts: temp files of draft writes
// that a crash left behind, and pairs in the old two-file format (`<id>.yaml` + `<id>.json`), which
// are turned into one-file drafts when they are whole and removed when they are not.
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { draftId, writeDraft } from './drafts.ts';
import { sha256Of } from './fingerprint.ts';
import { checkLoadsBack } from './load-back.ts';
import { STALE_TEMP_AGE_MS, sweepStaleTemps } from './temp-sweep.ts';

/** write-file-atomic's `<name>.<number>` temps of `<id>.draft.json`. */
const DRAFT_TEMP = /^(?:untitled|[0-9a-f]{32})\.draft\.json\.\d{1,10}$/;
const LEGACY_SIDECAR = /^(untitled|[0-9a-f]{32})\.json$/;

interface LegacySidecar {
  format: 1;
  path: string | null;
  name: string;
  baseSha256: string | null;
  textSha256: string;
  savedAt: string;
}

export interface DraftSweep {
  /** Temp files removed. */
  temps: string[];
  /** Old-format drafts kept as one-file drafts. */
  converted: string[];
  /** Old-format files removed (converted, or half-written and so never offered). */
  removed: string[];
}

export async function sweepDraftsFolder(folder: string, now = Date.now()): Promise<DraftSweep> {
  const temps = await sweepStaleTemps(folder, now, STALE_TEMP_AGE_MS, DRAFT_TEMP);
  const sweep: DraftSweep = { temps, converted: [], removed: [] };
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return sweep;
  }
  for (const name of names) {
    const id = LEGACY_SIDECAR.exec(name)?.[1];
    if (id === undefined) continue;
    const legacy = await readLegacyPair(folder, id);
    // A whole old draft is written in the new format before its old files go.
    if (legacy) {
      await writeDraft(folder, legacy.sidecar, legacy.text, legacy.sidecar.baseSha256, legacy.sidecar.savedAt);
      sweep.converted.push(name);
    }
    for (const old of [`${id}.json`, `${id}.yaml`]) {
      await rm(join(folder, old), { force: true });
      sweep.removed.push(old);
    }
  }
  return sweep;
}

async function readLegacyPair(folder: string, id: string): Promise<{ sidecar: LegacySidecar; text: string } | null> {
  try {
    const sidecar = JSON.parse(await readFile(join(folder, `${id}.json`), 'utf8')) as Partial<LegacySidecar>;
    if (sidecar.format !== 1 || typeof sidecar.textSha256 !== 'string' || typeof sidecar.savedAt !== 'string')
      return null;
    const path = sidecar.path;
    if (typeof sidecar.name !== 'string' || !(path === null || typeof path === 'string') || draftId(path) !== id)
      return null;
    const text = await readFile(join(folder, `${id}.yaml`), 'utf8');
    if (text.length === 0 || sha256Of(text) !== sidecar.textSha256 || !checkLoadsBack(text).ok) return null;
    return { sidecar: sidecar as LegacySidecar, text };
  } catch {
    return null;
  }
}
