// The facade's routing table after each phase. Paths of components that left earlier go to
// their new Service; a component leaving in this phase gets a canary split, or a mirror when it
// is parallel-run; everything else, and the catch-all, still goes to the monolith.
import type { Backend, Facade, Pattern, RouteEntry } from './model.ts';

/** Canary share of traffic the new service takes during its phase. */
export const CANARY_PERCENT = 10;

export interface RoutedStep {
  node: string;
  monolith: string;
  phase: number;
  pattern: Pattern;
  paths: readonly string[];
  port: number;
}

export interface RoutingInput {
  facade: Facade;
  steps: readonly RoutedStep[];
  /** The catch-all monolith that still holds components nobody plans to move. */
  keepsMonolith: ReadonlySet<string>;
  /** Index of the last phase (the clean-up phase, where nothing new moves). */
  lastPhase: number;
}

export function routingTable(input: RoutingInput, phase: number): RouteEntry[] {
  const monoliths = new Map(input.facade.monoliths.map((m) => [m.id, m]));
  const entries: RouteEntry[] = [];
  for (const step of input.steps) {
    const m = monoliths.get(step.monolith);
    const old: Backend = { service: m?.name ?? step.monolith, port: m?.port ?? 8080, weight: 100 };
    for (const path of step.paths) entries.push(entryFor(step, path, old, phase));
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const m of input.facade.monoliths) {
    if (m.path !== undefined && (phase < input.lastPhase || input.keepsMonolith.has(m.id))) {
      entries.push({ path: m.path, state: 'monolith', backends: [{ service: m.name, port: m.port, weight: 100 }] });
    }
  }
  return entries;
}

function entryFor(step: RoutedStep, path: string, old: Backend, phase: number): RouteEntry {
  const next: Backend = { service: step.node, port: step.port, weight: 100 };
  if (step.phase < phase) return { path, node: step.node, state: 'new', backends: [next] };
  if (step.phase > phase) return { path, node: step.node, state: 'monolith', backends: [old] };
  if (step.pattern === 'parallel-run') {
    return {
      path,
      node: step.node,
      state: 'mirror',
      backends: [old],
      mirror: { service: next.service, port: next.port },
    };
  }
  return {
    path,
    node: step.node,
    state: 'canary',
    backends: [
      { ...old, weight: 100 - CANARY_PERCENT },
      { ...next, weight: CANARY_PERCENT },
    ],
  };
}

/** Paths the Gateway API rejects (its CEL rules) even though they look like paths. */
export function unroutablePath(path: string): boolean {
  return /\/\/|\/\.\.?(\/|$)|%2f|%5c|#/i.test(path);
}
