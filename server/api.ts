// The routes under /api/ (the contract: docs/server-api.md). Each route checks its
// query and body here and answers through map-routes.ts or draft-routes.ts; nothing throws past
// `answerApi`.
import type { IncomingMessage } from 'node:http';
import { MAX_MAP_BYTES } from '../core/format/source.ts';
import { messageOf, refusal, type ApiAnswer } from './api-answer.ts';
import { discardDraftAnswer, draftsAnswer, writeDraftAnswer } from './draft-routes.ts';
import { readJsonBody } from './json-body.ts';
import {
  defaultMapAnswer,
  historyAnswer,
  listAnswer,
  readAnswer,
  revisionAnswer,
  saveAnswer,
  type ServedFolders,
} from './map-routes.ts';

type Route = (folders: ServedFolders, url: URL, req: IncomingMessage) => Promise<ApiAnswer>;

const ROUTES: Record<string, Partial<Record<string, Route>>> = {
  '/api/maps': { GET: (f) => listAnswer(f) },
  '/api/default-map': { GET: (f) => defaultMapAnswer(f) },
  '/api/map': {
    GET: (f, url) => readAnswer(f, url.searchParams.get('file')),
    PUT: (f, url, req) => withBody(req, saveBodyOf, (body) => saveAnswer(f, url.searchParams.get('file'), body)),
  },
  '/api/drafts': { GET: (f) => draftsAnswer(f) },
  '/api/draft': {
    PUT: (f, url, req) => withBody(req, draftBodyOf, (body) => writeDraftAnswer(f, url.searchParams.get('file'), body)),
    DELETE: (f, url) => discardDraftAnswer(f, url.searchParams.get('file')),
  },
  '/api/history': { GET: (f, url) => historyAnswer(f, url.searchParams.get('file')) },
  '/api/show': { GET: (f, url) => revisionAnswer(f, url.searchParams.get('file'), url.searchParams.get('rev')) },
};

export async function answerApi(folders: ServedFolders, url: URL, req: IncomingMessage): Promise<ApiAnswer> {
  const methods = ROUTES[url.pathname];
  if (!methods) return refusal(404, 'not-found', 'no such API route');
  const route = methods[req.method ?? 'GET'];
  if (!route) return refusal(405, 'method', `use ${Object.keys(methods).join(' or ')}`);
  try {
    return await route(folders, url, req);
  } catch (e) {
    return refusal(500, 'io', messageOf(e));
  }
}

async function withBody<T>(
  req: IncomingMessage,
  check: (value: unknown) => T | string,
  answer: (body: T) => Promise<ApiAnswer>,
): Promise<ApiAnswer> {
  const body = await readJsonBody(req);
  if (!body.ok) return refusal(body.status, 'invalid', body.message);
  const checked = check(body.value);
  return typeof checked === 'string' ? refusal(400, 'invalid', checked) : answer(checked);
}

function fieldsOf(value: unknown): Record<string, unknown> | string {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : 'the body must be a JSON object';
}

function textAndBaseline(o: Record<string, unknown>): { text: string; baseline: string | null } | string {
  if (typeof o.text !== 'string') return 'text must be a string';
  if (Buffer.byteLength(o.text) > MAX_MAP_BYTES) return 'text is larger than 10 MB';
  if (o.baseline !== null && (typeof o.baseline !== 'string' || !/^[0-9a-f]{64}$/.test(o.baseline)))
    return 'baseline must be the sha256 (hex) of the version last read, or null for a new file';
  return { text: o.text, baseline: o.baseline };
}

function saveBodyOf(value: unknown): { text: string; baseline: string | null; overwriteNewer: boolean } | string {
  const o = fieldsOf(value);
  if (typeof o === 'string') return o;
  if (o.overwriteNewer !== undefined && typeof o.overwriteNewer !== 'boolean')
    return 'overwriteNewer must be a boolean';
  const fields = textAndBaseline(o);
  return typeof fields === 'string' ? fields : { ...fields, overwriteNewer: o.overwriteNewer === true };
}

function draftBodyOf(value: unknown): { text: string; baseline: string | null } | string {
  const o = fieldsOf(value);
  return typeof o === 'string' ? o : textAndBaseline(o);
}
