// The small read-only API of `npm run web` for the maps folder it serves (default maps/, or
// --maps <dir>): the default map, and its git history through the same module the desktop host
// uses (electron/files/git-history.ts, loaded through tsx). Only plain file names directly in the
// folder and hex revisions are accepted; nothing is ever written.
//   GET /api/default-map                  → { file, text }
//   GET /api/history?file=<name>          → [{ hash, short, date, author, subject }]
//   GET /api/show?file=<name>&rev=<hex>   → the map text at that commit, or 404
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const DEFAULT_MAP = 'ehealth-platform.yaml';
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.ya?ml$/;
const REVISION = /^[0-9a-f]{7,64}$/;

// Started at once (compiling TypeScript takes a moment) so the first history request is quick.
const gitHistory = tsImport('../electron/files/git-history.ts', import.meta.url);
gitHistory.catch(() => undefined);

/** The map the app opens first: the eHealth example when the folder has it, else the first map. */
export function defaultMapName(mapsDir) {
  if (existsSync(join(mapsDir, DEFAULT_MAP))) return DEFAULT_MAP;
  if (!existsSync(mapsDir)) return null;
  return (
    readdirSync(mapsDir)
      .filter((name) => FILE_NAME.test(name))
      .sort()[0] ?? null
  );
}

function mapFile(mapsDir, name) {
  if (typeof name !== 'string' || !FILE_NAME.test(name)) return null;
  const path = join(mapsDir, name);
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}

/** Answers one /api/ request; returns false for a path that is not part of the API. */
export async function handleApi(url, res, mapsDir) {
  try {
    return await answer(url, res, mapsDir);
  } catch (e) {
    if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', e instanceof Error ? e.message : String(e));
    return true;
  }
}

async function answer(url, res, mapsDir) {
  const json = (value) => send(res, 200, 'application/json', JSON.stringify(value));
  const notFound = (why) => send(res, 404, 'text/plain; charset=utf-8', why);
  if (url.pathname === '/api/default-map') {
    const name = defaultMapName(mapsDir);
    if (name) json({ file: name, text: readFileSync(join(mapsDir, name), 'utf8') });
    return true;
  }
  if (url.pathname === '/api/history' || url.pathname === '/api/show') {
    const file = mapFile(mapsDir, url.searchParams.get('file'));
    if (!file) {
      notFound('only maps in the served folder');
      return true;
    }
    const git = await gitHistory;
    if (url.pathname === '/api/history') {
      json(await git.historyEntries(file));
      return true;
    }
    const rev = url.searchParams.get('rev') ?? '';
    const text = REVISION.test(rev) ? await git.fileAtRevision(file, rev) : null;
    if (text === null) notFound('no such revision of this map');
    else send(res, 200, 'application/yaml; charset=utf-8', text);
    return true;
  }
  return false;
}
