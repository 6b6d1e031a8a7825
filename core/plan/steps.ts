// The words of a plan: rollback, exit criteria, scaffolds and data steps for one extraction.
// Kept apart from the ordering so the wording can change without touching the algorithm.
import type { Candidate } from './graph.ts';
import type { DataStep, Pattern, Scaffold } from './model.ts';

export interface StepContext {
  candidate: Candidate;
  name: string;
  phase: number;
  pattern: Pattern;
  paths: readonly string[];
  monolithCallers: readonly string[];
  /** Candidates it uses that leave later: it calls them through the monolith until then. */
  laterDependencies: readonly { id: string; phase: number }[];
  readers: readonly string[];
}

export function rollbackFor(s: StepContext): string {
  const paths = s.paths.join(', ');
  const base =
    s.pattern === 'parallel-run'
      ? s.paths.length > 0
        ? `stop mirroring ${paths}: the monolith kept serving every request`
        : `switch the comparison off: the monolith implementation kept answering`
      : s.paths.length > 0
        ? `route ${paths} back to ${s.candidate.monolith} at the facade (weight 100)`
        : `flip the toggle back to the monolith implementation of ${s.name}`;
  return s.candidate.node.plan?.data === true
    ? `${base}; replay writes made in the new store back into the monolith tables first`
    : base;
}

export function exitCriteriaFor(s: StepContext): string[] {
  const out: string[] = [];
  if (s.pattern === 'parallel-run')
    out.push(`mirrored responses of ${s.name} match the monolith for 99.9% of requests over 7 days`);
  out.push(`error rate and p95 latency of ${s.name} within 5% of the monolith's for 7 days at full traffic`);
  if (s.pattern === 'replace-with-product' || s.pattern === 'replace-with-utility') {
    out.push(
      `the ${s.pattern === 'replace-with-product' ? 'product' : 'utility'} carries production load with support and contract in place`,
    );
  }
  if (s.candidate.node.plan?.data === true)
    out.push(`change-data-capture lag under 5 s; row counts and checksums match`);
  out.push(`no calls left into the monolith's ${s.name} code path`);
  return out;
}

export function dataStepFor(s: StepContext): DataStep | undefined {
  if (s.candidate.node.plan?.data !== true) return undefined;
  const readers = s.readers.length > 0 ? `; move its readers (${s.readers.join(', ')}) to its API` : '';
  return {
    node: s.candidate.id,
    description: `copy ${s.name}'s tables into its own store and keep them in sync with change data capture${readers}`,
  };
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
  if (s.paths.length > 0 && s.pattern === 'parallel-run') {
    add('mirror', `the facade mirrors ${paths} to ${id}`, `switch ${paths} to ${id} and stop mirroring`);
  } else if (s.paths.length > 0) {
    add(
      'canary',
      `the facade splits ${paths} between ${s.candidate.monolith} and ${id}`,
      `send all of ${paths} to ${id}`,
    );
  }
  if (s.monolithCallers.length > 0 || s.paths.length === 0) {
    add(
      'toggle',
      `an abstraction and toggle in the monolith in front of ${s.name}`,
      `delete the toggle and the monolith's own ${s.name} code`,
    );
  }
  if (s.candidate.node.plan?.data === true) {
    add(
      'sync-job',
      `change data capture from the monolith's ${s.name} tables`,
      `stop the sync and drop ${s.name}'s tables from the monolith`,
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
