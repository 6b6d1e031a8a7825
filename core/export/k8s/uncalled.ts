// Workloads this phase runs that nothing reaches (core/system/uncalled.ts): a warning each, and
// a README section saying what the bundle does with them and what would give them a caller.
import type { MapNode, WardleyMap } from '../../model/types.ts';
import { uncalledWorkloads, type Uncalled } from '../../system/uncalled.ts';
import type { SystemState } from '../../system/types.ts';
import type { ExportWarning } from '../bundle.ts';
import { markdownText } from './markdown-text.ts';

/** What a map could say so it has a caller: its undeployed users' sourcing, or a need users reach. */
function remedy(u: Uncalled, name: (id: string) => string): string {
  if (u.undeployed.length === 0)
    return 'nothing on the map uses it: give it a caller (a `uses` edge) or a need users reach';
  const users = u.undeployed.map(name).join(', ');
  const one = u.undeployed.length === 1;
  return `on the map ${users} ${one ? 'uses' : 'use'} it and ${one ? 'runs' : 'run'} nothing in this phase (no sourcing decision, or not deployed yet): decide the sourcing of ${users}, or let a need users reach use it`;
}

/** The uncalled workloads of the phase, leaving out those the retirement parks (they have their own warning). */
export function uncalledOf(
  map: WardleyMap,
  state: SystemState,
  parked: ReadonlySet<string>,
  index: ReadonlyMap<string, MapNode>,
): { uncalled: Uncalled[]; warnings: ExportWarning[] } {
  const uncalled = uncalledWorkloads(map, state).filter((u) => !parked.has(u.id));
  const name = (id: string) => index.get(id)?.name ?? id;
  const warnings = uncalled.map((u): ExportWarning => ({
    severity: 'warning',
    rule: 'export/uncalled',
    node: u.id,
    message: `${u.name}: nothing reaches it in phase ${state.phase}: no route and no deployed workload calls it, so its NetworkPolicy admits nothing; ${remedy(u, name)}`,
  }));
  return { uncalled, warnings };
}

/** The README section: each one, who uses it on the map, and what the bundle runs for it. */
export function uncalledSection(uncalled: readonly Uncalled[]): string[] {
  if (uncalled.length === 0) return [];
  return [
    [
      '### Reached by nothing in this phase',
      'No route, stream or deployed workload reaches these (`export/uncalled`): their pods run behind a NetworkPolicy',
      'that admits nothing. On the map they are used only through components that run nothing (no sourcing decision),',
      'or by nothing at all: decide those sourcings, or let a need users reach use them, and re-export.',
      '',
      '| component | used on the map by (not deployed) | in this bundle |',
      '|---|---|---|',
      ...uncalled.map(
        (u) =>
          `| \`${u.id}\` (${markdownText(u.name)}) | ${u.undeployed.map((c) => `\`${c}\``).join(', ') || 'nothing'} | ${u.kind === 'buy' ? 'Helm release' : 'Deployment'}; its NetworkPolicy admits nothing |`,
      ),
    ].join('\n'),
  ];
}
