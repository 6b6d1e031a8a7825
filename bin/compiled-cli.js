// The CLI compiled ahead of time (scripts/build-cli.mjs): dist/cli/mapwright.cjs, one CommonJS
// file, with the V8 code cache of a run of it beside it. Node 20 has no compile cache for ES modules
// (module.enableCompileCache is Node 22), but vm.Script takes a code cache: with it, V8 neither
// parses the bundle nor compiles the functions a run needs (a third of `mapwright validate`'s start).
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';

export const BUNDLE = 'dist/cli/mapwright.cjs';
export const CODE_CACHE = 'dist/cli/mapwright.code-cache';
export const INPUTS = 'dist/cli/inputs.json';

/**
 * Whether the bundle under `root` (a folder path ending in /) is newer than every source it was
 * built from (inputs.json, written with it), so an edited checkout never runs stale code. One
 * stat per source (about 240): plain paths, since building a URL for each costs more than the stat.
 */
export function compiledCliIsCurrent(root) {
  try {
    const built = statSync(root + BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(root + INPUTS, 'utf8'));
    return inputs.length > 0 && inputs.every((file) => statSync(root + file).mtimeMs <= built);
  } catch {
    return false;
  }
}

/**
 * Runs the bundle's top level and gives its exports, with `saveCodeCache` to write the code cache
 * once a run has compiled what it needs. The cache is used only when written after the bundle: V8
 * checks its own version, flags and the source's length, not the source's content.
 */
export function loadCompiledCli(root) {
  const file = join(root, BUNDLE);
  const source = readFileSync(file, 'utf8');
  const cachedData = readCodeCache(root, statSync(file).mtimeMs);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, join(root, 'dist/cli'));
  return {
    ...module.exports,
    cacheRejected: cachedData === undefined || script.cachedDataRejected === true,
    saveCodeCache() {
      const to = root + CODE_CACHE;
      writeFileSync(`${to}.${process.pid}`, script.createCachedData());
      renameSync(`${to}.${process.pid}`, to);
    },
  };
}

function readCodeCache(root, bundleTime) {
  try {
    if (statSync(root + CODE_CACHE).mtimeMs < bundleTime) return undefined;
    return readFileSync(root + CODE_CACHE);
  } catch {
    return undefined;
  }
}
