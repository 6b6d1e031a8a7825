// exportBackstage: a map → Backstage catalog entities in one `catalog-info.yaml`: a System for
// the map, a Group per team, a Component per component the organisation builds (lifecycle from
// the migration plan, `subcomponentOf` its monolith while it sits inside one), a Resource per
// bought or outsourced part, `dependsOn` from `uses`. Deterministic: same map, same bytes.
import { stringify } from 'yaml';
import { stageBoundaries, stageOf, STAGE_NUMERALS } from '../../doctrine/stages.ts';
import { nodeEntries, type MapNode, type WardleyMap } from '../../model/types.ts';
import type { ExportResult, ExportWarning } from '../bundle.ts';
import { planFacts, type PlanFacts } from './lifecycle.ts';
import { entityRef, groupNames, systemName, UNASSIGNED_GROUP } from './names.ts';

export const CATALOG_FILE = 'catalog-info.yaml';
/** Annotation linking every entity to the map file it came from. */
export const MAP_ANNOTATION = 'mapwright.dev/map';

export interface BackstageOptions {
  /** The map file as the catalog should find it (relative to catalog-info.yaml, or a URL). */
  mapLocation?: string;
}

type Entity = {
  apiVersion: 'backstage.io/v1alpha1';
  kind: string;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
};

interface Context {
  map: WardleyMap;
  system: string;
  groups: Map<string, string>;
  facts: PlanFacts;
  annotations: Record<string, string>;
  refs: Map<string, string>;
}

export function exportBackstage(map: WardleyMap, options: BackstageOptions = {}): ExportResult {
  const warnings: ExportWarning[] = [];
  const parts = nodeEntries(map).filter(([, n]) => n.kind === 'component');
  const groups = groupNames(parts.map(([, n]) => n.team).filter((t): t is string => t !== undefined));
  const ctx: Context = {
    map,
    system: systemName(map.title),
    groups,
    facts: planFacts(map),
    annotations: options.mapLocation === undefined ? {} : { [MAP_ANNOTATION]: options.mapLocation },
    refs: new Map(parts.map(([id, n]) => [id, entityRef(isBought(n) ? 'resource' : 'component', id)])),
  };
  const unowned = parts.filter(([, n]) => n.team === undefined).map(([id]) => id);
  if (unowned.length > 0)
    warnings.push({
      severity: 'warning',
      rule: 'backstage/no-team',
      message: `no team on ${unowned.join(', ')}: owned by the '${UNASSIGNED_GROUP}' group`,
    });
  const entities: Entity[] = [
    systemEntity(ctx, parts),
    ...groupEntities(ctx, unowned.length > 0),
    ...parts.map(([id, n]) => (isBought(n) ? resourceEntity(ctx, id, n) : componentEntity(ctx, id, n))),
  ];
  const text = entities.map((e) => stringify(e, { lineWidth: 0 })).join('---\n');
  return { files: { [CATALOG_FILE]: text }, warnings };
}

function isBought(node: MapNode): boolean {
  return node.sourcing === 'buy' || node.sourcing === 'outsource';
}

function metadata(
  ctx: Context,
  name: string,
  title: string,
  extra: Record<string, string> = {},
): Record<string, unknown> {
  const annotations = { ...ctx.annotations, ...extra };
  return { name, title, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) };
}

function systemEntity(ctx: Context, parts: [string, MapNode][]): Entity {
  // The team that owns most of the map's components owns the system (ties: alphabetical).
  const counts = new Map<string, number>();
  for (const [, n] of parts) if (n.team !== undefined) counts.set(n.team, (counts.get(n.team) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const owner = top === undefined ? UNASSIGNED_GROUP : (ctx.groups.get(top) ?? UNASSIGNED_GROUP);
  const description = ctx.map.description?.replace(/\s+/g, ' ').trim();
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { ...metadata(ctx, ctx.system, ctx.map.title), ...(description ? { description } : {}) },
    spec: { owner: entityRef('group', owner) },
  };
}

function groupEntities(ctx: Context, withUnassigned: boolean): Entity[] {
  const groups = [...ctx.groups].map(([team, name]) => group(ctx, name, team));
  if (withUnassigned || ctx.groups.size === 0) groups.push(group(ctx, UNASSIGNED_GROUP, 'No team yet'));
  return groups;
}

function group(ctx: Context, name: string, title: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: metadata(ctx, name, title),
    spec: { type: 'team', children: [] },
  };
}

function componentEntity(ctx: Context, id: string, node: MapNode): Entity {
  const phase = ctx.facts.phase(id);
  const spec: Record<string, unknown> = {
    type: 'service',
    lifecycle: ctx.facts.lifecycle(id),
    owner: ownerRef(ctx, node),
    system: entityRef('system', ctx.system),
  };
  if (node.inside !== undefined && ctx.refs.get(node.inside)?.startsWith('component:'))
    spec['subcomponentOf'] = ctx.refs.get(node.inside);
  addDependsOn(ctx, node, spec);
  const extra = nodeAnnotations(ctx, id, node);
  if (phase !== undefined) extra['mapwright.dev/plan-phase'] = String(phase);
  return { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: described(ctx, id, node, extra), spec };
}

function resourceEntity(ctx: Context, id: string, node: MapNode): Entity {
  const service = node.deploy?.service;
  const spec: Record<string, unknown> = {
    type: service?.kind !== undefined ? resourceType(service.kind) : node.sourcing === 'buy' ? 'product' : 'utility',
    owner: ownerRef(ctx, node),
    system: entityRef('system', ctx.system),
  };
  addDependsOn(ctx, node, spec);
  const extra = nodeAnnotations(ctx, id, node);
  if (service?.provider !== undefined) extra['mapwright.dev/provider'] = service.provider;
  const chart = node.deploy?.chart;
  if (chart !== undefined) extra['mapwright.dev/helm-chart'] = `${chart.repository} ${chart.name}@${chart.version}`;
  return { apiVersion: 'backstage.io/v1alpha1', kind: 'Resource', metadata: described(ctx, id, node, extra), spec };
}

/** A Resource type is free text; keep it one lowercase word-ish token. */
function resourceType(kind: string): string {
  return (
    kind
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'utility'
  );
}

function described(ctx: Context, id: string, node: MapNode, extra: Record<string, string>): Record<string, unknown> {
  const m = metadata(ctx, id, node.name, extra);
  const note = node.note?.replace(/\s+/g, ' ').trim();
  if (note) m['description'] = note;
  if (node.sourcing !== undefined) m['tags'] = [node.sourcing];
  if (node.url !== undefined) m['links'] = [{ url: node.url, title: node.name }];
  return m;
}

function nodeAnnotations(ctx: Context, id: string, node: MapNode): Record<string, string> {
  const stage = stageOf(node.evolution, stageBoundaries(ctx.map));
  return {
    'mapwright.dev/node': id,
    'mapwright.dev/evolution': String(node.evolution),
    'mapwright.dev/stage': STAGE_NUMERALS[stage],
  };
}

function ownerRef(ctx: Context, node: MapNode): string {
  return entityRef(
    'group',
    node.team === undefined ? UNASSIGNED_GROUP : (ctx.groups.get(node.team) ?? UNASSIGNED_GROUP),
  );
}

/** `dependsOn` from `uses`, to the components and resources of the map (needs and users are not entities). */
function addDependsOn(ctx: Context, node: MapNode, spec: Record<string, unknown>): void {
  const refs = (node.uses ?? []).map((u) => ctx.refs.get(u)).filter((r): r is string => r !== undefined);
  if (refs.length > 0) spec['dependsOn'] = refs;
}
