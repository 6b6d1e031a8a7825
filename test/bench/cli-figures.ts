// Start-up of the `mapwright` command as whole processes (wall time, median of a few runs), next
// to the floor the issue sets: a bare `node -e 'require("yaml")'`. The CLI runs as installed (the
// bundle scripts/build-cli.mjs makes at `npm install`, rebuilt here first) and, for comparison,
// from its TypeScript sources through tsx (`_sources`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringifyMap } from '../../core/format/stringify.ts';
import { realisticMap } from './generate.ts';
import { median } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function wallMs(args: readonly string[], runs: number, env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

type CliKey = 'cli_help' | 'cli_validate_50' | 'require_yaml' | 'cli_help_sources' | 'cli_validate_50_sources';

export function cliFigures(runs: number): Record<CliKey, number> {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the CLI bundle did not build: ${built.stderr}`);
  const sources = { ...process.env, MAPWRIGHT_FROM_SOURCES: '1' };
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-bench-'));
  const map = join(dir, 'fifty.yaml');
  writeFileSync(map, stringifyMap(realisticMap(50)));
  const bin = join(ROOT, 'bin/mapwright.js');
  return {
    require_yaml: wallMs(['-e', 'require("yaml")'], runs),
    cli_help: wallMs([bin, '--help'], runs),
    cli_validate_50: wallMs([bin, 'validate', map], runs),
    cli_help_sources: wallMs([bin, '--help'], runs, sources),
    cli_validate_50_sources: wallMs([bin, 'validate', map], runs, sources),
  };
}
