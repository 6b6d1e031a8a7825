// extractionPhases: a Wardley map → the strangler-fig migration plan (the canonical Plan model).
//
// Algorithm (also written out in the Markdown output, see PLAN_ALGORITHM):
//  1. Candidates: every node `inside` a monolith, minus `plan.exclude`; one with no sourcing
//     cannot be planned (warning `monolith/unplanned`).
//  2. Graph: the `uses` edges between candidates, condensed by iterative Tarjan into strongly
//     connected components; a cycle is one unit, extracted in one phase (warning `chain/cycle`).
//  3. Scores: risk (coupling inside the monolith, stage, inertia, owned data, cycle) and value
//     (visibility, reached from users, evolution gain); a unit's priority is value / (risk + 1).
//  4. Phases: list scheduling of the units (schedule.ts) under the strategy's prerequisites,
//     at most `maxPerPhase` units a phase, best priority first, tie-break by id.
//  5. Pins win: a pinned component lands in its phase; what it needs is pulled earlier where its
//     own prerequisites allow; an edge a pin still forces out of order is warning `plan/pin-order`.
//  6. Per step: the pattern (first rule that applies, scoring.ts), scaffolds with the phase that
//     removes them, rollback, exit criteria; per phase: the facade's routing table.
//  7. A clean-up phase removes the scaffolds of the final extraction (every path whole to its new
//     service); when nothing stays inside the monolith, a retirement phase after it removes the
//     monolith and its catch-all route.
import { stageBoundaries, stageOf } from '../doctrine/stages.ts';
import { nodeIndex, type MapNode, type WardleyMap } from '../model/types.ts';
import {
  candidateEdges,
  candidatesOf,
  compareIds,
  condensation,
  stronglyConnected,
  type Candidate,
  type CandidateSet,
  type Unit,
} from './graph.ts';
import type { Plan, PlanWarning, Strategy } from './model.ts';
import { assemblePhases, facadeOf } from './phase-assembly.ts';
import { stageOrderWarnings } from './invariants.ts';
import { schedulePhases } from './schedule.ts';
import { pathTable } from '../system/paths.ts';
import { isUserFacing, monolithCoupling, riskOf, valueForRisk, valueOf, type CandidateFacts } from './scoring.ts';
import { buildSteps, type PlannedStep } from './step-builder.ts';

export interface PlanOptions {
  strategy?: Strategy;
  /** Most units (a component, or a whole cycle) leaving in one phase; pins may exceed it. */
  maxPerPhase?: number;
  /** Most extractions one team (a node's `team`) runs in one phase; unset: no limit. */
  teamCapacity?: number;
  /**
   * Routes are plain Ingresses (`--ingress`, as `export k8s --ingress`): nothing is split, mirrored
   * or redirected, so the routing table says what those Ingresses do.
   */
  ingress?: boolean;
}

export const DEFAULT_MAX_PER_PHASE = 2;

export function extractionPhases(map: WardleyMap, options: PlanOptions = {}): Plan {
  const strategy = options.strategy ?? 'dependencies-first';
  const nodes = nodeIndex(map);
  const set = candidatesOf(map);
  const edges = candidateEdges(set.planned);
  const units = condensation(
    stronglyConnected(
      set.planned.map((c) => c.id),
      edges,
    ),
    edges,
  );
  const facts = candidateFacts(map, nodes, set.planned, units);
  const warnings: PlanWarning[] = [...emptyPlanWarnings(map, set), ...unplannedWarnings(set), ...cycleWarnings(units)];
  const pins = unitPins(units, nodes, warnings);
  const priority = new Map(units.map((u) => [u.id, unitPriority(u, facts)]));
  const rank = unitRanks(map, units, nodes, strategy);
  const capacity = Math.max(1, Math.floor(options.maxPerPhase ?? DEFAULT_MAX_PER_PHASE));
  const teamCapacity = options.teamCapacity === undefined ? undefined : Math.max(1, Math.floor(options.teamCapacity));
  // Only a team capacity reads the units' teams (the scheduler and its warnings).
  const teams = teamCapacity === undefined ? new Map<string, string[]>() : unitTeams(units, nodes);
  const unitPhase = schedulePhases({
    units,
    strategy,
    pins,
    priority,
    rank,
    capacity,
    teams,
    ...(teamCapacity === undefined ? {} : { teamCapacity }),
  });
  const phase = new Map<string, number>();
  for (const u of units) for (const m of u.members) phase.set(m, unitPhase.get(u.id)!);
  warnings.push(...stageOrderWarnings(map, strategy, units, nodes, phase));
  warnings.push(...teamCapacityWarnings(units, unitPhase, teams, teamCapacity));
  const table = pathTable(map);
  const candidates = new Set(set.planned.map((c) => c.id));
  warnings.push(...table.warnings.filter((w) => w.nodes.some((id) => candidates.has(id))));
  const paths = table.paths;
  const edge = options.ingress === true ? { ingress: true } : {};
  const steps: PlannedStep[] = buildSteps({
    map,
    nodes,
    set,
    facts,
    phase,
    strategy,
    priority,
    rank,
    warnings,
    paths,
    edge,
  });
  const facade = facadeOf(map, nodes, edge, table);
  const plan = assemblePhases({ map, nodes, set, steps, facade, edge, table });
  warnings.push(...plan.warnings);
  return {
    title: map.title,
    strategy,
    facade,
    phases: plan.phases,
    scaffolds: plan.scaffolds,
    excluded: set.excluded,
    warnings: sortWarnings(warnings.filter((w) => !ignoredByEveryNode(w, nodes))),
  };
}

function candidateFacts(
  map: WardleyMap,
  nodes: ReadonlyMap<string, MapNode>,
  planned: readonly Candidate[],
  units: readonly Unit[],
): Map<string, CandidateFacts> {
  const unitOf = new Map<string, Unit>();
  for (const u of units) for (const m of u.members) unitOf.set(m, u);
  const facts = new Map<string, CandidateFacts>();
  for (const c of planned) {
    const unit = unitOf.get(c.id)!;
    const coupling = monolithCoupling(nodes, c);
    const userFacing = isUserFacing(nodes, c);
    const risk = riskOf(map, c, coupling, unit.members.length > 1);
    facts.set(c.id, { candidate: c, unit, userFacing, coupling, risk, value: valueOf(c, userFacing) });
  }
  return facts;
}

/** Pinned or due units can overload a team past `--team-capacity`: say so. */
function teamCapacityWarnings(
  units: readonly Unit[],
  unitPhase: ReadonlyMap<string, number>,
  teams: ReadonlyMap<string, readonly string[]>,
  capacity: number | undefined,
): PlanWarning[] {
  if (capacity === undefined) return [];
  const load = new Map<string, string[]>();
  for (const u of units)
    for (const team of teams.get(u.id) ?? []) {
      const key = `${unitPhase.get(u.id)!}\u0000${team}`;
      load.set(key, [...(load.get(key) ?? []), ...u.members]);
    }
  const out: PlanWarning[] = [];
  for (const [key, members] of load) {
    const [phase, team] = key.split('\u0000');
    const count = units.filter((u) => unitPhase.get(u.id) === Number(phase) && teams.get(u.id)?.includes(team!)).length;
    if (count <= capacity) continue;
    out.push({
      rule: 'plan/team-capacity',
      message: `${team!} runs ${count} extractions in phase ${phase!} (capacity ${capacity}): pins or later pins' prerequisites force them there`,
      nodes: [...members].sort(compareIds),
    });
  }
  return out;
}

function unitTeams(units: readonly Unit[], nodes: ReadonlyMap<string, MapNode>): Map<string, string[]> {
  return new Map(
    units.map((u) => [u.id, [...new Set(u.members.flatMap((m) => nodes.get(m)?.team ?? []))].sort(compareIds)]),
  );
}

export function unitPriority(unit: Unit, facts: ReadonlyMap<string, CandidateFacts>): number {
  let value = 0;
  let risk = 0;
  for (const m of unit.members) {
    value += facts.get(m)?.value.total ?? 0;
    risk += facts.get(m)?.risk.total ?? 0;
  }
  return valueForRisk(value, risk);
}

/** most-evolved-first: rank 0 = stage IV … 3 = stage I (a cycle counts as its most evolved member). */
function unitRanks(
  map: WardleyMap,
  units: readonly Unit[],
  nodes: ReadonlyMap<string, MapNode>,
  strategy: Strategy,
): Map<string, number> {
  const boundaries = stageBoundaries(map);
  return new Map(
    units.map((u) => {
      if (strategy !== 'most-evolved-first') return [u.id, 0];
      const stage = Math.max(...u.members.map((m) => stageOf(nodes.get(m)!.evolution, boundaries)));
      return [u.id, 4 - stage];
    }),
  );
}

function unitPins(
  units: readonly Unit[],
  nodes: ReadonlyMap<string, MapNode>,
  warnings: PlanWarning[],
): Map<string, number> {
  const pins = new Map<string, number>();
  for (const u of units) {
    const pinned = u.members.filter((m) => nodes.get(m)?.plan?.phase !== undefined);
    if (pinned.length === 0) continue;
    const phases = [...new Set(pinned.map((m) => nodes.get(m)!.plan!.phase!))].sort((a, b) => a - b);
    if (phases.length === 0) continue;
    pins.set(u.id, phases[0]!);
    if (phases.length > 1) {
      warnings.push({
        rule: 'plan/pin-cycle',
        message: `${pinned.join(', ')} form a cycle but are pinned to different phases (${phases.join(', ')}): all leave in phase ${phases[0]}`,
        nodes: pinned,
      });
    }
  }
  return pins;
}

/** An empty plan says why, so `--strict` fails instead of printing "0 phases". */
function emptyPlanWarnings(map: WardleyMap, set: CandidateSet): PlanWarning[] {
  if (set.planned.length > 0) return [];
  const inside = set.excluded.length + set.unsourced.length;
  const message =
    inside === 0
      ? `nothing to plan: no component of "${map.title}" is inside a monolith (mark what the monolith holds with inside: <monolith id>)`
      : 'nothing to plan: every component inside a monolith is excluded or has no sourcing decision';
  return [{ rule: 'plan/empty', message, nodes: [] }];
}

function unplannedWarnings(set: CandidateSet): PlanWarning[] {
  return set.unsourced.map((id) => ({
    rule: 'monolith/unplanned',
    message: `${id} is inside a monolith but has no sourcing (build, buy or outsource): it cannot be planned`,
    nodes: [id],
  }));
}

function cycleWarnings(units: readonly Unit[]): PlanWarning[] {
  return units
    .filter((u) => u.members.length > 1)
    .map((u) => ({
      rule: 'chain/cycle',
      message: `${u.members.join(', ')} depend on each other: they are extracted together in one phase`,
      nodes: u.members,
    }));
}

/** A warning the map silences on every node it names (`ignore: { <rule>: <reason> }`), as doctrine checks do. */
function ignoredByEveryNode(warning: PlanWarning, nodes: ReadonlyMap<string, MapNode>): boolean {
  return (
    warning.nodes.length > 0 &&
    warning.nodes.every((id) => {
      const ignore = nodes.get(id)?.ignore;
      return ignore !== undefined && Object.hasOwn(ignore, warning.rule);
    })
  );
}

function sortWarnings(warnings: readonly PlanWarning[]): PlanWarning[] {
  return [...warnings].sort(
    (a, b) =>
      compareIds(a.rule, b.rule) ||
      compareIds(a.nodes.join(','), b.nodes.join(',')) ||
      compareIds(a.message, b.message),
  );
}
