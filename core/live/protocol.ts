// The wire format of a live session, the same at both ends: y-protocols' sync messages (state
// vectors, then updates) and awareness messages (who is here, what they select and point at),
// framed as y-websocket frames them (0 = sync, 1 = awareness).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;

/** WebSocket close code a host sends when it ends the session (participants stop reconnecting). */
export const CLOSE_SESSION_ENDED = 4000;
/** Close code for a connection that broke the session's limits (size, rate). */
export const CLOSE_POLICY = 1008;

export type Awareness = awarenessProtocol.Awareness;

/** "Here is what I have; send me what I lack." Sent by each side when a connection opens. */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/** True when the message would change the document (sync step 2 or an update). */
export function writesDocument(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return false;
  return decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1;
}

export interface ReadOptions {
  /** The transaction origin of changes this message makes (tells remote changes from local ones). */
  origin: unknown;
  /** False for a read-only participant: their document changes are dropped, not applied. */
  canWrite: boolean;
}

/** Applies one message; returns the reply to send back, if any. Throws on a malformed message. */
export function readMessage(
  doc: Y.Doc,
  awareness: Awareness,
  message: Uint8Array,
  options: ReadOptions,
): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  const kind = decoding.readVarUint(decoder);
  if (kind === MESSAGE_AWARENESS) {
    awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), options.origin);
    return null;
  }
  if (kind !== MESSAGE_SYNC) throw new Error(`unknown message kind ${kind}`);
  if (!options.canWrite && writesDocument(message)) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.readSyncMessage(decoder, encoder, doc, options.origin);
  return encoding.length(encoder) > 1 ? encoding.toUint8Array(encoder) : null;
}

/** True for the answer to our sync step 1: after it, this side holds everything the other had. */
export function isSyncReply(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return false;
  return decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
}
