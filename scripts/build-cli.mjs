// `npm install` (prepare) and `npm run build`: the CLI compiled ahead of time into
// dist/cli/main.mjs (esbuild; npm packages stay imports), so `mapwright` starts without
// compiling TypeScript through tsx on every run. dist/cli/inputs.json lists the sources it was
// built from: bin/mapwright.js uses the bundle only while none of them is newer than it, and
// runs the sources through tsx otherwise, so an edited checkout never runs stale code.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

// yaml's Node build reads process.env (LOG_TOKENS) once per token it parses, a call into the
// runtime each time; its browser build, the same code in ES modules, does not. The CLI bundles that
// one (the renderer does too, through vite).
const yamlWithoutEnvLookups = {
  name: 'yaml-browser-build',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules', 'yaml', 'browser', 'index.js') }));
  },
};

export async function buildCli() {
  const { build } = await import('esbuild');
  const out = join(root, 'dist', 'cli');
  // Chunk names change with their content: old ones must not pile up.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Commands that load their work lazily (serve) stay out of the start-up chunk.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    plugins: [yamlWithoutEnvLookups],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
  writeFileSync(join(out, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
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
