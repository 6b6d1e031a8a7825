// Runs test/support/parse-twice.ts on some files in a fresh Node process and collects its reports.
// The time limit is on the child's CPU time (read from /proc on Linux), not the wall clock: on a
// shared 2-core machine a healthy 5-second parse can take a minute of wall time, while a quadratic
// one burns CPU without end. The wall clock is only a backstop.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ProbeReport } from './parse-twice.ts';

export interface ChildRun {
  reports: Map<string, ProbeReport>;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Killed for using more CPU time than allowed (or, as a backstop, far more wall time). */
  timedOut: boolean;
  stderr: string;
}

const PROBE = 'test/support/parse-twice.ts';
const CLOCK_TICKS_PER_SECOND = 100;
const WALL_BACKSTOP_FACTOR = 10;

/** CPU seconds (user + system) the process has used, or undefined where /proc is not available. */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

export function runProbe(root: string, paths: string[], cpuLimitMs: number): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', PROBE, ...paths], { cwd: root });
    const pid = child.pid;
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const stop = () => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    const backstop = setTimeout(stop, cpuLimitMs * WALL_BACKSTOP_FACTOR);
    const watchdog = setInterval(() => {
      const cpu = pid === undefined ? undefined : cpuSecondsOf(pid);
      if (cpu !== undefined && cpu * 1000 > cpuLimitMs) stop();
    }, 250);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(backstop);
      clearInterval(watchdog);
      const reports = new Map<string, ProbeReport>();
      for (const line of stdout.split('\n').filter(Boolean)) {
        const report = JSON.parse(line) as ProbeReport;
        reports.set(report.file, report);
      }
      resolve({ reports, code, signal, timedOut, stderr: stderr.slice(0, 2000) });
    });
  });
}
