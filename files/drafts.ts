// Autosaved drafts live in the app's data folder, not beside the map (a file there shows up in
// `git status`). One file per open map, `<id>.draft.json`, holding the text together with the base
// file's hash and the text's own hash. It is replaced atomically (write-file-atomic: temp file,
// fsync, rename), so a crash mid-write leaves the previous complete draft in place, never a pair
// that does not match (two files used to: 88 of 178 kills left nothing to recover).
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeTextAtomically } from './atomic-save.ts';
import { checkLoadsBack } from './load-back.ts';
import { fingerprintOf, isMissing, sha256Of } from './fingerprint.ts';

export interface DraftKey {
  /** The map file the draft belongs to; null for an untitled map. */
  path: string | null;
  /** Shown when recovery is offered. */
  name: string;
}

export interface DraftFile {
  format: 2;
  path: string | null;
  name: string;
  /** Hash of the file on disk the edits started from; null for an untitled map. */
  baseSha256: string | null;
  textSha256: string;
  savedAt: string;
  text: string;
}

export interface RecoverableDraft {
  path: string | null;
  name: string;
  text: string;
  savedAt: string;
  /** The file on disk is no longer the version the draft was based on (or is gone). */
  baseChanged: boolean;
}

export const DRAFT_SUFFIX = '.draft.json';

/** A stable file id for a draft: the path's hash (paths can hold any character), or `untitled`. */
export function draftId(path: string | null): string {
  return path === null ? 'untitled' : sha256Of(path).slice(0, 32);
}

export function draftFileName(path: string | null): string {
  return `${draftId(path)}${DRAFT_SUFFIX}`;
}

export async function writeDraft(
  folder: string,
  key: DraftKey,
  text: string,
  baseSha256: string | null,
  savedAt = new Date().toISOString(),
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const draft: DraftFile = {
    format: 2,
    path: key.path,
    name: key.name,
    baseSha256,
    textSha256: sha256Of(text),
    savedAt,
    text,
  };
  await writeTextAtomically(join(folder, draftFileName(key.path)), `${JSON.stringify(draft)}\n`);
}

export async function discardDraft(folder: string, path: string | null): Promise<void> {
  await rm(join(folder, draftFileName(path)), { force: true });
}

/** Drafts that are complete, match their own hash and load as a map; newest first. */
export async function recoverableDrafts(folder: string): Promise<RecoverableDraft[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (e) {
    if (isMissing(e)) return [];
    throw e;
  }
  const drafts: RecoverableDraft[] = [];
  for (const name of names.filter((n) => n.endsWith(DRAFT_SUFFIX))) {
    const draft = await readDraftFile(join(folder, name));
    if (draft && draftFileName(draft.path) === name) drafts.push(await offered(draft));
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** The draft in one file when it is whole: parses, has every field, its text matches its hash and loads. */
export async function readDraftFile(file: string): Promise<DraftFile | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isDraftFile(data) || data.text.length === 0 || sha256Of(data.text) !== data.textSha256) return null;
  return checkLoadsBack(data.text).ok ? data : null;
}

async function offered(draft: DraftFile): Promise<RecoverableDraft> {
  const now = draft.path === null ? null : await fingerprintOf(draft.path);
  const baseChanged = draft.path !== null && (now === null || now.sha256 !== draft.baseSha256);
  return { path: draft.path, name: draft.name, text: draft.text, savedAt: draft.savedAt, baseChanged };
}

function isDraftFile(data: unknown): data is DraftFile {
  if (typeof data !== 'object' || data === null) return false;
  const o = data as Record<string, unknown>;
  const nullableString = (v: unknown) => v === null || typeof v === 'string';
  return (
    o.format === 2 &&
    nullableString(o.path) &&
    typeof o.name === 'string' &&
    nullableString(o.baseSha256) &&
    typeof o.textSha256 === 'string' &&
    typeof o.savedAt === 'string' &&
    typeof o.text === 'string'
  );
}
