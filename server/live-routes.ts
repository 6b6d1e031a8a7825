// "Share live session…" in `npm run web` (contract: docs/server-api.md): the networks a session
// may listen on, start one on a served map, see the running one, end it. The same LiveShare the
// desktop app uses; the map is named like every other route, so only served maps can be shared.
import type { IncomingMessage } from 'node:http';
import { SHARE_INTERFACE_PATTERN } from '../core/host/payloads.ts';
import type { LiveShare } from './live/share.ts';
import { json, refusal, type ApiAnswer } from './api-answer.ts';
import { readJsonBody } from './json-body.ts';
import type { ServedFolders } from './map-routes.ts';
import { readableMap } from './maps-folder.ts';

interface ShareBody {
  file: string;
  interfaceId: string;
  readOnly: boolean;
}

export async function answerLive(
  live: LiveShare,
  folders: ServedFolders,
  url: URL,
  req: IncomingMessage,
): Promise<ApiAnswer> {
  const method = req.method ?? 'GET';
  if (url.pathname === '/api/live/interfaces') {
    return method === 'GET' ? json({ interfaces: live.interfaces() }) : refusal(405, 'method', 'use GET');
  }
  if (url.pathname !== '/api/live') return refusal(404, 'not-found', 'no such API route');
  if (method === 'GET') return json({ session: shownState(live, folders) });
  if (method === 'DELETE') {
    await live.end();
    return json({ ok: true });
  }
  if (method !== 'POST') return refusal(405, 'method', 'use GET, POST or DELETE');
  const body = await readJsonBody(req);
  if (!body.ok) return refusal(body.status, 'invalid', body.message);
  const checked = shareBodyOf(body.value);
  if (typeof checked === 'string') return refusal(400, 'invalid', checked);
  const path = await readableMap(folders.maps, checked.file);
  if (path === null) return refusal(404, 'not-found', 'only maps directly in the served folder can be shared');
  const started = await live.share(path, { interfaceId: checked.interfaceId, readOnly: checked.readOnly });
  if (!started.ok) return json({ ok: false, reason: 'refused', message: started.message }, 409);
  return json({ ...started, file: checked.file });
}

/** The page knows maps by their name in the served folder, not by the server's paths. */
function shownState(live: LiveShare, folders: ServedFolders) {
  const state = live.state();
  if (state === null) return null;
  const inside = state.file.startsWith(`${folders.maps}/`) ? state.file.slice(folders.maps.length + 1) : state.file;
  return { ...state, file: inside };
}

function shareBodyOf(value: unknown): ShareBody | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the body must be a JSON object';
  const o = value as Record<string, unknown>;
  if (typeof o.file !== 'string') return 'file must be the name of a served map';
  if (typeof o.interfaceId !== 'string' || !SHARE_INTERFACE_PATTERN.test(o.interfaceId))
    return 'interfaceId must be one of GET /api/live/interfaces';
  if (typeof o.readOnly !== 'boolean') return 'readOnly must be a boolean';
  return { file: o.file, interfaceId: o.interfaceId, readOnly: o.readOnly };
}
