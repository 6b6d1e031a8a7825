// `npm install` (prepare) and `npm run build`: the CLI compiled ahead of time into one CommonJS
// file, dist/cli/mapwright.cjs (esbuild, minified), with a V8 code cache written by a run of it
// (scripts/cli-code-cache.mjs), so `mapwright` starts without compiling TypeScript through tsx,
// without resolving packages one module at a time, and without V8 compiling what it ran before.
// dist/cli/inputs.json lists the sources it was built from: bin/mapwright.js uses the bundle only
// while none of them is newer than it, and runs the sources through tsx otherwise, so an edited
// checkout never runs stale code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'dist', 'cli');

// yaml's Node build reads process.env (LOG_TOKENS) once per token it parses, a call into the
// runtime each time; its browser build, the same code in ES modules, does not. The CLI bundles that
// one (the renderer does too, through vite).
const yamlWithoutEnvLookups = {
  name: 'yaml-browser-build',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules', 'yaml', 'browser', 'index.js') }));
  },
};

// Packages every run loads go into the bundle (one file to read instead of a module resolution per
// file); the rest (the live server's, resvg's native binding) stay `require`s, loaded on use.
const BUNDLED = /^(yaml|commander|js-yaml|ajv|fast-deep-equal|write-file-atomic|signal-exit|imurmurhash)(\/|$)/;
// A package loaded by `import()` (resvg for PNG) is reached through a module that `require`s it:
// a run from the code cache has no callback for `import()` (Node 20 keeps it out of the cache).
const onUsePackagesLeftOut = {
  name: 'on-use-packages-left-out',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, kind }) => {
      if (path.startsWith('node:') || BUNDLED.test(path)) return undefined;
      return kind === 'dynamic-import' ? { path, namespace: 'required-on-use' } : { path, external: true };
    });
    build.onLoad({ filter: /.*/, namespace: 'required-on-use' }, ({ path }) => ({
      contents: `module.exports = require(${JSON.stringify(path)});`,
      loader: 'js',
    }));
  },
};

// The live server finds the editor's files relative to its own source file (import.meta.url),
// which a CommonJS bundle does not have: it gets that source file's URL, from the bundle's folder.
const sourceFileUrls = {
  name: 'source-file-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/].*\.ts$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromBundle = JSON.stringify(relative(out, path).split('\\').join('/'));
      const url = `require('node:url').pathToFileURL(require('node:path').join(__dirname, ${fromBundle})).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts', resolveDir: dirname(path) };
    });
  },
};

// commander starts node:child_process (and with it net and dgram) at load, for running commands
// as separate executables, which mapwright never does: it is loaded when that would happen.
const commanderChildProcessOnUse = {
  name: 'commander-child-process-on-use',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!text.includes(eager)) return undefined;
      const onUse = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: text.replace(eager, onUse), loader: 'js' };
    });
  },
};

export async function buildCli() {
  const { build } = await import('esbuild');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { mapwright: 'cli/main.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Half the bytes to read and to check against the code cache; a third less start-up time.
    minify: true,
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [yamlWithoutEnvLookups, onUsePackagesLeftOut, sourceFileUrls, commanderChildProcessOnUse],
  });
  const dynamic = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.filter((i) => i.kind === 'dynamic-import'),
  );
  if (dynamic.length > 0) throw new Error(`import() left in the bundle: ${dynamic.map((i) => i.path).join(', ')}`);
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/') && !f.includes(':'));
  writeFileSync(join(out, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
  const cache = spawnSync(process.execPath, [join(root, 'scripts', 'cli-code-cache.mjs')], { encoding: 'utf8' });
  // Without the cache the bundle still runs; it compiles as it goes.
  if (cache.status !== 0) console.warn(`build-cli: no code cache (${cache.stderr.trim()})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
  } catch (e) {
    // Without the bundle `mapwright` still runs, from the sources: an install must not fail here.
    console.warn(
      `build-cli: no CLI bundle (${e instanceof Error ? e.message : String(e)}); mapwright runs from sources`,
    );
  }
}
