// Unsaved work of the browser version, kept on the server's side like the desktop app keeps it:
// one draft per map file of the served folder (or one untitled), offered back after a crash.
import { basename, dirname } from 'node:path';
import { discardDraft, recoverableDrafts, writeDraft } from '../files/drafts.ts';
import { json, refusal, type ApiAnswer } from './api-answer.ts';
import { isMapFileName } from './maps-folder.ts';
import type { ServedFolders } from './map-routes.ts';

export interface DraftBody {
  text: string;
  baseline: string | null;
}

/** The draft's key: a map name in the served folder, or null (absent) for an untitled map. */
function draftPath(folders: ServedFolders, name: string | null): string | null | undefined {
  if (name === null) return null;
  return isMapFileName(name) ? `${folders.maps}/${name}` : undefined;
}

export async function draftsAnswer(folders: ServedFolders): Promise<ApiAnswer> {
  const drafts = (await recoverableDrafts(folders.drafts))
    // Drafts of files in other folders (another --maps) are not this server's to offer.
    .filter((d) => d.path === null || dirname(d.path) === folders.maps)
    .map((d) => ({
      file: d.path === null ? null : basename(d.path),
      name: d.name,
      text: d.text,
      savedAt: d.savedAt,
      baseChanged: d.baseChanged,
    }));
  return json({ drafts });
}

export async function writeDraftAnswer(
  folders: ServedFolders,
  name: string | null,
  body: DraftBody,
): Promise<ApiAnswer> {
  const path = draftPath(folders, name);
  if (path === undefined) return refusal(404, 'not-found', 'drafts only for maps directly in the served folder');
  await writeDraft(folders.drafts, { path, name: name ?? 'Untitled map' }, body.text, body.baseline);
  return json({ ok: true });
}

export async function discardDraftAnswer(folders: ServedFolders, name: string | null): Promise<ApiAnswer> {
  const path = draftPath(folders, name);
  if (path === undefined) return refusal(404, 'not-found', 'drafts only for maps directly in the served folder');
  await discardDraft(folders.drafts, path);
  return json({ ok: true });
}
