// A phase's rollback restores the phase before it. Each extraction says how to undo itself; the
// route moves of the phase's clean-ups (a canary sent whole, a mirror switched over, a staged
// cut-over, a stream port moved) are undone here, each back to the row it had in the phase before,
// so rolling back is re-applying the bundle of that phase.
import type { Backend, Phase, RouteEntry, StreamEntry } from './model.ts';

type Rows = Pick<Phase, 'routes' | 'streams' | 'records'>;

/**
 * Rollback lines for the rows that changed since phase k-1 and that no extraction of phase k owns,
 * each led by the component's name, as the extraction lines are (`name` maps an id to it).
 */
export function cleanupRollbacks(
  before: Rows,
  after: Rows,
  moving: ReadonlySet<string>,
  k: number,
  name: (id: string) => string = (id) => id,
  previous: ReadonlyMap<string, RouteEntry> = new Map(before.routes.map((r) => [r.path, r])),
): string[] {
  const lines = new Map<string, { node: string; paths: string[]; data: string }>();
  for (const r of after.routes) {
    const was = previous.get(r.path);
    if (r.node === undefined || moving.has(r.node) || was === undefined || sameRoute(was, r)) continue;
    const key = `${r.node}\u0000${targetOf(was)}`;
    const line = lines.get(key) ?? { node: r.node, paths: [], data: dataNote(before, after, r.node) };
    line.paths.push(r.path);
    lines.set(key, line);
  }
  const out = [...lines].map(
    ([key, l]) =>
      `${name(l.node)}: route ${l.paths.join(', ')} back to ${key.split('\u0000')[1] ?? ''} (the routing of phase ${k - 1})${l.data}`,
  );
  const streams = new Map((before.streams ?? []).map((s) => [s.port, s]));
  for (const s of after.streams ?? []) {
    const was = streams.get(s.port);
    if (moving.has(s.node) || was === undefined || sameBackends(was.backends, s.backends)) continue;
    out.push(
      `${name(s.node)}: send the connections of port ${s.port} back to ${backendsOf(was)} (the routing of phase ${k - 1})`,
    );
  }
  return out;
}

// Field by field: every row is made by core/system (routes.ts, streams.ts) with the same fields in
// the same order, so this is what comparing their JSON said, without a string per row and phase.
function sameRoute(a: RouteEntry, b: RouteEntry): boolean {
  return (
    a.state === b.state &&
    sameBackends(a.backends, b.backends) &&
    sameMirror(a.mirror, b.mirror) &&
    a.redirect?.hostname === b.redirect?.hostname &&
    (a.redirect === undefined) === (b.redirect === undefined) &&
    sameWrites(a.writes, b.writes)
  );
}

function sameBackends(a: readonly Backend[], b: readonly Backend[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.service !== y.service || x.port !== y.port || x.weight !== y.weight) return false;
  }
  return true;
}

function sameMirror(a: RouteEntry['mirror'], b: RouteEntry['mirror']): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.service === b.service && a.port === b.port && a.writes === b.writes;
}

function sameWrites(a: RouteEntry['writes'], b: RouteEntry['writes']): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.service === b.service && a.port === b.port && a.by === b.by;
}

function backendsOf(r: RouteEntry | StreamEntry): string {
  return r.backends.map((b) => (r.backends.length > 1 ? `${b.service} ${b.weight}%` : b.service)).join(', ');
}

/** Where a path went in the phase before, in the plan's words. */
function targetOf(r: RouteEntry): string {
  if (r.redirect !== undefined) return `a redirect to https://${r.redirect.hostname}`;
  const to = backendsOf(r);
  if (r.mirror !== undefined) return `${to}, mirrored to ${r.mirror.service}`;
  if (r.state === 'staged') return `${to} (${r.node ?? ''} staged beside it)`;
  return r.writes === undefined ? to : `${to} for reads, ${r.writes.service} for writes`;
}

/** When the phase made the new store the record, rolling back hands the record back. */
function dataNote(before: Rows, after: Rows, node: string): string {
  const was = before.records.find((r) => r.owner === node);
  const now = after.records.find((r) => r.owner === node);
  if (was === undefined || now === undefined || was.system === now.system) return '';
  return `; no write is lost: reverse sync has copied the writes made in ${node} into ${was.system}, which is the system of record again (switch the sync back to change data capture)`;
}
