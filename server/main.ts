// `npm run web` (through scripts/web.mjs): build the renderer if stale, serve it with the API for a
// maps folder, print the URL. Options: --port <n> (default 5173; 0 picks a free port), --host
// <address> (default 127.0.0.1: only this machine), --maps <dir> (default maps/), --drafts <dir>,
// --no-build.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildIfStale, projectRoot, rendererDist } from './renderer-build.ts';
import { startWebServer, type RunningWebServer } from './web-server.ts';

function option(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}

/** Drafts live in the user's state folder, never beside the maps (they would show in `git status`). */
function defaultDraftsFolder(): string {
  const state = process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state');
  return join(state, 'mapwright', 'web-drafts');
}

export async function runWebCommand(argv: string[]): Promise<RunningWebServer> {
  if (!argv.includes('--no-build')) buildIfStale();
  const host = option(argv, '--host', '');
  const running = await startWebServer({
    port: Number(option(argv, '--port', '5173')),
    host: host === '' ? null : host,
    maps: resolve(option(argv, '--maps', process.env.MAPWRIGHT_MAPS ?? join(projectRoot(), 'maps'))),
    drafts: resolve(option(argv, '--drafts', process.env.MAPWRIGHT_DRAFTS ?? defaultDraftsFolder())),
    renderer: rendererDist(),
  });
  console.log(`Mapwright (browser mode): ${running.url}`);
  // Ctrl+C ends a live session cleanly: participants are told and its last changes are written.
  const stop = () => void running.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (host !== '')
    console.log(`web: listening on ${host}, reachable from other machines; the page carries the access token`);
  return running;
}
