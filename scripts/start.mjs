// `npm start`: build, then run the desktop app. Electron's binary is not part of `npm install`
// (electron 45 fetches it on first use, and a refused download must not fail the install): fetch
// it here, and where that is refused (a proxy, an offline CI, a locked-down laptop) or impossible
// say so in one line and serve the browser version instead. Extra arguments (e.g. --port 0) go to
// the browser server (server/main.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const electronPackage = join(root, 'node_modules', 'electron');
const DOWNLOAD_TIMEOUT_MS = 180_000;

/** The installed binary's path, read the way electron's index.js reads it, without triggering its download. */
function installedBinary() {
  try {
    const relative = readFileSync(join(electronPackage, 'path.txt'), 'utf8');
    const path = join(electronPackage, 'dist', relative);
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Runs electron's own installer quietly; null when it worked, else the reason in a few words. */
function downloadBinary() {
  const installer = join(electronPackage, 'install.js');
  if (!existsSync(installer)) return 'the electron package is not installed';
  const r = spawnSync(process.execPath, [installer], { cwd: root, encoding: 'utf8', timeout: DOWNLOAD_TIMEOUT_MS });
  if (r.status === 0) return null;
  if (r.error) return r.error.message;
  const firstError = `${r.stderr ?? ''}`.split('\n').find((line) => /error/i.test(line));
  return (firstError ?? `exit ${r.status}`).trim().slice(0, 120);
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function portFrom(argv) {
  const i = argv.indexOf('--port');
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : '5173';
}

let binary = installedBinary();
let reason = 'binary missing';
if (binary === null) {
  const failed = downloadBinary();
  binary = installedBinary();
  if (binary === null) reason = `binary missing, download failed: ${failed ?? 'no binary after the download'}`;
}
if (binary === null) {
  const port = portFrom(args);
  const where = port === '0' ? 'on a free port' : `http://localhost:${port}`;
  console.log(`Electron is not installed here (${reason}); serving the browser version instead: ${where}`);
  run(process.execPath, [join(root, 'scripts', 'web.mjs'), ...args]);
} else {
  const { buildRenderer, buildElectron } = await import('./build.mjs');
  try {
    buildRenderer();
    await buildElectron();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
  run(binary, [root]);
}
