// The exit criterion of the phase that gives a component all of its traffic. Its own phase
// measures only what the routing table sends it there (a 10% canary share, mirrored copies, or
// nothing while it is staged beside the monolith); the phase that sends its paths whole (the
// clean-up, or the cut-over after a staged phase) is where "at full traffic" is true. The same for
// a stream port: its connections all reach the component from the phase after its own.
import type { MapNode } from '../model/types.ts';
import type { Phase, RouteEntry } from './model.ts';
import { wholeStreamCriterion } from './message-steps.ts';
import { sloText } from './steps.ts';

type Rows = Pick<Phase, 'routes' | 'streams'>;

const PARTIAL: ReadonlySet<RouteEntry['state']> = new Set(['canary', 'mirror', 'staged']);

/**
 * Criteria for each component whose paths went from a partial row in phase k-1 to whole in phase
 * k (its objective, when the map gives one, and its paths against the baseline), led by its name;
 * none for a component extracted in phase k (its step has its own).
 */
export function wholeTrafficCriteria(
  before: Rows,
  after: Rows,
  moving: ReadonlySet<string>,
  nodes: ReadonlyMap<string, MapNode>,
  previous: ReadonlyMap<string, RouteEntry> = new Map(before.routes.map((r) => [r.path, r])),
): string[] {
  const paths = new Map<string, string[]>();
  for (const r of after.routes) {
    const was = previous.get(r.path);
    if (r.node === undefined || moving.has(r.node) || r.state !== 'new') continue;
    if (was === undefined || !PARTIAL.has(was.state)) continue;
    paths.set(r.node, [...(paths.get(r.node) ?? []), r.path]);
  }
  return [...pathCriteria(paths, nodes), ...streamCriteria(before, after, moving, nodes)];
}

function pathCriteria(paths: ReadonlyMap<string, string[]>, nodes: ReadonlyMap<string, MapNode>): string[] {
  return [...paths].flatMap(([id, p]) => {
    const node = nodes.get(id);
    const name = node?.name ?? id;
    const slo = node?.kind === 'component' ? sloText(node.plan?.slo) : undefined;
    return [
      ...(slo === undefined
        ? []
        : [`${name}: ${id} meets its SLO (${slo}) for 7 days at full traffic, measured at the facade`]),
      `${name}: error rate and p95 latency of ${p.join(', ')} within 5% of their phase-0 baseline for 7 days at full traffic`,
    ];
  });
}

/** A stream port whose connections all go to its component from this phase on (split or kept before). */
function streamCriteria(
  before: Rows,
  after: Rows,
  moving: ReadonlySet<string>,
  nodes: ReadonlyMap<string, MapNode>,
): string[] {
  const previous = new Map((before.streams ?? []).map((s) => [s.port, s]));
  return (after.streams ?? []).flatMap((s) => {
    const was = previous.get(s.port);
    if (s.state !== 'new' || moving.has(s.node) || was === undefined || was.state === 'new') return [];
    return [`${nodes.get(s.node)?.name ?? s.node}: ${wholeStreamCriterion(s.protocol, s.node, s.port)}`];
  });
}
