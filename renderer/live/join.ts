// Joining a live session from its link: read the map file's text and this link's role, connect,
// wait until the host's state is here, then show the shared map (on the file's text, so its
// comments and order are the ones the host writes), read in the map worker.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { OpenedFile } from '../../core/host/contract.ts';
import { liveMapOf } from '../../core/live/live-doc.ts';
import { sharedOffThread } from '../worker/map-worker-client.ts';
import { LiveConnection } from './connection.ts';
import { LiveBridge } from './live-bridge.ts';
import { sessionSocketUrl, useLive } from './live-state.ts';
import { participantName, trackPresence } from './presence.ts';

interface SessionInfo {
  file: string;
  text: string;
  role: 'edit' | 'view';
}

async function sessionInfo(win: Window): Promise<SessionInfo> {
  const res = await win.fetch(new URL('live/session', win.location.href));
  if (!res.ok) throw new Error(`the session refused this link (${res.status})`);
  const body = (await res.json()) as Partial<SessionInfo>;
  if (typeof body.file !== 'string' || typeof body.text !== 'string') throw new Error('not a live session');
  return { file: body.file, text: body.text, role: body.role === 'view' ? 'view' : 'edit' };
}

export async function joinLiveSession(win: Window): Promise<OpenedFile> {
  const info = await sessionInfo(win);
  const ydoc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(ydoc);
  let firstSync: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (firstSync = resolve));
  const connection = new LiveConnection(sessionSocketUrl(win), ydoc, awareness, {
    onStatus: (status, reason) => useLive.setState({ status, reason: reason ?? '' }),
    onSynced: () => firstSync(),
  });
  useLive.setState({ role: info.role, fileName: info.file, awareness, connection });
  await synced;
  const bridge = new LiveBridge(ydoc, info.role === 'edit');
  const leave = () => {
    awarenessProtocol.removeAwarenessStates(awareness, [ydoc.clientID], 'window closed');
    bridge.destroy();
    connection.destroy();
  };
  // The file's text and the room's state are read in the map worker: the page parses neither.
  const shared = await sharedOffThread(info.text, liveMapOf(ydoc));
  if (!shared.ok) {
    leave();
    throw new Error('the shared map does not load');
  }
  trackPresence(awareness, participantName(win));
  win.addEventListener('pagehide', leave);
  return { token: 'live-session', name: info.file, text: shared.text };
}
