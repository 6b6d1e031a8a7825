// The words of a plan: rollback, exit criteria, scaffolds and data steps for one extraction.
// Kept apart from the ordering so the wording can change without touching the algorithm.
// Exit criteria are built from the component's facts (paths, data, consumers, sourcing,
// protocol), so two components never get the same list unless their facts are the same.
import { MIRROR_HOST_ENV } from '../system/data-moves.ts';
import { CANARY_PERCENT } from '../system/routes.ts';
import { workloadPort } from '../system/ports.ts';
import type { Candidate } from './graph.ts';
import { interception, messageCriterion, messageRollback } from './message-steps.ts';
import type { DataStep, Scaffold } from './model.ts';
import type { StepContext } from './step-context.ts';

export type { StepContext } from './step-context.ts';

function ownsData(s: StepContext): boolean {
  return s.candidate.node.plan?.data === true;
}

/** A data owner whose paths stay whole on the monolith until a cut-over in the next phase. */
function cutsOver(s: StepContext): boolean {
  return ownsData(s) && s.move === 'cutover' && s.paths.length > 0;
}

/** Staged beside the monolith in its phase: a data owner cutting over, or any path behind a facade that cannot split. */
function staged(s: StepContext): boolean {
  return cutsOver(s) || (s.whole !== undefined && s.paths.length > 0 && s.candidate.sourcing !== 'outsource');
}

/**
 * Its paths split 90/10 in its phase: the facade sends it the canary share only (a managed service
 * gets its paths whole by redirect, a parallel run gets mirrored copies of every request).
 */
function canaried(s: StepContext): boolean {
  return s.paths.length > 0 && !staged(s) && s.candidate.sourcing !== 'outsource' && s.pattern !== 'parallel-run';
}

/** The traffic its phase gives it: the canary share, mirrored copies, or all of it. */
function trafficOf(s: StepContext): string {
  if (canaried(s)) return `on its ${CANARY_PERCENT}% canary share`;
  // Behind a facade that cannot redirect, its users go to the managed service's own address.
  if (s.whole !== undefined && s.candidate.sourcing === 'outsource' && s.paths.length > 0)
    return `at full traffic, measured at the managed service (${s.whole} cannot redirect to it)`;
  return s.pattern === 'parallel-run' && s.paths.length > 0 && !staged(s)
    ? 'on the mirrored copies of every request'
    : 'at full traffic';
}

export function rollbackFor(s: StepContext): string {
  if (cutsOver(s))
    return `stop ${s.candidate.id}'s import: ${s.candidate.monolith} kept every request of ${s.paths.join(', ')}; after the cut-over, route them back only once ${s.candidate.id}'s writes are replayed into the monolith tables (reverse sync)`;
  if (staged(s))
    return `${s.candidate.monolith} kept every request of ${s.paths.join(', ')} in this phase (${s.whole ?? 'the facade'} cannot split): stop ${s.candidate.id}; after the cut-over, route them back to ${s.candidate.monolith} whole`;
  const base = baseRollback(s);
  // In its phase the monolith stays the record, so routing back loses no write; once the new
  // store is the record (the next phase), reverse sync has kept the monolith's tables current.
  return ownsData(s)
    ? `${base}; no write is lost: ${s.candidate.monolith} stays the system of record in this phase, and after it reverse sync keeps its tables current`
    : base;
}

function baseRollback(s: StepContext): string {
  const paths = s.paths.join(', ');
  const m = s.candidate.monolith;
  switch (s.pattern) {
    case 'parallel-run':
      return s.paths.length > 0
        ? `stop mirroring ${paths}: the monolith kept serving every request`
        : `switch the comparison off: the monolith implementation kept answering`;
    case 'message-interception':
      return messageRollback(s, routeBack(s));
    case 'ui-composition':
      return `switch ${m}'s pages back to their own ${s.name} fragment${routeBack(s)}`;
    default:
      return s.paths.length > 0
        ? `route ${paths} back to ${m} at the facade (weight 100)`
        : `flip the toggle back to the monolith implementation of ${s.name}`;
  }
}

/** Its HTTP paths split at the facade in the same phase go back too (the bundle of the phase before). */
function routeBack(s: StepContext): string {
  return s.paths.length > 0
    ? `; route ${s.paths.join(', ')} back to ${s.candidate.monolith} at the facade (weight 100)`
    : '';
}

export function exitCriteriaFor(s: StepContext): string[] {
  return [...trafficCriteria(s), ...dataCriteria(s), ...consumerCriteria(s), ...sourcingCriteria(s)];
}

/** A component's objective (`plan.slo`) in words, or undefined when it gives none. */
export function sloText(slo: NonNullable<Candidate['node']['plan']>['slo']): string | undefined {
  if (slo === undefined) return undefined;
  const parts: string[] = [];
  if (slo.availability !== undefined) parts.push(`availability at least ${slo.availability}%`);
  if (slo.p95Ms !== undefined) parts.push(`p95 at most ${slo.p95Ms} ms`);
  if (slo.p99Ms !== undefined) parts.push(`p99 at most ${slo.p99Ms} ms`);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** Its own objective, held for 7 days on the traffic its phase gives it before the phase exits. */
function sloCriterion(s: StepContext): string | undefined {
  const text = sloText(s.candidate.node.plan?.slo);
  if (text === undefined) return undefined;
  return `${s.candidate.id} meets its SLO (${text}) for 7 days ${trafficOf(s)}, measured at the facade`;
}

/** What its traffic must look like: its own paths or messages against the phase-0 baseline. */
function trafficCriteria(s: StepContext): string[] {
  const out: string[] = [];
  const m = s.candidate.monolith;
  if (s.pattern === 'parallel-run')
    out.push(
      s.whole === undefined
        ? `mirrored responses of ${s.name} match ${m}'s for 99.9% of requests over 7 days; every mismatch explained`
        : `responses of ${s.candidate.id} to replayed production requests match ${m}'s for 99.9%; every mismatch explained (${s.whole} cannot mirror)`,
    );
  if (s.pattern === 'message-interception') out.push(messageCriterion(s));
  if (s.pattern === 'decorating-collaborator')
    out.push(`${m}'s answers pass through ${s.candidate.id} unchanged (contract tests) while it adds ${s.name}`);
  if (s.pattern === 'ui-composition')
    out.push(`${m}'s pages render ${s.name} from ${s.candidate.id}; page p95 within the phase-0 baseline`);
  // Staged beside the monolith it gets no traffic in its phase: the cut-over is rehearsed instead.
  if (staged(s) && !cutsOver(s)) {
    out.push(
      `${s.candidate.id} takes no traffic in this phase (${s.whole ?? 'the facade'} cannot split): load-tested at production load, and ${s.paths.join(', ')} answer from it in a rehearsal with error rate and p95 within 5% of the phase-0 baseline`,
    );
    return out;
  }
  if (cutsOver(s)) {
    out.push(
      `cut-over rehearsed on a copy of production: ${s.candidate.id}'s import drains within the planned freeze window and ${s.paths.join(', ')} answer from ${s.candidate.id} with error rate and p95 within 5% of the phase-0 baseline`,
    );
    return out;
  }
  const slo = sloCriterion(s);
  if (slo !== undefined) out.push(slo);
  if (s.paths.length > 0)
    out.push(
      `error rate and p95 latency of ${s.paths.join(', ')} within 5% of their phase-0 baseline for 7 days ${trafficOf(s)}`,
    );
  else if (s.pattern !== 'message-interception')
    out.push(
      `calls through the ${s.name} abstraction: error rate and p95 within 5% of the phase-0 baseline for 7 days`,
    );
  return out;
}

function dataCriteria(s: StepContext): string[] {
  const out: string[] = [];
  if (ownsData(s))
    out.push(
      `${s.name}'s records: row counts and checksums match between ${s.candidate.monolith} and ${s.candidate.id}; change-data-capture lag under 5 s`,
    );
  const classes = s.candidate.node.data?.classes ?? [];
  if (classes.length > 0)
    out.push(
      `${classes.join(', ')} data now held by ${s.candidate.id}: access audit on, records of processing updated`,
    );
  return out;
}

function consumerCriteria(s: StepContext): string[] {
  if (s.readers.length === 0) return [`no calls left into the monolith's ${s.name} code path`];
  return [
    `no calls left from ${s.readers.join(', ')} into the monolith's ${s.name} code path; their contract tests against ${s.candidate.id} green`,
  ];
}

function sourcingCriteria(s: StepContext): string[] {
  const deploy = s.candidate.node.deploy;
  // Staged for a cut-over it carries no traffic yet: it must be ready to, load-tested.
  const load = staged(s) ? 'is load-tested for production load' : 'carries production load';
  if (s.candidate.sourcing === 'buy')
    return [
      `${deploy?.chart?.name ?? s.name} ${load}; vendor SLA and support contract in place; upgrade path of the pinned chart known`,
    ];
  if (s.candidate.sourcing === 'outsource')
    return [
      `${deploy?.service?.provider ?? 'the provider'} ${load} under a signed contract, data-processing terms and an exit plan`,
    ];
  return [];
}

/**
 * The data step of the extraction phase. While the phase moves it, the monolith stays the system
 * of record and change data capture copies it one way: no write splits between two stores. How
 * writes stay on the monolith depends on the facade and the sourcing (`StepContext.move`); the
 * routing table carries the same rule (`RouteEntry.writes`, state `staged`), so the bundle
 * enforces it.
 */
export function dataStepFor(s: StepContext): DataStep | undefined {
  if (!ownsData(s)) return undefined;
  const readers = s.readers.length > 0 ? `; move its readers (${s.readers.join(', ')}) to its API` : '';
  const [id, mono] = [s.candidate.id, s.candidate.monolith];
  if (cutsOver(s)) {
    const paths = s.paths.join(', ');
    return {
      node: id,
      description: `load ${s.name}'s records into ${id} with its import and keep it in step with change data capture from ${mono} (${mono} stays the system of record and keeps every request of ${paths}: ${id} cannot write through ${mono}, so nothing is split); the next phase cuts over in one step: a freeze window on ${s.name}'s writes at ${mono} while the import drains, then all of ${paths} to ${id}, with reverse sync to ${mono} while it lives${pulledSync(s)}${readers}`,
    };
  }
  return {
    node: id,
    description: `copy ${s.name}'s schema into its own store and keep it in sync with change data capture (${mono} stays the system of record: ${writesKept(s)}; the next phase makes its store the record, with reverse sync)${readers}`,
  };
}

/**
 * A managed service outside the cluster cannot call into the monolith: the monolith pulls its
 * changes instead, the one call reverse sync adds (core/system reverseSyncFlows).
 */
function pulledSync(s: StepContext): string {
  if (s.candidate.sourcing !== 'outsource') return '';
  const port = workloadPort(s.candidate.node);
  return ` (${s.candidate.id} runs outside the cluster and cannot call in: ${s.candidate.monolith} pulls its changes from ${s.candidate.id}'s API, the one call this adds, ${s.candidate.monolith} → ${s.candidate.id} on port ${port})`;
}

function writesKept(s: StepContext): string {
  const [id, mono] = [s.candidate.id, s.candidate.monolith];
  const verb = s.pattern === 'parallel-run' ? 'mirrors' : 'splits';
  // Not routed at the facade: the monolith's callers reach it through the toggle.
  if (s.paths.length === 0) return `the toggle sends only reads to ${id}; every write stays in ${mono}'s code`;
  switch (s.move) {
    case 'write-through':
      return `the facade cannot match methods, so ${id} writes through ${mono}'s API`;
    case 'mirror-drop':
      return `the facade sends every request to ${mono} and mirrors it to ${id} with Host mirror.<host> and no body (the bundle sets ${MIRROR_HOST_ENV}=mirror.<host> on ${id}'s Deployment); ${id} answers mirrored writes without storing or forwarding them`;
    default:
      return `the facade ${verb} only reads to ${id} and sends every write to ${mono}`;
  }
}

/** Newman's "split the schema before the service": done in the phase before the extraction. */
export function schemaSplitFor(s: StepContext): string | undefined {
  if (!ownsData(s)) return undefined;
  const readers = s.readers.length > 0 ? ` and make ${s.readers.join(', ')} read it only through ${s.name}'s code` : '';
  return `split the shared schema: give ${s.name}'s tables a schema of their own inside ${s.candidate.monolith}'s database${readers}, before ${s.candidate.id} leaves in phase ${s.phase}`;
}

/** Scaffolds this extraction adds; each names the later phase that removes it. */
export function scaffoldsFor(s: StepContext): Scaffold[] {
  const id = s.candidate.id;
  const next = s.phase + 1;
  const paths = s.paths.join(', ');
  const out: Scaffold[] = [];
  const add = (kind: Scaffold['kind'], description: string, removal: string, removedIn = next, suffix = ''): void => {
    out.push({ id: `${id}-${kind}${suffix}`, kind, node: id, description, addedIn: s.phase, removedIn, removal });
  };
  if (cutsOver(s)) {
    add(
      'cutover',
      `${s.candidate.monolith} keeps every request of ${paths} while ${id} is filled by its import`,
      `cut over in one step: freeze ${s.name}'s writes at ${s.candidate.monolith}, let ${id}'s import drain (row counts and checksums match), send all of ${paths} to ${id}, start reverse sync to ${s.candidate.monolith}, lift the freeze`,
    );
  } else if (staged(s)) {
    add(
      'cutover',
      `${s.candidate.monolith} keeps every request of ${paths} while ${id} runs beside it (${s.whole ?? 'the facade'} cannot split)`,
      `send all of ${paths} to ${id} in one step`,
    );
  } else if (s.paths.length > 0 && s.pattern === 'parallel-run') {
    add('mirror', `the facade mirrors ${paths} to ${id}`, `switch ${paths} to ${id} and stop mirroring`);
  } else if (s.paths.length > 0) {
    add(
      'canary',
      `the facade splits ${paths} between ${s.candidate.monolith} and ${id}`,
      `send all of ${paths} to ${id}`,
    );
  }
  if (s.pattern === 'message-interception') {
    const [description, removal] = interception(s);
    add('interceptor', description, removal);
  }
  if (s.monolithCallers.length > 0 || (s.paths.length === 0 && s.pattern !== 'message-interception')) {
    add(
      'toggle',
      `an abstraction and toggle in the monolith in front of ${s.name}`,
      `delete the toggle and the monolith's own ${s.name} code`,
    );
  }
  if (ownsData(s)) {
    add(
      'sync-job',
      `change data capture from the monolith's ${s.name} tables`,
      `turn the sync around: stop change data capture from ${s.name}'s tables and start reverse sync into them while ${s.candidate.monolith} runs${pulledSync(s)}`,
    );
  }
  for (const dep of s.laterDependencies) {
    add(
      'monolith-api',
      `an anti-corruption API in the monolith so ${id} can call ${dep.id}`,
      `point ${id} at the new ${dep.id} and delete the monolith API`,
      dep.phase,
      `-${dep.id}`,
    );
  }
  return out;
}
