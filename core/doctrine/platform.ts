// "Know the platform you run on": the bottom rows of most maps (power, compute, the data centre,
// the container platform) are what the workloads run on, not services they call. Unmarked, the
// exporters turn them into ExternalName Services, credentials and egress rules. A commodity
// component with a platform name, no deployment hint, that no workload of ours calls (only
// outsourced parts use it) is suggested as `platform: true`; the OWM importer does the same.
import type { MapNode } from '../model/types.ts';
import { COMPONENT, eachEntry, type NodeColumns } from './columns.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from './finding.ts';
import { stageOf, type StageBoundaries } from './stages.ts';

/** Names of what workloads run on, compared without case, parentheses or a trailing plural s. */
const PLATFORM_NAMES: ReadonlySet<string> = new Set([
  'power',
  'electricity',
  'compute',
  'computing',
  'data centre',
  'data center',
  'datacentre',
  'datacenter',
  'hosting',
  'cloud hosting',
  'cloud platform',
  'cloud infrastructure',
  'kubernetes',
  'container platform',
  'container orchestration',
  'container',
  'cluster',
  'server',
  'hardware',
  'virtual machine',
  'vm',
  'infrastructure',
  'iaas',
]);

function normalisedName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/s$/, '');
}

/** A workload that may run in the cluster: built, bought, or not decided yet (a monolith, its parts). */
function inCluster(node: MapNode | undefined): boolean {
  return node?.kind === 'component' && node.platform !== true && node.sourcing !== 'outsource';
}

/**
 * Whether a node looks like the platform the workloads run on, but is not marked as such: a
 * commodity with a platform name, no deployment hint, that no in-cluster workload calls.
 */
export function suggestsPlatform(
  node: MapNode,
  users: readonly (MapNode | undefined)[],
  boundaries?: StageBoundaries,
): boolean {
  return looksLikePlatform(node, boundaries) && !users.some(inCluster);
}

/** A commodity component with a platform name and no deployment hint, not marked as the platform. */
function looksLikePlatform(node: MapNode, boundaries?: StageBoundaries): boolean {
  return (
    node.kind === 'component' &&
    node.platform !== true &&
    node.deploy === undefined &&
    stageOf(node.evolution, boundaries) === 4 &&
    PLATFORM_NAMES.has(normalisedName(node.name))
  );
}

export const platformSuggestion: DoctrineRule = {
  ids: ['platform/suggest'],
  reason: 'the platform workloads run on is not a service they call: mark it `platform: true`',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    // Only commodities can look like the platform: the others' nodes are not read.
    const also = (columns: NodeColumns, at: number) =>
      stageOf(columns.evolution[at] as number, context.boundaries) === 4;
    eachEntry(context, { all: COMPONENT, also }, (id, node) => {
      // The users are read only for the few nodes that look like the platform.
      if (!looksLikePlatform(node, context.boundaries)) return;
      const users = (context.usedBy.get(id) ?? []).map((u) => context.index.get(u));
      if (users.some(inCluster)) return;
      out.push(
        nodeFinding(
          'platform/suggest',
          'info',
          id,
          ['nodes', id],
          `${node.name} looks like the platform the workloads run on, not a service they call: mark it platform: true and exports generate nothing for it`,
        ),
      );
    });
    return out;
  },
};
