// The phases that move nothing: phase 0 stands up what later phases rely on (the facade in
// pass-through, baselines, the change-data-capture platform, pipelines), and the retirement
// phase decommissions the monolith. Both are owned by the monolith's team.
import type { MapNode } from '../model/types.ts';
import { compareIds } from './graph.ts';
import { facadeWords, type Facade, type Phase } from './model.ts';
import { STREAM_EXPOSURE_OPTIONS, streamOf } from '../system/streams.ts';
import type { StreamEntry } from '../system/types.ts';
import { MESSAGE_PROTOCOLS } from './scoring.ts';
import type { PlannedStep } from './step-builder.ts';

/** Team(s) owning the monoliths: they own the preparation and the retirement. */
export function monolithTeams(facade: Facade, nodes: ReadonlyMap<string, MapNode>): string[] {
  const teams = facade.monoliths.flatMap((m) => nodes.get(m.id)?.team ?? []);
  return [...new Set(teams)].sort(compareIds);
}

function ownerOf(teams: readonly string[], facade: Facade): string {
  const monoliths = facade.monoliths.map((m) => m.id).join(', ');
  return teams.length > 0 ? `${teams.join(', ')} (owns ${monoliths})` : `the team that owns ${monoliths}`;
}

export interface PreparationInput {
  steps: readonly PlannedStep[];
  facade: Facade;
  nodes: ReadonlyMap<string, MapNode>;
  rows: Pick<Phase, 'routes' | 'streams' | 'records'>;
}

export function preparationPhase(input: PreparationInput): Phase {
  const monoliths = input.facade.monoliths.map((m) => m.id).join(', ');
  const paths = input.rows.routes.map((r) => r.path);
  const teams = monolithTeams(input.facade, input.nodes);
  const tasks = [
    ...frontTasks(input.rows.routes, input.facade, monoliths),
    `record a baseline per path at the facade (error rate, p95 latency, throughput) for later phases to compare against`,
    ...platformTasks(input.steps, monoliths, input.nodes, input.rows.streams ?? []),
    ...input.steps.filter((s) => s.phase === 1).flatMap((s) => s.schemaSplit ?? []),
  ];
  const exitCriteria = [
    `the facade carries all production traffic to ${monoliths} for 7 days with error rate and p95 no worse than before it`,
    `a baseline is recorded for each of ${paths.length} ${paths.length === 1 ? 'path' : 'paths'}`,
  ];
  if (input.steps.some((s) => s.dataStep !== undefined))
    exitCriteria.push('change-data-capture lag measured on production load and under 5 s');
  return {
    index: 0,
    title: `Prepare: the facade passes everything through to ${monoliths}`,
    tasks,
    steps: [],
    cleanups: [],
    dataSteps: [],
    ...input.rows,
    rollback: [`point traffic back at ${monoliths} directly: the facade holds no state`],
    exitCriteria,
    teams,
    owner: ownerOf(teams, input.facade),
    load: [],
  };
}

/**
 * The facade goes in front of the monolith for the paths it serves today; a path that already
 * reaches something outside the monolith (a bought product users reach directly, a managed
 * service) is routed there as it is today, not through the monolith.
 */
function frontTasks(routes: Phase['routes'], facade: Facade, monoliths: string): string[] {
  const inside = new Set(facade.monoliths.map((m) => m.id));
  const toMonolith = (r: Phase['routes'][number]) =>
    r.redirect === undefined && r.backends.length > 0 && r.backends.every((b) => inside.has(b.service));
  const through = routes.filter(toMonolith).map((r) => r.path);
  const elsewhere = routes.filter((r) => !toMonolith(r)).map((r) => `${r.path} → ${destinationOf(r)}`);
  const out = [
    `put the facade (${facadeWords(facade)}) in front of ${monoliths}, passing every path through unchanged: ${through.join(', ')}`,
  ];
  if (elsewhere.length > 0)
    out.push(`route at the facade, as today, what already runs outside ${monoliths}: ${elsewhere.join(', ')}`);
  return out;
}

function destinationOf(r: Phase['routes'][number]): string {
  if (r.redirect !== undefined) return `redirect to https://${r.redirect.hostname}`;
  return r.backends.map((b) => b.service).join(', ');
}

/** What the extractions rely on, stood up once before the first of them. */
function platformTasks(
  steps: readonly PlannedStep[],
  monoliths: string,
  nodes: ReadonlyMap<string, MapNode>,
  streams: readonly StreamEntry[],
): string[] {
  const out: string[] = [];
  const data = steps.filter((s) => s.dataStep !== undefined).map((s) => s.step.node);
  if (data.length > 0)
    out.push(`stand up change data capture on ${monoliths}'s database for the records of ${sorted(data).join(', ')}`);
  const built = steps.filter((s) => s.step.sourcing === 'build').map((s) => s.step.node);
  if (built.length > 0) out.push(`pipelines and the image registry for the new services: ${sorted(built).join(', ')}`);
  for (const s of steps) {
    const protocol = s.step.protocol;
    if (protocol === undefined || !MESSAGE_PROTOCOLS.has(protocol)) continue;
    out.push(
      `${interceptionPoint(s, nodes, streams)}; record message rates and negative acknowledgements as the baseline`,
    );
  }
  return [...new Set(out)];
}

/**
 * The facade's stream port when it carries the listener (its phase-0 stream rows: the senders
 * move to it once), else a router; a listener the facade cannot carry is said so, with what to add.
 */
function interceptionPoint(
  s: PlannedStep,
  nodes: ReadonlyMap<string, MapNode>,
  streams: readonly StreamEntry[],
): string {
  const proto = (s.step.protocol ?? 'tcp').toUpperCase();
  const stream = streamOf(nodes.get(s.step.node));
  if (stream !== undefined && streams.some((r) => r.node === s.step.node))
    return `open the facade's ${proto} port ${stream.port} in front of ${s.step.monolith}'s listener, passing every connection through, and move the senders to that address once`;
  const router = `put ${proto === 'TCP' ? 'a' : 'an'} ${proto} router in front of ${s.step.monolith}'s listener passing every message through`;
  if (stream === undefined) return router;
  return `${router} (the facade has no TCP exposure for ${s.step.node}'s listener: the platform team adds ${STREAM_EXPOSURE_OPTIONS}, before the senders can be moved off ${s.step.monolith})`;
}

function sorted(ids: readonly string[]): string[] {
  return [...ids].sort(compareIds);
}

/** The retirement phase belongs to the monolith's team, whoever wrote the last clean-ups. */
export function retire(
  phase: Phase,
  retired: readonly string[],
  facade: Facade,
  nodes: ReadonlyMap<string, MapNode>,
): void {
  const teams = monolithTeams(facade, nodes);
  phase.owner = ownerOf(teams, facade);
  phase.teams = [...new Set([...teams, ...phase.teams])];
  const moved = phase.records.filter((r) => r.system === r.owner).map((r) => r.owner);
  for (const m of retired) {
    const readers = moved.length > 0 ? `, no readers of its data (${moved.join(', ')} are their own records now)` : '';
    phase.tasks.push(
      `decommission ${m}: no traffic left${readers}, its scheduled jobs moved; archive its database, then delete its workload`,
    );
  }
}
