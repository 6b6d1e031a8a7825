// Killing a writer mid-write, many times, cheaply: the child (write-loop-child.ts) is bundled once
// with esbuild into one CommonJS file, so each start is a plain `node` start (tens of milliseconds)
// instead of tsx compiling the sources again (seconds on a loaded machine).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleWriteLoopChild(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'mapwright-child-')), 'write-loop-child.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'write-loop-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** Starts the child, waits for its first complete write, then SIGKILLs it after `delayMs`. */
export function killAfterReady(child: string, args: readonly string[], delayMs: number): Promise<void> {
  const run = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  run.stderr.on('data', (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    run.stdout.once('data', () => setTimeout(() => run.kill('SIGKILL'), delayMs));
    run.once('error', reject);
    run.once('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the writer stopped by itself before the kill: ${errors.trim()}`));
    });
  });
}
