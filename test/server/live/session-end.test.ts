// Ending a live session never waits on a participant: a laptop that stops answering (its close
// handshake never comes back) or a browser half-way through a request must not keep the host's
// "End session" busy. The participant is still told why, the last edit is on disk, and nothing is
// listening afterwards.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseMap } from '../../../core/format/parse.ts';
import { liveNodes } from '../../../core/live/live-doc.ts';
import { CLOSE_SESSION_ENDED } from '../../../core/live/protocol.ts';
import { LiveHub } from '../../../server/live/hub.ts';
import { startLiveSession, type LiveSession } from '../../../server/live/session.ts';
import { eventually, joinSession, type NodeParticipant } from './live-clients.ts';

let session: LiveSession | null = null;
const opened: Socket[] = [];
const participants: NodeParticipant[] = [];

afterEach(async () => {
  for (const s of opened.splice(0)) s.destroy();
  for (const p of participants.splice(0)) p.close();
  await session?.end();
  session = null;
});

async function start(): Promise<{ path: string; live: LiveSession; address: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-live-end-'));
  const path = join(dir, 'workshop.yaml');
  copyFileSync('test/fixtures/live/workshop.yaml', path);
  session = await startLiveSession({ mapPath: path, watchStabilityMs: 50, writeDelayMs: 60_000 });
  return { path, live: session, address: `127.0.0.1:${session.port}` };
}

/** A raw connection that sends `request` and then only listens: it never answers anything. */
function silentClient(
  port: number,
  request: string,
): { socket: Socket; received: () => Buffer; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  opened.push(socket);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((done) => socket.once('close', () => done()));
  socket.write(request);
  return { socket, received: () => Buffer.concat(chunks), closed };
}

/** The close frame's code and reason in what the server sent after its 101 answer (unmasked, short). */
function closeFrameOf(bytes: Buffer): { code: number; reason: string } | null {
  const start = bytes.indexOf('\r\n\r\n');
  if (start < 0) return null;
  let at = start + 4;
  while (at + 2 <= bytes.length) {
    const opcode = bytes[at]! & 0x0f;
    let length = bytes[at + 1]! & 0x7f;
    let header = 2;
    if (length === 126) {
      length = bytes.readUInt16BE(at + 2);
      header = 4;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(at + 2));
      header = 10;
    }
    if (opcode === 0x8) {
      const payload = bytes.subarray(at + header, at + header + length);
      return { code: payload.readUInt16BE(0), reason: payload.subarray(2).toString('utf8') };
    }
    at += header + length;
  }
  return null;
}

describe('ending a live session', () => {
  it('finishes while a participant never answers the close handshake and a request is half sent', async () => {
    const { path, live, address } = await start();
    const token = new URL(live.joinUrl).pathname;
    const editor = joinSession(live.joinUrl);
    participants.push(editor);
    const mute = silentClient(
      live.port,
      `GET ${token}live/ws HTTP/1.1\r\nHost: ${address}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
    const halfSent = silentClient(live.port, `GET ${token}live/session HTTP/1.1\r\nHost: ${address}\r\n`);
    await eventually(() => editor.synced() && live.hub.size === 2);
    // Written only on the way out: the write delay is longer than the test.
    liveNodes(editor.ydoc).get('journal')?.set('evolution', 0.71);
    await eventually(() => liveNodes(live.ydoc).get('journal')?.get('evolution') === 0.71);

    await live.end();
    session = null;

    await Promise.all([mute.closed, halfSent.closed]);
    expect(closeFrameOf(mute.received())).toEqual({ code: CLOSE_SESSION_ENDED, reason: 'the host ended the session' });
    await eventually(() => editor.statuses.includes('ended'));
    const onDisk = parseMap(readFileSync(path));
    expect(onDisk.ok && onDisk.map.nodes.journal?.evolution).toBe(0.71);
    const refused = await new Promise<boolean>((done) => {
      const late = connect(live.port, '127.0.0.1');
      late.once('connect', () => done(false)).once('error', () => done(true));
      opened.push(late);
    });
    expect(refused).toBe(true);
    // The old end waited for every client to go: 30 s for the close handshake, a minute for the
    // half-sent request. This timeout only stops a hung test; it says nothing about how fast.
  }, 20_000);

  it('can be asked to end twice', async () => {
    const { live } = await start();
    await Promise.all([live.end(), live.end()]);
    await live.end();
    session = null;
  });

  it('tells a participant whose connection was still being set up when the host ended it', () => {
    const hub = new LiveHub(new Y.Doc(), { messagesPerSecond: 10, maxParticipants: 4 });
    hub.end();
    const closes: [number, string][] = [];
    const late = { close: (code: number, reason: string) => closes.push([code, reason]) };
    hub.join(late as unknown as WebSocket, 'edit');
    expect(closes).toEqual([[CLOSE_SESSION_ENDED, 'the host ended the session']]);
    expect(hub.size).toBe(0);
  });
});
