// Autosaved drafts live in the app's data folder, not beside the map (a file there shows up in
// `git status`). One per open file: `<id>.yaml` holds the text, `<id>.json` the sidecar with the
// base file's hash and the text's own hash, so a half-written or mismatched pair is never offered.
import { readFile, readdir, rm, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkLoadsBack } from './load-back.ts';
import { fingerprintOf, sha256Of, isMissing } from './fingerprint.ts';
import { writeTextAtomically } from './atomic-save.ts';

export interface DraftKey {
  /** The map file the draft belongs to; null for an untitled map. */
  path: string | null;
  /** Shown when recovery is offered. */
  name: string;
}

interface Sidecar {
  format: 1;
  path: string | null;
  name: string;
  /** Hash of the file on disk the edits started from; null for an untitled map. */
  baseSha256: string | null;
  textSha256: string;
  savedAt: string;
}

export interface RecoverableDraft {
  path: string | null;
  name: string;
  text: string;
  savedAt: string;
  /** The file on disk is no longer the version the draft was based on (or is gone). */
  baseChanged: boolean;
}

/** A stable file id for a draft: the path's hash (paths can hold any character), or `untitled`. */
export function draftId(path: string | null): string {
  return path === null ? 'untitled' : sha256Of(path).slice(0, 32);
}

export async function writeDraft(
  folder: string,
  key: DraftKey,
  text: string,
  baseSha256: string | null,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const id = draftId(key.path);
  const sidecar: Sidecar = {
    format: 1,
    path: key.path,
    name: key.name,
    baseSha256,
    textSha256: sha256Of(text),
    savedAt: new Date().toISOString(),
  };
  // Text first, then the sidecar that vouches for it: a crash in between leaves a pair that does not match.
  await writeTextAtomically(join(folder, `${id}.yaml`), text);
  await writeTextAtomically(join(folder, `${id}.json`), `${JSON.stringify(sidecar, null, 2)}\n`);
}

export async function discardDraft(folder: string, path: string | null): Promise<void> {
  const id = draftId(path);
  // Sidecar first: without it the text is never offered, even if removing the text fails.
  await rm(join(folder, `${id}.json`), { force: true });
  await rm(join(folder, `${id}.yaml`), { force: true });
}

/** Drafts that are complete, match their sidecar and load as a map; newest first. */
export async function recoverableDrafts(folder: string): Promise<RecoverableDraft[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (e) {
    if (isMissing(e)) return [];
    throw e;
  }
  const drafts: RecoverableDraft[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const draft = await readDraft(folder, basename(name, '.json'));
    if (draft) drafts.push(draft);
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

async function readDraft(folder: string, id: string): Promise<RecoverableDraft | null> {
  const sidecar = await readSidecar(join(folder, `${id}.json`));
  if (!sidecar || draftId(sidecar.path) !== id) return null;
  let text: string;
  try {
    text = await readFile(join(folder, `${id}.yaml`), 'utf8');
  } catch {
    return null;
  }
  if (text.length === 0 || sha256Of(text) !== sidecar.textSha256) return null;
  if (!checkLoadsBack(text).ok) return null;
  const now = sidecar.path === null ? null : await fingerprintOf(sidecar.path);
  const baseChanged = sidecar.path !== null && (now === null || now.sha256 !== sidecar.baseSha256);
  return { path: sidecar.path, name: sidecar.name, text, savedAt: sidecar.savedAt, baseChanged };
}

async function readSidecar(path: string): Promise<Sidecar | null> {
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    return isSidecar(data) ? data : null;
  } catch {
    return null;
  }
}

function isSidecar(data: unknown): data is Sidecar {
  if (typeof data !== 'object' || data === null) return false;
  const o = data as Record<string, unknown>;
  const nullableString = (v: unknown) => v === null || typeof v === 'string';
  return (
    o.format === 1 &&
    nullableString(o.path) &&
    typeof o.name === 'string' &&
    nullableString(o.baseSha256) &&
    typeof o.textSha256 === 'string' &&
    typeof o.savedAt === 'string'
  );
}
