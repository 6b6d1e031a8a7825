// `mapwright serve <map> [--port P] [--host H] [--read-only]`: a live workshop on one map. Starts
// the session (server/live), prints the link to share, and ends the session on Ctrl+C.
import { Command } from 'commander';
import { EXIT, type SetExit } from '../exit.ts';
import { loadMapFile } from '../map-io.ts';

interface ServeOptions {
  port: string;
  host: string;
  readOnly?: boolean;
}

const EXAMPLES = `
Examples:
  mapwright serve maps/conference.yaml                      # this laptop only
  mapwright serve maps/conference.yaml --host 0.0.0.0       # the room's network
  mapwright serve maps/conference.yaml --read-only          # people watch, nobody edits`;

export function registerServe(program: Command, setExit: SetExit): void {
  program
    .command('serve')
    .description('share a map live: everyone with the link edits it in a browser; the file is written as they go')
    .argument('<map>', 'map file (.yaml)')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '0')
    .option('--host <host>', 'interface to listen on (0.0.0.0 opens it to the LAN)', '127.0.0.1')
    .option('--read-only', 'participants can watch but not edit')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, options: ServeOptions) => {
      setExit(await serveMap(file, options));
    });
}

export async function serveMap(file: string, options: ServeOptions): Promise<number> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serve: --port must be a number from 0 to 65535\n`);
    return EXIT.usage;
  }
  // A map that does not load is reported as every command reports it (file:line:col: error rule
  // message, exit 1), before any server starts.
  const loaded = await loadMapFile(file);
  if (!loaded.ok) return loaded.exit;
  let session;
  try {
    // Loaded on use: the live server (Yjs, WebSockets, file watching) is most of what the CLI
    // would otherwise load at every start.
    const { startLiveSession } = await import('../../server/live/session.ts');
    session = await startLiveSession({
      mapPath: file,
      port,
      host: options.host,
      readOnly: options.readOnly ?? false,
      log: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (e) {
    process.stderr.write(`serve: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  process.stdout.write(`join: ${session.joinUrl}\n`);
  if (!options.readOnly) process.stderr.write(`view only: ${session.viewUrl}\n`);
  const live = session;
  await new Promise<void>((done) => {
    const stop = () => void live.end().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('serve: session ended, file written\n');
  return EXIT.ok;
}
