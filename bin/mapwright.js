#!/usr/bin/env node
// The `mapwright` command. Runs the TypeScript sources through tsx so `npx mapwright` works right
// after `npm install`, with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv);
