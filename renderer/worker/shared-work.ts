// A live session's map as a guest joins it, read in the map worker: the session file's text
// parsed and brought to the room's shared state (core/live/shared-document.ts), so a 2,000-node
// session costs the guest's page no parse. Plain data in and out (postMessage copies it).
import { fileText, parseMap } from '../../core/format/parse.ts';
import { sharedDocument } from '../../core/live/shared-document.ts';
import type { Diagnostic, WardleyMap } from '../../core/model/types.ts';

export interface SharedWorkRequest {
  kind: 'shared';
  /** The session file's text. */
  text: string;
  /** The room's shared state as liveMapOf reads it. */
  live: WardleyMap;
}

/** The map's text as the room has it now; or the errors of a session file that does not load. */
export type SharedWorkResult = { ok: true; text: string; ms: number } | { ok: false; errors: Diagnostic[]; ms: number };

export function doSharedWork(request: SharedWorkRequest): SharedWorkResult {
  const t0 = performance.now();
  const parsed = parseMap(request.text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, ms: performance.now() - t0 };
  const text = fileText(sharedDocument(parsed.document, request.live));
  return { ok: true, text, ms: performance.now() - t0 };
}
