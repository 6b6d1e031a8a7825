// Participants in Node for live-session tests and the soak: a Yjs document kept in sync with the
// host over `ws`, the same connection code the browser editor uses.
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { LiveConnection, type LiveStatus, type SocketFactory } from '../../../renderer/live/connection.ts';

export interface NodeParticipant {
  ydoc: Y.Doc;
  connection: LiveConnection;
  statuses: LiveStatus[];
  synced(): boolean;
  close(): void;
}

export const openWs: SocketFactory = (url) => new WebSocket(url) as unknown as ReturnType<SocketFactory>;

export function joinSession(joinUrl: string): NodeParticipant {
  const ydoc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(ydoc);
  const statuses: LiveStatus[] = [];
  let synced = false;
  const ws = `${joinUrl.replace(/^http/, 'ws')}live/ws`;
  const connection = new LiveConnection(
    ws,
    ydoc,
    awareness,
    { onStatus: (s) => statuses.push(s), onSynced: () => (synced = true) },
    openWs,
  );
  return {
    ydoc,
    connection,
    statuses,
    synced: () => synced,
    close: () => {
      connection.destroy();
      awareness.destroy();
    },
  };
}

/** Polls until `check` holds (no timed assertion: the timeout only stops a hung test). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}
