// The retirement phase deletes the monolith; a component only the monolith's code called (branch
// by abstraction moved it out, the monolith kept calling it) is then reached by nothing on the
// map. The plan says so in that phase and as a warning, and the bundle parks it (core/export/k8s).
import type { MapNode, WardleyMap } from '../model/types.ts';
import type { PathTable } from '../system/paths.ts';
import type { EdgeOptions, Schedule } from '../system/types.ts';
import { unreachedAfterRetirement, type Unreached } from '../system/unreached.ts';
import type { Phase, PlanWarning } from './model.ts';

export const UNREACHED_RULE = 'plan/unreached-after-retirement';

/** Adds the retirement phase's task and rollback for each unreached component; returns the warnings. */
export function unreachedSteps(
  phase: Phase,
  map: WardleyMap,
  schedule: Schedule,
  nodes: ReadonlyMap<string, MapNode>,
  edge: EdgeOptions = {},
  table?: PathTable,
  found: readonly Unreached[] = unreachedAfterRetirement(map, schedule, table, edge, nodes),
): PlanWarning[] {
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const out: PlanWarning[] = [];
  for (const u of found) {
    const retired = u.retired.map(name).join(', ');
    phase.tasks.push(
      `find who calls ${u.name} after ${retired}: nothing on the map does (${callersText(u, name)}); until the map gives it a caller, ${PARKED[u.kind]}`,
    );
    if (u.kind === 'build')
      phase.rollback.push(
        `${u.name}: scale it back to its replicas with ${retired} (the bundle of phase ${phase.index - 1})`,
      );
    out.push({ rule: UNREACHED_RULE, message: unreachedMessage(u, phase.index, name), nodes: [u.id] });
  }
  return out;
}

/** The warning a map author reads: what is left unreached, why, and what to add to the map. */
export function unreachedMessage(u: Unreached, phase: number, name: (id: string) => string): string {
  const retired = u.retired.map(name).join(', ');
  return `${u.name}: after ${retired} retires in phase ${phase} nothing on the map calls it (${callersText(u, name)}). Who calls ${u.name} after ${retired}? Give it that caller on the map (the caller's uses edge to it, or a path users reach), or exclude it from the plan; until then ${PARKED[u.kind]}.`;
}

/** What the bundle of the retirement phase does with it, by what it is. */
const PARKED: Record<Unreached['kind'], string> = {
  build: 'the bundle parks it at 0 replicas',
  monolith: 'the bundle parks it at 0 replicas',
  buy: 'the bundle keeps its Helm release as it was: scale it down or uninstall it by hand',
  outsource: 'the bundle keeps its ExternalName Service, and the managed service keeps running',
};

function callersText(u: Unreached, name: (id: string) => string): string {
  const callers = u.callers.map(name);
  return callers.length === 1 ? `its only caller was ${callers[0]}` : `its callers were ${callers.join(', ')}`;
}
