// The maps in the served folder: list, read (text + fingerprint), save (atomic, only over the
// version the client last saw), and their git history. Names are checked in maps-folder.ts.
import { saveMapFile } from '../files/atomic-save.ts';
import { discardDraft, writeDraft } from '../files/drafts.ts';
import { readWithFingerprint } from '../files/fingerprint.ts';
import { fileAtRevision, historyEntries } from '../files/git-history.ts';
import { MAX_MAP_BYTES } from '../core/format/source.ts';
import { REVISION_PATTERN } from '../core/host/payloads.ts';
import { json, refusal, type ApiAnswer } from './api-answer.ts';
import { defaultMapName, listMaps, readableMap, writableMap } from './maps-folder.ts';

export interface ServedFolders {
  /** Real path of the maps folder. */
  maps: string;
  drafts: string;
}

const NOT_A_MAP = refusal(404, 'not-found', 'only maps directly in the served folder');

export async function listAnswer(folders: ServedFolders): Promise<ApiAnswer> {
  return json({ maps: await listMaps(folders.maps), defaultMap: await defaultMapName(folders.maps) });
}

export async function defaultMapAnswer(folders: ServedFolders): Promise<ApiAnswer> {
  const name = await defaultMapName(folders.maps);
  return name === null ? refusal(404, 'not-found', 'the served folder holds no map') : readAnswer(folders, name);
}

export async function readAnswer(folders: ServedFolders, name: unknown): Promise<ApiAnswer> {
  const path = await readableMap(folders.maps, name);
  if (path === null) return NOT_A_MAP;
  const read = await readWithFingerprint(path);
  if (read === null) return NOT_A_MAP;
  if (read.bytes.byteLength > MAX_MAP_BYTES) return refusal(413, 'unreadable', 'the map is larger than 10 MB');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return refusal(422, 'unreadable', 'the file is not UTF-8 text');
  }
  return json({ file: name, text, fingerprint: read.fingerprint });
}

export interface SaveBody {
  text: string;
  /** sha256 of the version the client opened or last saved; null for a new file. */
  baseline: string | null;
  overwriteNewer: boolean;
}

const SAVE_STATUS = { conflict: 409, invalid: 422, io: 500 } as const;

export async function saveAnswer(folders: ServedFolders, name: unknown, body: SaveBody): Promise<ApiAnswer> {
  const path = await writableMap(folders.maps, name);
  if (path === null) return refusal(404, 'not-found', 'only plain map files directly in the served folder are written');
  const baseline = body.baseline === null ? null : { sha256: body.baseline, size: 0, mtimeMs: 0 };
  const outcome = await saveMapFile({ path, text: body.text, baseline, overwriteNewer: body.overwriteNewer });
  if (!outcome.ok) {
    // As in the desktop app: the user's version is never lost to a conflict.
    if (outcome.reason === 'conflict')
      await writeDraft(folders.drafts, { path, name: String(name) }, body.text, body.baseline);
    return json(outcome, SAVE_STATUS[outcome.reason]);
  }
  await discardDraft(folders.drafts, path);
  return json({ ok: true, file: name, fingerprint: outcome.fingerprint });
}

export async function historyAnswer(folders: ServedFolders, name: unknown): Promise<ApiAnswer> {
  const path = await readableMap(folders.maps, name);
  return path === null ? NOT_A_MAP : json(await historyEntries(path));
}

export async function revisionAnswer(folders: ServedFolders, name: unknown, rev: string | null): Promise<ApiAnswer> {
  const path = await readableMap(folders.maps, name);
  if (path === null) return NOT_A_MAP;
  const text = rev !== null && REVISION_PATTERN.test(rev) ? await fileAtRevision(path, rev) : null;
  return text === null ? refusal(404, 'not-found', 'no such revision of this map') : { status: 200, yaml: text };
}
