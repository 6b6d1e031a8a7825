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

/**
 * Starts the child, waits for its first complete write, then SIGKILLs it `delayMs` later, or, with
 * `atWrite`, `delayMs` after the next atomic write begins (the child says when it opens the temp file).
 */
export function killAfterReady(
  child: string,
  args: readonly string[],
  delayMs: number,
  atWrite = false,
): Promise<void> {
  const env = { ...process.env, WRITE_SIGNAL: atWrite ? '1' : '0' };
  const run = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let errors = '';
  let out = '';
  let armed = false;
  run.stderr.on('data', (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    run.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const ready = out.indexOf('ready\n');
      if (armed || ready < 0 || (atWrite && !out.slice(ready).includes('write\n'))) return;
      armed = true;
      setTimeout(() => run.kill('SIGKILL'), delayMs);
    });
    run.once('error', reject);
    run.once('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the writer stopped by itself before the kill: ${errors.trim()}`));
    });
  });
}
