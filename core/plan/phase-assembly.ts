// Groups placed steps into phases: titles, clean-ups of earlier scaffolds, data steps, the
// routing table after the phase, rollback, exit criteria and teams. Adds the final clean-up phase.
import { nodeEntries, type MapNode, type WardleyMap } from '../model/types.ts';
import { compareIds, type CandidateSet } from './graph.ts';
import type { Facade, Phase, Scaffold } from './model.ts';
import { routingTable, type RoutedStep, type RoutingInput } from './routing.ts';
import type { PlannedStep } from './step-builder.ts';

/** Service port assumed when a node has no `deploy.port`. */
export const DEFAULT_PORT = 8080;

export function facadeOf(map: WardleyMap, nodes: ReadonlyMap<string, MapNode>): Facade {
  const counts = new Map<string, number>();
  for (const [, node] of nodeEntries(map)) {
    if (node.inside !== undefined) counts.set(node.inside, (counts.get(node.inside) ?? 0) + 1);
  }
  const ids = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareIds(a, b));
  const primary = ids[0];
  const monoliths = ids.sort(compareIds).map((id) => {
    const deploy = nodes.get(id)?.deploy;
    const entry: Facade['monoliths'][number] = { id, name: id, port: deploy?.port ?? DEFAULT_PORT };
    // Only the monolith holding most candidates takes the catch-all; others keep their own prefix.
    const path = id === primary ? '/' : deploy?.path !== '/' ? deploy?.path : undefined;
    if (path !== undefined) entry.path = path;
    return entry;
  });
  const settings = map.deployment;
  const facade: Facade = {
    name: `${primary ?? 'monolith'}-facade`,
    gateway: { name: settings?.gateway?.name ?? 'edge' },
    monoliths,
  };
  if (settings?.gateway?.namespace !== undefined) facade.gateway.namespace = settings.gateway.namespace;
  if (settings?.namespace !== undefined) facade.namespace = settings.namespace;
  if (settings?.host !== undefined) facade.host = settings.host;
  return facade;
}

export interface AssemblyInput {
  nodes: ReadonlyMap<string, MapNode>;
  set: CandidateSet;
  steps: readonly PlannedStep[];
  facade: Facade;
}

export function assemblePhases(input: AssemblyInput): { phases: Phase[]; scaffolds: Scaffold[] } {
  if (input.steps.length === 0) return { phases: [], scaffolds: [] };
  const last = Math.max(...input.steps.map((s) => s.phase)) + 1;
  const scaffolds = input.steps
    .flatMap((s) => s.scaffolds)
    .sort((a, b) => a.addedIn - b.addedIn || compareIds(a.id, b.id));
  const keeps = new Set([...input.set.excluded, ...input.set.unsourced].map((id) => input.nodes.get(id)?.inside ?? ''));
  const routing: RoutingInput = {
    facade: input.facade,
    steps: input.steps.map((s) => routedStep(s, input.nodes)),
    keepsMonolith: keeps,
    lastPhase: last,
  };
  const phases: Phase[] = [];
  for (let k = 1; k <= last; k++) {
    const steps = input.steps
      .filter((s) => s.phase === k)
      .sort((a, b) => b.priority - a.priority || compareIds(a.unit, b.unit) || compareIds(a.step.node, b.step.node));
    const cleanups = scaffolds
      .filter((s) => s.removedIn === k)
      .map((s) => ({ scaffold: s.id, node: s.node, description: s.removal }));
    const phase: Phase = {
      index: k,
      title: phaseTitle(steps, k === last, keeps, input),
      steps: steps.map((s) => s.step),
      cleanups,
      dataSteps: steps.flatMap((s) => (s.dataStep ? [s.dataStep] : [])),
      routes: routingTable(routing, k),
      rollback: steps.map((s) => `${s.step.name}: ${s.step.rollback}`),
      exitCriteria: [
        ...steps.flatMap((s) => s.step.exitCriteria.map((c) => `${s.step.name}: ${c}`)),
        ...cleanups.map((c) => `${c.scaffold} removed`),
      ],
      teams: teamsOf([...steps.map((s) => s.step.node), ...cleanups.map((c) => c.node)], input.nodes),
    };
    if (k === last) closeOut(phase, keeps, input.facade);
    phases.push(phase);
  }
  return { phases, scaffolds };
}

function routedStep(s: PlannedStep, nodes: ReadonlyMap<string, MapNode>): RoutedStep {
  const port = nodes.get(s.step.node)?.deploy?.port ?? DEFAULT_PORT;
  return {
    node: s.step.node,
    monolith: s.step.monolith,
    phase: s.phase,
    pattern: s.step.pattern,
    paths: s.step.paths,
    port,
  };
}

function phaseTitle(
  steps: readonly PlannedStep[],
  last: boolean,
  keeps: ReadonlySet<string>,
  input: AssemblyInput,
): string {
  if (steps.length > 0) return `Extract ${steps.map((s) => s.step.name).join(', ')}`;
  if (!last) return 'Hold: nothing moves (later phases are pinned)';
  const retired = input.facade.monoliths.filter((m) => !keeps.has(m.id)).map((m) => m.id);
  return retired.length > 0 ? `Clean up and retire ${retired.join(', ')}` : 'Clean up';
}

/** The last phase: no extraction left; the monolith is retired unless something stays inside. */
function closeOut(phase: Phase, keeps: ReadonlySet<string>, facade: Facade): void {
  for (const m of facade.monoliths) {
    if (keeps.has(m.id)) {
      phase.exitCriteria.push(`${m.id} serves only what stays inside it (excluded or unplanned components)`);
      continue;
    }
    phase.rollback.push(
      `${m.id}: re-add the catch-all route to ${m.name}; keep its last release deployable until the exit criteria hold`,
    );
    phase.exitCriteria.push(
      `no request reached ${m.id} for 30 days; its Service and database are archived and removed`,
    );
  }
  if (phase.cleanups.length > 0)
    phase.rollback.push(
      'clean-ups delete code and data only after the previous phase met its exit criteria; restore from version control if needed',
    );
}

function teamsOf(ids: readonly string[], nodes: ReadonlyMap<string, MapNode>): string[] {
  const teams = new Set<string>();
  for (const id of ids) {
    const team = nodes.get(id)?.team;
    if (team !== undefined) teams.add(team);
  }
  return [...teams].sort(compareIds);
}
