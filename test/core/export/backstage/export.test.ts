// The Backstage export over every example map: valid against the vendored catalog schema,
// names and references by Backstage's own rules, lifecycles from the plan, the same bytes twice.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CATALOG_FILE, exportBackstage, MAP_ANNOTATION } from '../../../../core/export/backstage/index.ts';
import { ENTITY_NAME, MAX_ENTITY_NAME } from '../../../../core/export/backstage/names.ts';
import { parseMap } from '../../../../core/format/parse.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { randomMap } from '../../../support/maps.ts';

const require = createRequire(import.meta.url);
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;
const ajv = new Ajv({ strictSchema: true, strictTypes: false, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(require('../../../schemas/backstage/catalog-info.json') as object);

const EXAMPLES = readdirSync('maps')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `maps/${f}`);

interface Entity {
  kind: string;
  metadata: { name: string; title?: string; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

function load(file: string): WardleyMap {
  const parsed = parseMap(readFileSync(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0]?.message ?? ''}`);
  return parsed.map;
}

function entitiesOf(map: WardleyMap): Entity[] {
  const text = exportBackstage(map, { mapLocation: 'maps/x.yaml' }).files[CATALOG_FILE] ?? '';
  return parseAllDocuments(text).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS() as Entity;
  });
}

/** Schema-valid, names by Backstage's rules, unique per kind, every reference to an emitted entity. */
function checkCatalog(entities: Entity[]): void {
  const refs = new Set<string>();
  for (const e of entities) {
    expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
    expect(e.metadata.name).toMatch(ENTITY_NAME);
    expect(e.metadata.name.length).toBeLessThanOrEqual(MAX_ENTITY_NAME);
    const ref = `${e.kind.toLowerCase()}:default/${e.metadata.name}`;
    expect(refs.has(ref), ref).toBe(false);
    refs.add(ref);
  }
  for (const e of entities) {
    const spec = e.spec as { owner?: string; system?: string; subcomponentOf?: string; dependsOn?: string[] };
    for (const r of [spec.owner, spec.system, spec.subcomponentOf, ...(spec.dependsOn ?? [])])
      if (r !== undefined) expect(refs.has(r), `${e.metadata.name} → ${r}`).toBe(true);
  }
}

describe('exportBackstage over every example map', () => {
  it.each(EXAMPLES)('%s: valid catalog, names and references resolve, deterministic', (file) => {
    const map = load(file);
    const entities = entitiesOf(map);
    checkCatalog(entities);
    expect(entities.filter((e) => e.kind === 'System')).toHaveLength(1);
    const parts = Object.values(map.nodes).filter((n) => n?.kind === 'component');
    expect(entities.filter((e) => e.kind === 'Component' || e.kind === 'Resource')).toHaveLength(parts.length);
    for (const e of entities) expect(e.metadata.annotations?.[MAP_ANNOTATION]).toBe('maps/x.yaml');
    expect(exportBackstage(map).files).toEqual(exportBackstage(load(file)).files);
  });
});

describe('exportBackstage', () => {
  const hie = entitiesOf(load('maps/hie-monolith.yaml'));
  const byName = (name: string) => hie.find((e) => e.metadata.name === name);

  it('retires the monolith the plan empties and marks what it extracts experimental, inside the monolith', () => {
    expect(byName('legacy-hie')?.spec['lifecycle']).toBe('deprecated');
    expect(byName('referrals')?.spec).toMatchObject({
      lifecycle: 'experimental',
      subcomponentOf: 'component:default/legacy-hie',
      owner: 'group:default/care-coordination',
    });
    expect(byName('referrals')?.metadata.annotations?.['mapwright.dev/plan-phase']).toMatch(/^\d+$/);
  });

  it('makes bought and outsourced parts Resources and `uses` dependsOn', () => {
    expect(byName('facade')).toMatchObject({ kind: 'Resource', spec: { type: 'product' } });
    expect(byName('facade')?.spec['dependsOn']).toContain('component:default/legacy-hie');
    expect(byName('compute')?.kind).toBe('Resource');
  });

  it('makes a Group per team and titles entities with their names', () => {
    expect(byName('care-coordination')).toMatchObject({ kind: 'Group', metadata: { title: 'Care coordination' } });
    expect(byName('legacy-hie')?.metadata.title).toBe('Legacy HIE (Perl and Oracle)');
  });

  it('a component that runs today and is not planned is in production', () => {
    const map: WardleyMap = {
      version: 1,
      title: '🚀 !!',
      nodes: { a: { kind: 'component', name: 'A', evolution: 0.5, visibility: 0.5, sourcing: 'build' } },
    };
    const entities = entitiesOf(map);
    checkCatalog(entities);
    expect(entities.find((e) => e.kind === 'Component')?.spec).toMatchObject({
      lifecycle: 'production',
      owner: 'group:default/unassigned',
    });
    expect(exportBackstage(map).warnings.map((w) => w.rule)).toEqual(['backstage/no-team']);
  });

  it('the vendored schema refuses an entity Backstage would refuse', () => {
    const component = { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'a' } };
    expect(validate({ ...component, spec: { type: 'service', owner: 'group:default/x' } })).toBe(false);
    expect(validate({ ...component, spec: { type: 'service', lifecycle: 'production', owner: 'x' } })).toBe(true);
  });

  it('any valid map gives a valid catalog whose names and references Backstage accepts', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        checkCatalog(entitiesOf(map));
      }),
      { numRuns: 150 },
    );
  });
});
