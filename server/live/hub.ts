// The session's side of every participant's WebSocket: sync and awareness messages in and out,
// read-only participants' document changes dropped, message size and rate limited, and their
// presence removed when they leave.
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import {
  awarenessMessage,
  CLOSE_POLICY,
  CLOSE_SESSION_ENDED,
  readMessage,
  syncStep1Message,
  updateMessage,
  writesDocument,
  type Awareness,
} from '../../core/live/protocol.ts';
import { RateLimit, type Role } from './access.ts';

export interface HubLimits {
  /** Messages a second per participant (bursts up to twice that). */
  messagesPerSecond: number;
  maxParticipants: number;
  /**
   * How often each participant is pinged; one that has not answered the previous ping by the next
   * is dropped (a laptop whose network vanished without closing its connection), so their presence
   * leaves the canvas. Their edits merge whenever they reconnect.
   */
  heartbeatMs?: number;
}

interface Participant {
  role: Role;
  limit: RateLimit;
  /** Awareness client ids this connection speaks for. */
  clients: Set<number>;
  /** Answered the last ping. */
  alive: boolean;
}

export class LiveHub {
  readonly awareness: Awareness;
  private readonly sockets = new Map<WebSocket, Participant>();
  /** Document changes refused from read-only participants (for tests and the host's log). */
  refused = 0;
  private readonly heartbeat: ReturnType<typeof setInterval>;
  private ended = false;

  constructor(
    private readonly ydoc: Y.Doc,
    private readonly limits: HubLimits,
  ) {
    this.awareness = new awarenessProtocol.Awareness(ydoc);
    this.awareness.setLocalState(null);
    ydoc.on('update', (update: Uint8Array, origin: unknown) => this.broadcast(updateMessage(update), origin));
    this.awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const changed = [...added, ...updated, ...removed];
        const from = this.sockets.get(origin as WebSocket);
        if (from) for (const id of [...added, ...updated]) from.clients.add(id);
        this.broadcast(awarenessMessage(this.awareness, changed), null);
      },
    );
    this.heartbeat = setInterval(() => this.checkAlive(), limits.heartbeatMs ?? 15_000);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.sockets.size;
  }

  join(socket: WebSocket, role: Role): void {
    // An upgrade already on its way when the host ended the session.
    if (this.ended) {
      socket.close(CLOSE_SESSION_ENDED, 'the host ended the session');
      return;
    }
    if (this.sockets.size >= this.limits.maxParticipants) {
      socket.close(CLOSE_POLICY, 'the session is full');
      return;
    }
    const rate = this.limits.messagesPerSecond;
    const participant: Participant = { role, limit: new RateLimit(rate, rate * 2), clients: new Set(), alive: true };
    this.sockets.set(socket, participant);
    socket.binaryType = 'nodebuffer';
    socket.on('pong', () => (participant.alive = true));
    socket.on('message', (data, isBinary) => this.receive(socket, data as Buffer, isBinary));
    socket.on('close', () => this.leave(socket));
    socket.on('error', () => socket.terminate());
    socket.send(syncStep1Message(this.ydoc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) socket.send(awarenessMessage(this.awareness, present));
  }

  /** Tells every participant the session is over and closes their connections. */
  end(reason = 'the host ended the session'): void {
    this.ended = true;
    clearInterval(this.heartbeat);
    for (const socket of this.sockets.keys()) socket.close(CLOSE_SESSION_ENDED, reason);
    this.awareness.destroy();
  }

  private receive(socket: WebSocket, data: Buffer, isBinary: boolean): void {
    const participant = this.sockets.get(socket);
    if (!participant) return;
    if (!isBinary || !participant.limit.take()) {
      socket.close(CLOSE_POLICY, isBinary ? 'too many messages' : 'binary messages only');
      return;
    }
    const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    try {
      const canWrite = participant.role === 'edit';
      if (!canWrite && writesDocument(message)) this.refused++;
      const reply = readMessage(this.ydoc, this.awareness, message, { origin: socket, canWrite });
      if (reply) socket.send(reply);
    } catch {
      socket.close(CLOSE_POLICY, 'malformed message');
    }
  }

  private checkAlive(): void {
    for (const [socket, participant] of this.sockets) {
      // terminate() fires 'close', which removes them and their presence.
      if (!participant.alive) socket.terminate();
      else {
        participant.alive = false;
        socket.ping();
      }
    }
  }

  private leave(socket: WebSocket): void {
    const participant = this.sockets.get(socket);
    this.sockets.delete(socket);
    if (participant && participant.clients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...participant.clients], null);
    }
  }

  private broadcast(message: Uint8Array, origin: unknown): void {
    for (const socket of this.sockets.keys()) {
      if (socket !== origin && socket.readyState === socket.OPEN) socket.send(message);
    }
  }
}
