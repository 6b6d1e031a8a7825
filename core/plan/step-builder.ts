// One Step per planned candidate, once its phase is known: pattern, reasoning, paths, rollback,
// exit criteria and the scaffolds it adds. Also the warnings only a placed plan can show.
import type { MapNode, WardleyMap } from '../model/types.ts';
import { dataMoveOf } from '../system/data-moves.ts';
import { streamlessFacade, streamsMoveWhole } from '../system/streams.ts';
import { facadeOfMap, facadeSplits } from '../system/topology.ts';
import type { EdgeOptions, Facade as SystemFacade } from '../system/types.ts';
import { callersOf } from './callers.ts';
import { withSensitiveData } from './compliance-criteria.ts';
import { compareIds, type CandidateSet } from './graph.ts';
import type { DataStep, PlanWarning, Scaffold, Step, Strategy } from './model.ts';
import { patternFor, targetOf, valueForRisk, type CandidateFacts } from './scoring.ts';
import { dataStepFor, exitCriteriaFor, rollbackFor, scaffoldsFor, schemaSplitFor, type StepContext } from './steps.ts';

export interface PlannedStep {
  step: Step;
  phase: number;
  /** Priority of its unit, to order steps inside a phase. */
  priority: number;
  unit: string;
  scaffolds: Scaffold[];
  dataStep?: DataStep;
  /** Task for the phase before: give its tables their own schema inside the monolith's database. */
  schemaSplit?: string;
}

export interface StepInputs {
  map: WardleyMap;
  nodes: ReadonlyMap<string, MapNode>;
  set: CandidateSet;
  facts: ReadonlyMap<string, CandidateFacts>;
  phase: ReadonlyMap<string, number>;
  strategy: Strategy;
  /** Unit id → priority (value for risk) and stage rank (most-evolved-first). */
  priority: ReadonlyMap<string, number>;
  rank: ReadonlyMap<string, number>;
  warnings: PlanWarning[];
  /** Paths each component holds at the facade (core/system's one path table). */
  paths: ReadonlyMap<string, string[]>;
  /** Plain Ingresses instead of the Gateway (`--ingress`). */
  edge: EdgeOptions;
}

export function buildSteps(input: StepInputs): PlannedStep[] {
  const out: PlannedStep[] = [];
  const facade = facadeOfMap(input.map, input.edge);
  const words = facadeWords(facade);
  // Looked up once per use: a scan of both lists per use grew with the map times its candidates.
  const staying = new Set([...input.set.excluded, ...input.set.unsourced]);
  for (const c of input.set.planned) {
    const f = input.facts.get(c.id)!;
    const paths = [...(input.paths.get(c.id) ?? [])];
    const ctx = stepContext(input, f, paths);
    const { pattern, reason } = patternFor({
      sourcing: c.sourcing,
      risk: f.risk.level,
      userFacing: f.userFacing,
      monolithCallers: ctx.monolithCallers,
      calledByMonolithPages: ctx.monolithCallers.includes(c.monolith),
      callsMonolith: (c.node.uses ?? []).includes(c.monolith),
      ownsData: c.node.plan?.data === true,
      ...(c.node.deploy?.protocol !== undefined ? { protocol: c.node.deploy.protocol } : {}),
    });
    const full: StepContext = {
      ...ctx,
      pattern,
      move: dataMoveOf(c.node, facade, pattern === 'parallel-run'),
      ...words,
    };
    const step: Step = {
      node: c.id,
      name: c.node.name,
      monolith: c.monolith,
      sourcing: c.sourcing,
      target: targetOf(c.sourcing),
      pattern,
      cycle: f.unit.members.length > 1 ? f.unit.members : [],
      pinned: c.node.plan?.phase !== undefined,
      risk: f.risk,
      value: f.value,
      reasoning: reasoningFor(input, f, reason),
      paths,
      rollback: rollbackFor(full),
      exitCriteria: exitCriteriaFor(full),
    };
    if (c.node.team !== undefined) step.team = c.node.team;
    if (c.node.deploy?.protocol !== undefined) step.protocol = c.node.deploy.protocol;
    const planned: PlannedStep = {
      step,
      phase: ctx.phase,
      priority: input.priority.get(f.unit.id) ?? 0,
      unit: f.unit.id,
      scaffolds: scaffoldsFor(full),
    };
    const data = dataStepFor(full);
    if (data) planned.dataStep = data;
    const split = schemaSplitFor(full);
    if (split !== undefined) planned.schemaSplit = split;
    out.push(withSensitiveData(planned, input.map));
    input.warnings.push(...orderWarnings(input, f), ...callsMonolithWarnings(input, f, staying));
    input.warnings.push(...noRedirectWarnings(full, words.whole));
  }
  return out;
}

/** A managed service behind a facade that cannot redirect: its paths have no route from its phase on. */
function noRedirectWarnings(s: StepContext, whole: string | undefined): PlanWarning[] {
  const c = s.candidate;
  if (whole === undefined || c.sourcing !== 'outsource' || s.paths.length === 0) return [];
  return [
    {
      rule: 'plan/ingress-no-redirect',
      message: `${c.node.name}: ${s.paths.join(', ')} move to a managed service in phase ${s.phase}, and ${whole} cannot redirect: no route serves them from then on (the routing table has no row); send their users to the service's own address, or use the Gateway`,
      nodes: [c.id],
    },
  ];
}

function stepContext(input: StepInputs, f: CandidateFacts, paths: string[]): Omit<StepContext, 'move'> {
  const c = f.candidate;
  const phase = input.phase.get(c.id)!;
  const leavesLater = (id: string): boolean => {
    const p = input.phase.get(id);
    return p === undefined || p > phase;
  };
  const monolithCallers: string[] = [];
  const readers: string[] = [];
  for (const id of callersOf(input.nodes, c.id)) {
    const node = input.nodes.get(id)!;
    if (id === c.id) continue;
    // Consumers are components: users and needs reach it through them or the facade.
    if (node.kind !== 'user' && node.kind !== 'need') readers.push(id);
    if (id === c.monolith || (node.inside === c.monolith && leavesLater(id))) monolithCallers.push(id);
  }
  readers.sort(compareIds);
  monolithCallers.sort(compareIds);
  const laterDependencies = (c.node.uses ?? [])
    .filter((id) => (input.phase.get(id) ?? 0) > phase)
    .sort(compareIds)
    .map((id) => ({ id, phase: input.phase.get(id)! }));
  return {
    candidate: c,
    name: c.node.name,
    phase,
    pattern: 'branch-by-abstraction',
    paths,
    monolithCallers,
    laterDependencies,
    readers,
  };
}

function reasoningFor(input: StepInputs, f: CandidateFacts, patternReason: string): string[] {
  const c = f.candidate;
  const lines = [placementReason(input, f)];
  if (f.unit.members.length > 1)
    lines.push(
      `extracted together with ${f.unit.members.filter((m) => m !== c.id).join(', ')}: they form a dependency cycle`,
    );
  lines.push(patternReason);
  lines.push(`risk ${f.risk.total} (${f.risk.level}): ${scoreSum(f.risk.factors)}`);
  lines.push(`value ${f.value.total}: ${scoreSum(f.value.factors)}`);
  lines.push(
    `value for risk ${valueForRisk(f.value.total, f.risk.total).toFixed(2)} orders it among the components ready in the same phase`,
  );
  return lines;
}

function placementReason(input: StepInputs, f: CandidateFacts): string {
  const c = f.candidate;
  const pin = c.node.plan?.phase;
  if (pin !== undefined) return `pinned to phase ${pin} in the map`;
  const outside = (ids: readonly string[]): string[] =>
    ids.filter((id) => !f.unit.members.includes(id)).sort(compareIds);
  // Each strategy names one side only: the other is not listed.
  if (input.strategy === 'edge-first') {
    const usedBy = outside(callersOf(input.nodes, c.id).filter((id) => input.phase.has(id)));
    return usedBy.length > 0
      ? `edge first: leaves after what uses it (${usedBy.join(', ')})`
      : 'edge first: nothing inside the monolith uses it, so it can leave early';
  }
  const uses = outside((c.node.uses ?? []).filter((id) => input.phase.has(id)));
  const prefix =
    input.strategy === 'most-evolved-first' ? 'most evolved first, then dependencies' : 'dependencies first';
  return uses.length > 0
    ? `${prefix}: leaves after what it uses (${uses.join(', ')})`
    : `${prefix}: it uses nothing else inside the monolith`;
}

function scoreSum(factors: readonly { factor: string; points: number }[]): string {
  return factors.map((x) => `${x.factor} ${x.points}`).join(' + ');
}

/** Edges a pin forced against the strategy's order: the new service calls back into the monolith. */
function orderWarnings(input: StepInputs, f: CandidateFacts): PlanWarning[] {
  const a = f.candidate.id;
  const pa = input.phase.get(a)!;
  const out: PlanWarning[] = [];
  for (const b of f.candidate.node.uses ?? []) {
    const pb = input.phase.get(b);
    if (pb === undefined || f.unit.members.includes(b)) continue;
    const broken =
      input.strategy === 'edge-first'
        ? pa >= pb
        : pb >= pa && !(input.strategy === 'most-evolved-first' && rankOf(input, b) > rankOf(input, a));
    if (!broken) continue;
    out.push({
      rule: 'plan/pin-order',
      message: `${a} (phase ${pa}) uses ${b} (phase ${pb}): a pin puts them out of the ${input.strategy} order`,
      nodes: [a, b],
    });
  }
  return out;
}

function rankOf(input: StepInputs, id: string): number {
  const unit = input.facts.get(id)?.unit.id;
  return unit === undefined ? 0 : (input.rank.get(unit) ?? 0);
}

function callsMonolithWarnings(input: StepInputs, f: CandidateFacts, staying: ReadonlySet<string>): PlanWarning[] {
  const c = f.candidate;
  const stays = (c.node.uses ?? []).filter((id) => id === c.monolith || staying.has(id));
  if (stays.length === 0) return [];
  return [
    {
      rule: 'plan/calls-monolith',
      message: `${c.id} keeps calling ${stays.join(', ')}, which stays in the monolith: it needs a permanent API there`,
      nodes: [c.id, ...stays],
    },
  ];
}

/** What the facade cannot do, in the plan's words (core/plan/step-context.ts). */
function facadeWords(facade: SystemFacade): Pick<StepContext, 'streamless' | 'streamsWhole' | 'whole'> {
  const out: Pick<StepContext, 'streamless' | 'streamsWhole' | 'whole'> = {};
  const streamless = streamlessFacade(facade);
  const streamsWhole = streamsMoveWhole(facade);
  const whole = wholeFacade(facade);
  if (streamless !== undefined) out.streamless = streamless;
  if (streamsWhole !== undefined) out.streamsWhole = streamsWhole;
  if (whole !== undefined) out.whole = whole;
  return out;
}

/** The facade that sends every path whole, as the plan names it (undefined: it splits). */
function wholeFacade(facade: SystemFacade): string | undefined {
  if (facadeSplits(facade)) return undefined;
  return facade.kind === 'controller' ? `the ingress controller ${facade.id}` : 'a plain Ingress';
}
