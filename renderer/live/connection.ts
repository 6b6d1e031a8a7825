// A participant's connection to a live session: y-protocols sync and awareness over a WebSocket,
// reconnecting with backoff after a network drop. Edits made while offline stay in the Yjs
// document and go out in the sync exchange on reconnect; the host ending the session stops it.
import type * as Y from 'yjs';
import {
  awarenessMessage,
  CLOSE_SESSION_ENDED,
  isSyncReply,
  readMessage,
  syncStep1Message,
  updateMessage,
  type Awareness,
} from '../../core/live/protocol.ts';

export type LiveStatus = 'connecting' | 'connected' | 'offline' | 'ended';

export interface ConnectionEvents {
  onStatus?: (status: LiveStatus, reason?: string) => void;
  /** Once per connection, when this side holds everything the host had. */
  onSynced?: () => void;
}

type SocketLike = Pick<WebSocket, 'send' | 'close' | 'readyState' | 'binaryType'> & {
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
};
export type SocketFactory = (url: string) => SocketLike;

const OPEN = 1;

export class LiveConnection {
  status: LiveStatus = 'connecting';
  private socket: SocketLike | null = null;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private backoff = 100;
  private paused = false;

  constructor(
    private readonly url: string,
    private readonly ydoc: Y.Doc,
    private readonly awareness: Awareness,
    private readonly events: ConnectionEvents = {},
    private readonly open: SocketFactory = (u) => new WebSocket(u) as unknown as SocketLike,
  ) {
    ydoc.on('update', this.sendUpdate);
    awareness.on('update', this.sendAwareness);
    this.connect();
  }

  /** Drops the connection and stays offline until `resume` (the network went away). */
  pause(): void {
    this.paused = true;
    clearTimeout(this.retry);
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      // With the network gone the closing handshake may never finish: leave the socket behind now.
      socket.onclose = null;
      socket.onmessage = null;
      socket.close();
    }
    this.setStatus('offline');
  }

  resume(): void {
    this.paused = false;
    if (!this.socket) this.connect();
  }

  destroy(): void {
    this.pause();
    this.ydoc.off('update', this.sendUpdate);
    this.awareness.off('update', this.sendAwareness);
  }

  private connect(): void {
    if (this.paused || this.status === 'ended') return;
    const socket = this.open(this.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.setStatus('connecting');
    socket.onopen = () => {
      this.backoff = 100;
      socket.send(syncStep1Message(this.ydoc));
      if (this.awareness.getLocalState() !== null) socket.send(awarenessMessage(this.awareness, [this.ydoc.clientID]));
    };
    socket.onmessage = (event) => this.receive(socket, event.data);
    socket.onerror = () => undefined;
    socket.onclose = (event) => this.closed(event.code, event.reason);
  }

  private receive(socket: SocketLike, data: unknown): void {
    const message = new Uint8Array(data as ArrayBuffer);
    const reply = readMessage(this.ydoc, this.awareness, message, { origin: this, canWrite: true });
    if (reply) socket.send(reply);
    if (isSyncReply(message)) {
      this.setStatus('connected');
      this.events.onSynced?.();
    }
  }

  private closed(code: number, reason: string): void {
    this.socket = null;
    if (code === CLOSE_SESSION_ENDED) {
      this.setStatus('ended', reason);
      return;
    }
    this.setStatus('offline', reason);
    if (this.paused) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.connect(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, 3000);
  }

  private setStatus(status: LiveStatus, reason?: string): void {
    if (this.status === 'ended') return;
    this.status = status;
    this.events.onStatus?.(status, reason);
  }

  private readonly sendUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== this && this.socket?.readyState === OPEN) this.socket.send(updateMessage(update));
  };

  private readonly sendAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this || this.socket?.readyState !== OPEN) return;
    this.socket.send(awarenessMessage(this.awareness, [...added, ...updated, ...removed]));
  };
}
