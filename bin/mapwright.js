#!/usr/bin/env node
// The `mapwright` command. Runs the TypeScript sources through tsx so `npx mapwright` works right
// after `npm install`, with no build step to remember.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`| head`, quitting git's pager during `git log -p`) is not an error:
// without this, node prints a stack trace and git reports "external diff died".
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv);
