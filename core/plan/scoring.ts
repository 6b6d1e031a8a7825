// Risk and value of extracting one component, and the pattern that fits it. Points are small
// integers so a reviewer can redo the sum; every factor is kept for the written reasoning.
import { stageBoundaries, stageOf, STAGE_NUMERALS, type Stage } from '../doctrine/stages.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { namesPath, publicPaths } from '../system/paths.ts';
import { callersOf } from './callers.ts';
import type { Candidate, Unit } from './graph.ts';
import type { Pattern, RiskLevel, Score, ScoreFactor, Target } from './model.ts';

const STAGE_RISK: Readonly<Record<Stage, number>> = { 1: 3, 2: 2, 3: 1, 4: 0 };
const STAGE_NAMES: Readonly<Record<Stage, string>> = { 1: 'genesis', 2: 'custom-built', 3: 'product', 4: 'commodity' };

/** Where a bought product or an outsourced utility sits on the evolution axis, when no `evolve` says. */
const TARGET_EVOLUTION: Readonly<Record<Target, number | undefined>> = {
  service: undefined,
  product: 0.55,
  utility: 0.85,
};

/** What the planner knows about one candidate before it is placed in a phase. */
export interface CandidateFacts {
  candidate: Candidate;
  unit: Unit;
  userFacing: boolean;
  coupling: number;
  risk: Score & { level: RiskLevel };
  value: Score;
}

export function targetOf(sourcing: Candidate['sourcing']): Target {
  return sourcing === 'build' ? 'service' : sourcing === 'buy' ? 'product' : 'utility';
}

/** Facade paths: what the monolith serves today plus the new service's public path. */
export function pathsOf(node: MapNode): string[] {
  return publicPaths('', node, new Set());
}

/** How many nodes touch a candidate inside its monolith: the monolith itself or its other parts. */
export function monolithCoupling(nodes: ReadonlyMap<string, MapNode>, c: Candidate): number {
  const inMonolith = (id: string): boolean => id === c.monolith || nodes.get(id)?.inside === c.monolith;
  const out = new Set<string>();
  for (const id of c.node.uses ?? []) if (id !== c.id && inMonolith(id)) out.add(id);
  for (const id of callersOf(nodes, c.id)) if (id !== c.id && inMonolith(id)) out.add(id);
  return out.size;
}

/** Reached from users: it has facade paths, or a user or need uses it directly. */
export function isUserFacing(nodes: ReadonlyMap<string, MapNode>, c: Candidate): boolean {
  if (namesPath(c.node)) return true;
  return callersOf(nodes, c.id).some((id) => {
    const kind = nodes.get(id)?.kind;
    return kind === 'user' || kind === 'need';
  });
}

export function riskOf(
  map: WardleyMap,
  c: Candidate,
  coupling: number,
  inCycle: boolean,
): Score & { level: RiskLevel } {
  const stage = stageOf(c.node.evolution, stageBoundaries(map));
  const factors: ScoreFactor[] = [
    {
      factor: `coupling inside the monolith (${coupling} ${coupling === 1 ? 'link' : 'links'})`,
      points: Math.min(3, coupling),
    },
    { factor: `stage ${STAGE_NUMERALS[stage]} ${STAGE_NAMES[stage]}`, points: STAGE_RISK[stage] },
  ];
  if (c.node.inertia === true) factors.push({ factor: 'inertia', points: 2 });
  if (c.node.plan?.data === true) factors.push({ factor: 'owns data others read', points: 2 });
  if (inCycle) factors.push({ factor: 'in a dependency cycle', points: 1 });
  const total = sum(factors);
  return { total, factors, level: total >= 7 ? 'high' : total >= 4 ? 'medium' : 'low' };
}

export function valueOf(c: Candidate, userFacing: boolean): Score {
  const factors: ScoreFactor[] = [{ factor: 'visibility to users', points: Math.round(c.node.visibility * 4) }];
  if (userFacing) factors.push({ factor: 'reached from users', points: 1 });
  const target = c.node.evolve ?? TARGET_EVOLUTION[targetOf(c.sourcing)] ?? c.node.evolution;
  const gain = Math.max(0, Math.min(4, Math.round((target - c.node.evolution) * 4)));
  if (gain > 0) factors.push({ factor: 'evolution gain', points: gain });
  return { total: sum(factors), factors };
}

/** Value for risk: the ordering key within the dependency constraints (higher goes first). */
export function valueForRisk(value: number, risk: number): number {
  return value / (risk + 1);
}

export interface PatternInputs {
  sourcing: Candidate['sourcing'];
  risk: RiskLevel;
  userFacing: boolean;
  /** Monolith code that still calls the component after it moves. */
  monolithCallers: readonly string[];
  /** The monolith's own pages call it (the monolith node itself uses it). */
  calledByMonolithPages: boolean;
  /** It calls the monolith (the monolith node itself is in its `uses`). */
  callsMonolith: boolean;
  ownsData: boolean;
  /** `deploy.protocol`: how callers reach it (absent: http). */
  protocol?: string;
}

/** Traffic the facade cannot route by path: it is intercepted where the messages arrive. */
export const MESSAGE_PROTOCOLS: ReadonlySet<string> = new Set(['tcp', 'mllp', 'amqp']);

/** The first rule that applies wins; the reason is written into the step's reasoning. */
export function patternFor(p: PatternInputs): { pattern: Pattern; reason: string } {
  if (p.sourcing === 'buy')
    return { pattern: 'replace-with-product', reason: 'sourcing is buy: replace it with a product' };
  if (p.sourcing === 'outsource') {
    return { pattern: 'replace-with-utility', reason: 'sourcing is outsource: replace it with a utility' };
  }
  if (p.protocol !== undefined && MESSAGE_PROTOCOLS.has(p.protocol)) {
    return {
      pattern: 'message-interception',
      reason: `its traffic is ${p.protocol.toUpperCase()}, not HTTP paths: intercept the messages where they arrive and move them to the new service`,
    };
  }
  if (p.risk === 'high') {
    return { pattern: 'parallel-run', reason: 'high risk: run old and new side by side and compare before switching' };
  }
  return userFacingPattern(p) ?? internalPattern(p);
}

function userFacingPattern(p: PatternInputs): { pattern: Pattern; reason: string } | undefined {
  if (!p.userFacing) return undefined;
  if (p.callsMonolith)
    return {
      pattern: 'decorating-collaborator',
      reason:
        'reached from users and calls the monolith: a new service in front adds its behaviour around the monolith call, the monolith unchanged',
    };
  if (p.calledByMonolithPages)
    return {
      pattern: 'ui-composition',
      reason: "reached from users and part of the monolith's own pages: the pages compose the new service's fragment",
    };
  return { pattern: 'route-at-facade', reason: 'reached from users: route its paths at the facade' };
}

function internalPattern(p: PatternInputs): { pattern: Pattern; reason: string } {
  if (p.monolithCallers.length > 0) {
    return {
      pattern: 'branch-by-abstraction',
      reason: `monolith code still calls it (${p.monolithCallers.join(', ')}): put an abstraction in front, then switch it`,
    };
  }
  if (p.ownsData)
    return { pattern: 'change-data-capture', reason: 'owns data others read: split the data with change data capture' };
  return { pattern: 'branch-by-abstraction', reason: 'internal component: switch its callers through an abstraction' };
}

function sum(factors: readonly ScoreFactor[]): number {
  return factors.reduce((n, f) => n + f.points, 0);
}
