// Reading a Chromium performance trace and CPU profile, shared by the profiling tools of this
// folder (drop-profile, drag-profile, select-parts, drop-parts). Prints nothing itself.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  cat: string;
  args?: { data?: Record<string, unknown>; name?: string };
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The renderer's main thread, named in the trace's metadata. */
export function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const named = events.find((e) => e.name === 'thread_name' && e.ph === 'M' && e.args?.name === 'CrRendererMain');
  if (!named) throw new Error('no renderer main thread in the trace');
  return { pid: named.pid, tid: named.tid };
}

/** A production build of the renderer first (`--build`); unminified so a profile names functions. */
export function buildRenderer(minify: boolean): void {
  const vite = join('node_modules', 'vite', 'bin', 'vite.js');
  const env = { ...process.env, NODE_ENV: 'production' };
  const args = [vite, 'build', ...(minify ? [] : ['--minify', 'false']), '--logLevel', 'warn'];
  spawnSync(process.execPath, args, { stdio: 'inherit', env });
}

const frameName = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;

/**
 * Self time by function, and total time of the functions on its stack, over the samples taken at
 * a time `keep` accepts (profile clock, µs); the `top` largest of each, in ms. A sample's time is
 * capped at 120 µs: a thread the OS put aside would charge its whole wait to the function it was in.
 */
export function profileSummary(profile: CpuProfile, keep: (at: number) => boolean, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, dt: number) => m.set(key, (m.get(key) ?? 0) + dt);
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const dt = Math.min(profile.timeDeltas[i + 1] ?? 0, 120);
    const leaf = byId.get(profile.samples[i] ?? 0);
    if (!keep(t) || !leaf || leaf.callFrame.functionName === '(idle)') continue;
    add(self, frameName(leaf), dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id);
      if (!n) break;
      const key = frameName(n);
      if (!seen.has(key)) add(total, key, dt);
      seen.add(key);
    }
  }
  const largest = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${(v / 1000).toFixed(2)} ms  ${k}`);
  return ['-- self', ...largest(self), '-- total', ...largest(total)];
}
