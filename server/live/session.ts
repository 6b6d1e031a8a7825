// A live session: one map file, one Yjs document seeded from it, an HTTP server for the editor
// and a WebSocket endpoint for sync and presence. `mapwright serve` and the app's "Share live
// session…" both start one of these.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { parseMap } from '../../core/format/parse.ts';
import { seedLiveDoc } from '../../core/live/live-doc.ts';
import { allowedHosts, interfaceAddresses, issueTokens, type SessionTokens } from './access.ts';
import { ensureEditorBuilt } from './editor-build.ts';
import { LiveHub } from './hub.ts';
import { admit, answerHttp, type SessionHttp } from './http.ts';
import { DISK_ORIGIN, LiveMapFile } from './map-file.ts';

export interface LiveSessionOptions {
  mapPath: string;
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 unless the host opens the session to the LAN (0.0.0.0 or one interface). */
  host?: string;
  /** Participants may watch but not edit (no edit link is issued). */
  readOnly?: boolean;
  /** The built editor; default dist/renderer beside the sources. */
  editorDir?: string;
  maxMessageBytes?: number;
  messagesPerSecond?: number;
  writeDelayMs?: number;
  watchStabilityMs?: number;
  /** Participants who stop answering pings are dropped after about twice this. */
  heartbeatMs?: number;
  log?: (line: string) => void;
}

export interface LiveSession {
  /** The link to share: edits allowed unless the session is read-only. */
  joinUrl: string;
  /** A link that can only watch. */
  viewUrl: string;
  port: number;
  ydoc: Y.Doc;
  hub: LiveHub;
  file: LiveMapFile;
  /** Ends the session: participants are told, the last changes are written, the server stops. */
  end(): Promise<void>;
}

/** dist/renderer beside the sources; computed on use, since the desktop app's bundle has no import.meta.url and passes its own. */
function defaultEditor(): string {
  return fileURLToPath(new URL('../../dist/renderer', import.meta.url));
}

export async function startLiveSession(options: LiveSessionOptions): Promise<LiveSession> {
  const mapPath = resolve(options.mapPath);
  const parsed = parseMap(await readFile(mapPath));
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new Error(`${mapPath}:${first?.line ?? 0}:${first?.column ?? 0}: ${first?.message ?? 'does not load'}`);
  }
  const editor = resolve(options.editorDir ?? defaultEditor());
  ensureEditorBuilt(editor, options.log);
  const ydoc = new Y.Doc();
  seedLiveDoc(ydoc, parsed.map, DISK_ORIGIN);
  const file = new LiveMapFile(mapPath, parsed.document, ydoc, {
    writeDelayMs: options.writeDelayMs ?? 250,
    watchStabilityMs: options.watchStabilityMs ?? 200,
    ...(options.log ? { log: options.log } : {}),
  });
  ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin !== DISK_ORIGIN) file.changed();
  });
  await file.watch();
  const hub = new LiveHub(ydoc, {
    messagesPerSecond: options.messagesPerSecond ?? 200,
    maxParticipants: 64,
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  const tokens = issueTokens(options.readOnly ?? false);
  const bind = options.host ?? '127.0.0.1';
  const server = createServer();
  const port = await listen(server, options.port ?? 0, bind);
  const http: SessionHttp = {
    tokens,
    hosts: allowedHosts(bind, port),
    editor,
    mapPath,
    current: () => file.current,
  };
  const connections = trackConnections(server);
  server.on('request', (req, res) => answerHttp(http, req, res));
  attachSockets(server, http, hub, options.maxMessageBytes ?? 4 * 1024 * 1024);
  const urls = sessionUrls(bind, port, tokens);
  let ending: Promise<void> | null = null;
  return {
    ...urls,
    port,
    ydoc,
    hub,
    file,
    end: () => (ending ??= endSession(server, connections, hub, file)),
  };
}

/** How long participants get to close their connections themselves once the session has ended. */
const CLOSE_GRACE_MS = 500;

/**
 * Participants are told (a close frame with the reason), nobody new gets in, the last changes are
 * written, then whatever connection is still open after a short grace is cut. The host's "End
 * session" never waits on a participant: a laptop that vanished would not answer the close
 * handshake, and a browser's half-sent request would hold the server for a minute.
 */
async function endSession(server: Server, connections: Set<Socket>, hub: LiveHub, file: LiveMapFile): Promise<void> {
  hub.end();
  // Stops listening and closes idle keep-alive connections; calls back once every connection is gone.
  const closed = new Promise<void>((done) => server.close(() => done()));
  await file.close();
  let grace: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([closed, new Promise<void>((done) => (grace = setTimeout(done, CLOSE_GRACE_MS)))]);
  clearTimeout(grace);
  for (const socket of connections) socket.destroy();
  await closed;
}

/** Every connection the server accepted and that is still open (plain, upgraded or refused). */
function trackConnections(server: Server): Set<Socket> {
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  return open;
}

function attachSockets(server: Server, http: SessionHttp, hub: LiveHub, maxPayload: number): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload });
  server.on('upgrade', (req, socket, head) => {
    const admitted = admit(http, req);
    if ('status' in admitted || admitted.rest !== '/live/ws') {
      const status = 'status' in admitted ? admitted.status : 404;
      socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => hub.join(ws, admitted.role));
  });
  server.on('close', () => wss.close());
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      done(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function sessionUrls(bind: string, port: number, tokens: SessionTokens): { joinUrl: string; viewUrl: string } {
  // Open to the LAN: show an address the other laptops can reach.
  const lan = interfaceAddresses().find((a) => !a.includes(':'));
  const shown = bind === '0.0.0.0' || bind === '::' ? (lan ?? '127.0.0.1') : bind.includes(':') ? `[${bind}]` : bind;
  const base = `http://${shown}:${port}/s/`;
  const viewUrl = `${base}${tokens.view}/`;
  return { joinUrl: tokens.edit ? `${base}${tokens.edit}/` : viewUrl, viewUrl };
}
