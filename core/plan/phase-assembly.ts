// Groups placed steps into phases: titles, clean-ups of earlier scaffolds, data steps, the
// routing table after the phase, rollback, exit criteria and teams. Adds the clean-up phase after
// the last extraction and, when a monolith is retired, the retirement phase after that.
import { groupBy } from '../model/lists.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { compareIds, type CandidateSet } from './graph.ts';
import type { Facade, Phase, Plan, PlanWarning, RouteEntry, Scaffold } from './model.ts';
import { pathTable, type PathTable } from '../system/paths.ts';
import { workloadPort } from '../system/ports.ts';
import { phaseRows } from '../system/system.ts';
import { unreachedAfterRetirement } from '../system/unreached.ts';
import { DEFAULT_PORT, facadeOfMap, forEachNode } from '../system/topology.ts';
import type { EdgeOptions, Schedule } from '../system/types.ts';
import { preparationPhase, retire } from './preparation.ts';
import { unreachedSteps } from './unreached.ts';
import { cleanupRollbacks } from './rollback.ts';
import { wholeTrafficCriteria } from './whole-traffic.ts';
import type { PlannedStep } from './step-builder.ts';

/** The facade the plan's routing goes through: the same one the bundle uses (core/system). */
export function facadeOf(
  map: WardleyMap,
  nodes: ReadonlyMap<string, MapNode>,
  edge: EdgeOptions = {},
  table: PathTable = pathTable(map),
): Facade {
  const front = facadeOfMap(map, edge);
  const monoliths = [...table.monoliths].sort(compareIds).map((id) => {
    const node = nodes.get(id);
    const entry: Facade['monoliths'][number] = {
      id,
      name: id,
      port: node === undefined ? DEFAULT_PORT : workloadPort(node),
    };
    const path = table.catchAll.get(id);
    if (path !== undefined) entry.path = path;
    return entry;
  });
  const facade: Facade = {
    name: front.kind === 'controller' ? front.id : front.name,
    gateway: front.kind === 'controller' ? { name: front.id } : { name: front.name, namespace: front.namespace },
    monoliths,
  };
  if (front.kind === 'gateway' && front.plain === true) facade.routes = 'ingress';
  const settings = map.deployment;
  if (settings?.namespace !== undefined) facade.namespace = settings.namespace;
  if (settings?.host !== undefined) facade.host = settings.host;
  return facade;
}

/** The plan reduced to what the system model needs: who leaves when, and what is retired. */
export function scheduleFrom(
  steps: readonly { node: string; monolith: string; phase: number; pattern: string }[],
  kept: Iterable<string>,
): Schedule {
  const extractions = steps
    .map((s) => ({ node: s.node, monolith: s.monolith, phase: s.phase, mirror: s.pattern === 'parallel-run' }))
    .sort((a, b) => compareIds(a.node, b.node));
  const held = [...new Set(kept)].filter((id) => id !== '').sort(compareIds);
  // After the last extraction a clean-up phase sends every path whole to its new service; a
  // monolith that nothing stays inside is retired in a phase of its own after that.
  const retiring = extractions.some((e) => !held.includes(e.monolith));
  const last = extractions.length === 0 ? 0 : Math.max(...extractions.map((e) => e.phase)) + (retiring ? 2 : 1);
  return { extractions, last, kept: held };
}

export interface AssemblyInput {
  map: WardleyMap;
  nodes: ReadonlyMap<string, MapNode>;
  set: CandidateSet;
  steps: readonly PlannedStep[];
  facade: Facade;
  edge: EdgeOptions;
  /** The map's path table (pathTable), made once per plan. */
  table?: PathTable;
}

export function assemblePhases(input: AssemblyInput): {
  phases: Phase[];
  scaffolds: Scaffold[];
  warnings: PlanWarning[];
} {
  if (input.steps.length === 0) return { phases: [], scaffolds: [], warnings: [] };
  const cleanup = Math.max(...input.steps.map((s) => s.phase)) + 1;
  const scaffolds = input.steps
    .flatMap((s) => s.scaffolds)
    .sort((a, b) => a.addedIn - b.addedIn || compareIds(a.id, b.id));
  const keeps = new Set([...input.set.excluded, ...input.set.unsourced].map((id) => input.nodes.get(id)?.inside ?? ''));
  const schedule = scheduleFrom(
    input.steps.map((s) => ({ node: s.step.node, monolith: s.step.monolith, phase: s.phase, pattern: s.step.pattern })),
    keeps,
  );
  const table = input.table ?? pathTable(input.map);
  const rows = phaseRows(input.map, schedule, table, input.edge, input.nodes);
  const last = schedule.last;
  // Worked out before the phases are built, not in the last one: its calls of every node are
  // garbage at once, and a collection during them would copy every phase made by then.
  const unreached =
    last > cleanup ? unreachedAfterRetirement(input.map, schedule, table, input.edge, input.nodes) : undefined;
  let before = rows(0);
  let beforeByPath = routesByPath(before.routes);
  const warnings: PlanWarning[] = [];
  const phases: Phase[] = [
    preparationPhase({ steps: input.steps, facade: input.facade, nodes: input.nodes, rows: before }),
  ];
  // Grouped once: filtering every step per phase made assembly quadratic (a phase per ~2 steps).
  const stepsIn = groupBy(input.steps, (s) => s.phase);
  const removedIn = groupBy(scaffolds, (s) => s.removedIn);
  for (let k = 1; k <= last; k++) {
    const steps = [...(stepsIn.get(k) ?? [])].sort(
      (a, b) => b.priority - a.priority || compareIds(a.unit, b.unit) || compareIds(a.step.node, b.step.node),
    );
    const cleanups = (removedIn.get(k) ?? []).map((s) => ({ scaffold: s.id, node: s.node, description: s.removal }));
    const after = rows(k);
    const afterByPath = routesByPath(after.routes);
    const phase: Phase = {
      index: k,
      title: phaseTitle(steps, k, cleanup, keeps, input),
      tasks: schemaSplits(stepsIn.get(k + 1) ?? []),
      steps: steps.map((s) => s.step),
      cleanups,
      dataSteps: dataStepsOf(steps),
      ...after,
      ...phaseChecks(steps, cleanups, { before, after, beforeByPath }, k, input.nodes),
      teams: teamsOf([...steps.map((s) => s.step.node), ...cleanups.map((c) => c.node)], input.nodes),
      load: teamLoad(steps),
    };
    if (k === cleanup) cleanUp(phase, keeps, input);
    if (k === last && last > cleanup) {
      retirement(phase, keeps, input);
      warnings.push(...unreachedSteps(phase, input.map, schedule, input.nodes, input.edge, table, unreached));
    }
    phases.push(phase);
    before = after;
    beforeByPath = afterByPath;
  }
  return { phases, scaffolds, warnings };
}

/** The routing before and after a phase, and the routes before it by path. */
interface Routing {
  before: Pick<Phase, 'routes' | 'streams' | 'records'>;
  after: Pick<Phase, 'routes' | 'streams' | 'records'>;
  beforeByPath: ReadonlyMap<string, RouteEntry>;
}

/** A phase's rollback and exit criteria: its extractions', then those of the routing its clean-ups change. */
function phaseChecks(
  steps: readonly PlannedStep[],
  cleanups: readonly { scaffold: string }[],
  routing: Routing,
  k: number,
  nodes: ReadonlyMap<string, MapNode>,
): Pick<Phase, 'rollback' | 'exitCriteria'> {
  const { before, after, beforeByPath } = routing;
  const moving = new Set(steps.map((s) => s.step.node));
  const nameOf = (id: string) => nodes.get(id)?.name ?? id;
  // Pushed into one list each: the spread copies and per-step lists were garbage in every phase.
  const rollback: string[] = [];
  for (const s of steps) rollback.push(`${s.step.name}: ${s.step.rollback}`);
  for (const line of cleanupRollbacks(before, after, moving, k, nameOf, beforeByPath)) rollback.push(line);
  const exitCriteria: string[] = [];
  for (const s of steps) for (const c of s.step.exitCriteria) exitCriteria.push(`${s.step.name}: ${c}`);
  for (const line of wholeTrafficCriteria(before, after, moving, nodes, beforeByPath)) exitCriteria.push(line);
  for (const c of cleanups) exitCriteria.push(`${c.scaffold} removed`);
  return { rollback, exitCriteria };
}

/** The schema splits of the next phase's steps: this phase's tasks. */
function schemaSplits(steps: readonly PlannedStep[]): string[] {
  const out: string[] = [];
  for (const s of steps) if (s.schemaSplit !== undefined) out.push(s.schemaSplit);
  return out;
}

function dataStepsOf(steps: readonly PlannedStep[]): Phase['dataSteps'] {
  const out: Phase['dataSteps'] = [];
  for (const s of steps) if (s.dataStep) out.push(s.dataStep);
  return out;
}

/** A phase's routes by path: made once per phase, read by the rollback and exit criteria of it and of the next. */
function routesByPath(routes: readonly RouteEntry[]): Map<string, RouteEntry> {
  const out = new Map<string, RouteEntry>();
  for (let i = 0; i < routes.length; i++) out.set(routes[i]!.path, routes[i]!);
  return out;
}

/**
 * Extractions per team in one phase (steps without a team are not counted). A phase holds a few
 * steps: a list searched in place of a Map, sorted only when it holds two teams or more.
 */
function teamLoad(steps: readonly PlannedStep[]): Phase['load'] {
  if (steps.length > 16) return teamLoadOfMany(steps);
  const load: Phase['load'] = [];
  for (const s of steps) {
    const team = s.step.team;
    if (team === undefined) continue;
    const row = load.find((r) => r.team === team);
    if (row === undefined) load.push({ team, extractions: 1 });
    else row.extractions++;
  }
  return load.length > 1 ? load.sort((a, b) => compareIds(a.team, b.team)) : load;
}

/** teamLoad of a phase with many steps (pins, or a large `maxPerPhase`): counted in a Map. */
function teamLoadOfMany(steps: readonly PlannedStep[]): Phase['load'] {
  const load = new Map<string, number>();
  for (const s of steps) if (s.step.team !== undefined) load.set(s.step.team, (load.get(s.step.team) ?? 0) + 1);
  return [...load].sort(([a], [b]) => compareIds(a, b)).map(([team, extractions]) => ({ team, extractions }));
}

function retiredOf(keeps: ReadonlySet<string>, input: AssemblyInput): string[] {
  return input.facade.monoliths.filter((m) => !keeps.has(m.id)).map((m) => m.id);
}

function phaseTitle(
  steps: readonly PlannedStep[],
  k: number,
  cleanup: number,
  keeps: ReadonlySet<string>,
  input: AssemblyInput,
): string {
  if (steps.length > 0) return `Extract ${steps.map((s) => s.step.name).join(', ')}`;
  if (k < cleanup) return 'Hold: nothing moves (later phases are pinned)';
  if (k === cleanup) return 'Clean up: every path goes whole to its new service';
  return `Retire ${retiredOf(keeps, input).join(', ')}`;
}

/**
 * The phase after the last extraction: its scaffolds go, every path is sent whole to its new
 * service, and only the catch-all still reaches a monolith that is to be retired, so the phase
 * after can remove it without touching a live route.
 */
function cleanUp(phase: Phase, keeps: ReadonlySet<string>, input: AssemblyInput): void {
  for (const m of input.facade.monoliths) {
    if (keeps.has(m.id))
      phase.exitCriteria.push(`${m.id} serves only what stays inside it (excluded or unplanned components)`);
    else phase.exitCriteria.push(`no request reached ${m.id} through its catch-all for 30 days`);
  }
  if (phase.cleanups.length > 0)
    phase.rollback.push(
      'clean-ups delete code and data only after the previous phase met its exit criteria; restore from version control if needed',
    );
}

/** The last phase, owned by the monolith's team: no route, no readers, then decommission. */
function retirement(phase: Phase, keeps: ReadonlySet<string>, input: AssemblyInput): void {
  const retired = retiredOf(keeps, input);
  for (const m of input.facade.monoliths.filter((x) => retired.includes(x.id))) {
    phase.rollback.push(
      `${input.nodes.get(m.id)?.name ?? m.id}: re-add the catch-all route to ${m.name}; keep its last release deployable until the exit criteria hold`,
    );
    phase.exitCriteria.push(`${m.id}'s workload, Service and catch-all route are removed; its database is archived`);
  }
  retire(phase, retired, input.facade, input.nodes);
}

/** The teams of `ids`, sorted; a phase's few ids are searched in a list, not put in a Set. */
function teamsOf(ids: readonly string[], nodes: ReadonlyMap<string, MapNode>): string[] {
  if (ids.length > 16) return [...new Set(ids.flatMap((id) => nodes.get(id)?.team ?? []))].sort(compareIds);
  const teams: string[] = [];
  for (const id of ids) {
    const team = nodes.get(id)?.team;
    if (team !== undefined && !teams.includes(team)) teams.push(team);
  }
  return teams.length > 1 ? teams.sort(compareIds) : teams;
}

/** The schedule of a finished plan, for exporters that render the system after a phase. */
export function scheduleOf(map: WardleyMap, plan: Pick<Plan, 'phases'>): Schedule {
  const steps = plan.phases.flatMap((p) =>
    p.steps.map((s) => ({ node: s.node, monolith: s.monolith, phase: p.index, pattern: s.pattern })),
  );
  const moving = new Set(steps.map((s) => s.node));
  const kept: string[] = [];
  forEachNode(map, (node, id) => {
    if (node.inside !== undefined && !moving.has(id)) kept.push(node.inside);
  });
  return scheduleFrom(steps, kept);
}
