// Reading a request body as JSON without trusting its size or its bytes: the body is capped while
// it streams in (a huge one is refused without being held in memory), and bad JSON is an answer,
// not an exception.
import type { IncomingMessage } from 'node:http';
import { MAX_MAP_BYTES } from '../core/format/source.ts';

/** A map of up to 10 MB, JSON-escaped (control characters grow sixfold), plus the fields around it. */
export const MAX_BODY_BYTES = 6 * MAX_MAP_BYTES + 64 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    return { ok: false, status: 415, message: 'send application/json' };
  }
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return { ok: false, status: 413, message: 'request body too large' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) return { ok: false, status: 413, message: 'request body too large' };
    chunks.push(chunk);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, status: 400, message: 'the body is not UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'the body is not JSON' };
  }
}
