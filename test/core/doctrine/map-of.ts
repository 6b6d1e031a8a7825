// Small maps for rule tests: a user → need → component chain that is clean, plus overrides.
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';
import { checkMap } from '../../../core/doctrine/check.ts';
import type { Finding } from '../../../core/doctrine/finding.ts';

export type NodeSpec = Partial<MapNode> & Pick<MapNode, 'kind'>;

export function node(spec: NodeSpec): MapNode {
  return { name: spec.kind, evolution: 0.5, visibility: 0.5, ...spec } as MapNode;
}

export function mapOf(nodes: Record<string, NodeSpec>, extra: Partial<WardleyMap> = {}): WardleyMap {
  const out: WardleyMap = { version: 1, title: 'Test', nodes: {}, ...extra };
  for (const [id, spec] of Object.entries(nodes)) out.nodes[id] = node({ name: id, ...spec });
  return out;
}

/** A clean chain: visitor → book → booking (build, stage II) → compute (outsource, stage IV). */
export function cleanChain(overrides: Record<string, Partial<MapNode>> = {}): WardleyMap {
  const base: Record<string, NodeSpec> = {
    visitor: { kind: 'user', evolution: 0.5, visibility: 0.95, uses: ['book'] },
    book: { kind: 'need', evolution: 0.5, visibility: 0.85, uses: ['booking'] },
    booking: { kind: 'component', evolution: 0.3, visibility: 0.6, sourcing: 'build', uses: ['compute'] },
    compute: { kind: 'component', evolution: 0.9, visibility: 0.2, sourcing: 'outsource' },
  };
  for (const [id, o] of Object.entries(overrides))
    base[id] = { ...(base[id] ?? { kind: 'component' }), ...o } as NodeSpec;
  return mapOf(base);
}

export function rulesFired(map: WardleyMap, options = {}): string[] {
  return checkMap(map, options).map((f) => f.rule);
}

export function findingOf(map: WardleyMap, rule: string): Finding | undefined {
  return checkMap(map).find((f) => f.rule === rule);
}
