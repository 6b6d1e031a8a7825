// "Share live session…" on `npm run web`: the browser host asks the server (docs/server-api.md,
// /api/live) to run the session, as the desktop app asks its main process.
import type {
  FileToken,
  LiveShareInfo,
  LiveShareRequest,
  LiveShareResult,
  MapwrightHost,
  ShareInterface,
} from '../../core/host/contract.ts';
import { callServer, jsonOf } from './served-api.ts';

const NO_SERVER = 'live sharing needs the Mapwright server (npm run web) or the desktop app';

type LiveSharing = Required<Pick<MapwrightHost, 'shareInterfaces' | 'shareLive' | 'liveShareState' | 'endLiveShare'>>;

/** The browser host's live-sharing methods; `servedFile` names the map in the served folder a token opened. */
export function servedLiveSharing(win: Window, servedFile: (token: FileToken) => string | undefined): LiveSharing {
  return {
    shareInterfaces: () => servedShareInterfaces(win),
    shareLive: async (token, request) => {
      const file = servedFile(token);
      if (file) return servedShareLive(win, file, request);
      return { ok: false, message: 'only a map saved in the served folder can be shared: save it there first' };
    },
    liveShareState: () => servedLiveState(win),
    endLiveShare: () => endServedLive(win),
  };
}

export async function servedShareInterfaces(win: Window): Promise<ShareInterface[]> {
  const body = (await jsonOf(await callServer(win, 'GET', 'api/live/interfaces'))) as { interfaces?: unknown } | null;
  return Array.isArray(body?.interfaces) ? body.interfaces.filter(isShareInterface) : [];
}

export async function servedShareLive(win: Window, file: string, request: LiveShareRequest): Promise<LiveShareResult> {
  const res = await callServer(win, 'POST', 'api/live', { file, ...request });
  const body = (await jsonOf(res)) as Record<string, unknown> | null;
  if (res?.ok && isShareInfo(body)) return { ok: true, ...body };
  return { ok: false, message: typeof body?.message === 'string' ? body.message : NO_SERVER };
}

export async function servedLiveState(win: Window): Promise<LiveShareInfo | null> {
  const body = (await jsonOf(await callServer(win, 'GET', 'api/live'))) as { session?: unknown } | null;
  return isShareInfo(body?.session) ? body.session : null;
}

/** Throws when the server did not confirm the end, so the dialog can say so. */
export async function endServedLive(win: Window): Promise<void> {
  const res = await callServer(win, 'DELETE', 'api/live');
  if (res?.ok) return;
  const body = (await jsonOf(res)) as { message?: unknown } | null;
  throw new Error(
    typeof body?.message === 'string' ? body.message : res ? `the server answered ${res.status}` : NO_SERVER,
  );
}

function isShareInterface(value: unknown): value is ShareInterface {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.label === 'string';
}

function isShareInfo(value: unknown): value is LiveShareInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.file === 'string' &&
    typeof v.joinUrl === 'string' &&
    typeof v.viewUrl === 'string' &&
    typeof v.interfaceLabel === 'string' &&
    typeof v.readOnly === 'boolean'
  );
}
