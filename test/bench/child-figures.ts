// Figures measured in a fresh child process of the bench: the module `moduleUrl` run again with
// this process's flags (tsx, the yaml build as shipped) and `flag`, given `input` as JSON, prints
// its figures as one JSON object on its last line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The path → figure object the child printed last; throws with the end of its stderr when it failed. */
export function childFigures(moduleUrl: string, flag: string, input: unknown): Record<string, number> {
  const args = [...process.execArgv, fileURLToPath(moduleUrl), flag, JSON.stringify(input)];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{'))
    throw new Error(`${flag} process failed (${run.status}): ${run.stderr.slice(-800)}`);
  return JSON.parse(line) as Record<string, number>;
}

/** The input a child was given (the last argument), when this process is that child. */
export function childInput<T>(flag: string): T | undefined {
  return process.argv.includes(flag) ? (JSON.parse(process.argv.at(-1) ?? 'null') as T) : undefined;
}
