// `npm start`: build, then run the desktop app. Where Electron's binary is missing (a headless
// server, a blocked download) say so in one line and serve the browser version instead, rather
// than failing with a stack trace. Extra arguments (e.g. --port 0) go to scripts/web.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);

/** The Electron binary's path, or null: `require('electron')` throws when the download was skipped. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
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

const binary = electronBinary();
if (binary === null) {
  const port = portFrom(args);
  const where = port === '0' ? 'on a free port' : `http://localhost:${port}`;
  console.log(`Electron is not installed here (binary missing); serving the browser version instead: ${where}`);
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
