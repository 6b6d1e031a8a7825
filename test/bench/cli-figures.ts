// Start-up of the `mapwright` command as whole processes, next to the floor the issue sets: a bare
// `node -e 'require("yaml")'`. Each round runs every case once, in turn (so a busy moment of this
// shared machine falls on all of them alike); the figures are medians over the rounds, of wall
// time and of the process's own CPU time (`_cpu`, user + system). The CLI runs as installed (the
// bundle and code cache scripts/build-cli.mjs makes at `npm install`, rebuilt here first) and, for
// comparison, from its TypeScript sources through tsx (`_sources`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringifyMap } from '../../core/format/stringify.ts';
import { realisticMap } from './generate.ts';
import { median } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CPU_AT_EXIT = join(import.meta.dirname, 'cpu-at-exit.cjs');

interface Case {
  key: 'cli_help' | 'cli_validate_50' | 'require_yaml' | 'cli_help_sources' | 'cli_validate_50_sources';
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
}

/** One run: wall and CPU milliseconds. */
function timed({ args, env }: Case): { wall: number; cpu: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', CPU_AT_EXIT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const wall = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { wall, cpu: Number(r.output[3]) / 1000 };
}

export function cliFigures(rounds: number): Record<string, number> {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the CLI bundle did not build: ${built.stderr}`);
  const sources = { ...process.env, MAPWRIGHT_FROM_SOURCES: '1' };
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-bench-'));
  const map = join(dir, 'fifty.yaml');
  writeFileSync(map, stringifyMap(realisticMap(50)));
  const bin = join(ROOT, 'bin/mapwright.js');
  const cases: Case[] = [
    { key: 'require_yaml', args: ['-e', 'require("yaml")'] },
    { key: 'cli_help', args: [bin, '--help'] },
    { key: 'cli_validate_50', args: [bin, 'validate', map] },
    { key: 'cli_help_sources', args: [bin, '--help'], env: sources },
    { key: 'cli_validate_50_sources', args: [bin, 'validate', map], env: sources },
  ];
  const runs = new Map(cases.map((c) => [c.key, [] as { wall: number; cpu: number }[]]));
  for (let round = 0; round < rounds; round++) {
    for (const c of round % 2 === 0 ? cases : [...cases].reverse()) runs.get(c.key)?.push(timed(c));
  }
  const figures: Record<string, number> = {};
  for (const [key, times] of runs) {
    figures[key] = median(times.map((t) => t.wall));
    figures[`${key}_cpu`] = median(times.map((t) => t.cpu));
  }
  return figures;
}
