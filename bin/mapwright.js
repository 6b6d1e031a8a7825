#!/usr/bin/env node
// The `mapwright` command. Runs the CLI compiled at install (dist/cli, scripts/build-cli.mjs) when
// it is up to date with the sources, else the TypeScript sources through tsx, so `npx mapwright`
// works right after `npm install` and an edited checkout never runs stale code.
import { fileURLToPath } from 'node:url';
import { compiledCliIsCurrent, loadCompiledCli } from './compiled-cli.js';

// A reader that stops early (`| head`, quitting git's pager during `git log -p`) is not an error:
// without this, node prints a stack trace and git reports "external diff died".
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const root = fileURLToPath(new URL('../', import.meta.url));

// `serve` reads the editor and its files relative to the sources' own folders, so it runs from them.
// MAPWRIGHT_FROM_SOURCES=1 forces the sources (the bench compares both).
function useCompiled(command) {
  if (command === 'serve' || process.env.MAPWRIGHT_FROM_SOURCES === '1') return false;
  return compiledCliIsCurrent(root);
}

let main;
if (useCompiled(process.argv[2])) {
  ({ main } = loadCompiledCli(root));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv);
