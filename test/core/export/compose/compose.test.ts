// The docker-compose export: valid against the Compose Specification schema, wired as the map
// says, stand-ins for what is bought or outsourced, and safe with hostile names.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPOSE_FILE, exportCompose, PARKED_PROFILE } from '../../../../core/export/compose/index.ts';
import type { Bundle } from '../../../../core/export/bundle.ts';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import { schemaValidator } from '../../../support/k8s-schemas.ts';
import { conferenceMini } from '../k8s/fixture.ts';
import { randomMap } from '../k8s/random-map.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { everyExampleMapFile, loadMap, ROOT } from '../../plan/load-map.ts';
import { arbitraryMap } from '../../plan/arbitrary-map.ts';
import { overlaysOf } from '../../system/bundle-reader.ts';

const validator = schemaValidator();

type Compose = {
  name: string;
  services: Record<
    string,
    {
      image: string;
      environment?: Record<string, string>;
      ports?: string[];
      depends_on?: Record<string, { condition: string }>;
      command?: string[];
      healthcheck?: { test: string[] };
      labels?: Record<string, string>;
      profiles?: string[];
    }
  >;
};

function composeOf(text: string | undefined): Compose {
  return parse(text ?? '', { version: '1.1' }) as Compose;
}

describe('exportCompose', () => {
  const compose = composeOf(exportCompose(conferenceMini()).files[COMPOSE_FILE]);

  it('validates against the Compose Specification', () => {
    expect(validator.compose(compose)).toEqual([]);
  });

  it('runs every built service, wired by `uses`, with stand-ins for bought and outsourced components', () => {
    expect(Object.keys(compose.services)).toEqual(['database', 'mail', 'portal', 'scheduling', 'search']);
    expect(Object.keys(compose.services['portal']?.depends_on ?? {})).toEqual(['scheduling', 'search']);
    expect(compose.services['portal']?.environment).toEqual({
      FEATURE_FLAGS: 'yes',
      SCHEDULING_URL: 'http://scheduling:8080',
      SEARCH_URL: 'http://search:9200',
    });
    expect(compose.services['database']?.image).toBe('postgres:17-alpine');
    expect(compose.services['search']?.labels?.['mapwright.dev/stand-in']).toBe('true');
  });

  it('publishes only user-facing services, on localhost', () => {
    const published = Object.entries(compose.services).filter(([, s]) => s.ports !== undefined);
    expect(published).toEqual([['portal', expect.objectContaining({ ports: ['127.0.0.1:8081:3000'] })]]);
  });

  it('exports random maps with hostile names to a valid, deterministic file', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const text = exportCompose(map).files[COMPOSE_FILE];
        expect(text).toBe(exportCompose(structuredClone(map)).files[COMPOSE_FILE]);
        const parsed = composeOf(text);
        expect(validator.compose(parsed)).toEqual([]);
        for (const [id, service] of Object.entries(parsed.services))
          expect(service.labels?.['mapwright.dev/node-name']).toBe(map.nodes[id]?.name);
      }),
      { numRuns: 100 },
    );
  });

  it('starts in some order: depends_on is acyclic for every example map and random maps', () => {
    const maps = everyExampleMapFile().map((f) => loadMap(f));
    const check = (map: WardleyMap): void => {
      const compose = composeOf(exportCompose(map).files[COMPOSE_FILE]);
      expect(cycleIn(compose), map.title).toEqual([]);
    };
    maps.forEach(check);
    fc.assert(fc.property(randomMap, check), { numRuns: 50 });
  });

  it('runs no container for a platform row (what the workloads run on), like the bundle', () => {
    for (const file of ['maps/conference.yaml', 'maps/hie-monolith.yaml', 'maps/ehealth-platform.yaml']) {
      const map = loadMap(file);
      const services = Object.keys(composeOf(exportCompose(map).files[COMPOSE_FILE]).services);
      const platform = Object.keys(map.nodes).filter((id) => map.nodes[id]?.platform === true);
      expect(platform.length, file).toBeGreaterThan(0);
      expect(
        services.filter((id) => platform.includes(id)),
        file,
      ).toEqual([]);
    }
    const conference = composeOf(exportCompose(loadMap('maps/conference.yaml')).files[COMPOSE_FILE]);
    expect(Object.keys(conference.services)).not.toContain('functions');
    expect(Object.keys(conference.services['cfp-handling']?.environment ?? {})).not.toContain('FUNCTIONS_HOST');
  });

  it('breaks the hie map cycle at a named edge and waits for stand-ins that have a probe', () => {
    const compose = composeOf(exportCompose(loadMap('maps/hie-monolith.yaml')).files[COMPOSE_FILE]);
    const labels = Object.values(compose.services).map((s) => s.labels?.['mapwright.dev/start-order-not-awaited']);
    expect(labels.filter((l) => l !== undefined)).toEqual(['clinical-messaging']);
    const waits = Object.values(compose.services).flatMap((s) => Object.values(s.depends_on ?? {}));
    expect(waits.map((w) => w.condition)).toContain('service_healthy');
    const minio = Object.values(compose.services).find((s) => s.image.startsWith('minio/'));
    if (minio !== undefined) expect(minio.command).toEqual(['server', '/data']);
  });
});

/** Ids on a depends_on cycle (empty when the file has a start order). */
function cycleIn(compose: Compose): string[] {
  const state = new Map<string, number>();
  const found: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 1);
    for (const next of Object.keys(compose.services[id]?.depends_on ?? {})) {
      if (state.get(next) === 1) found.push(`${id} -> ${next}`);
      else if (!state.has(next)) visit(next);
    }
    state.set(id, 2);
  };
  for (const id of Object.keys(compose.services)) if (!state.has(id)) visit(id);
  return found;
}

describe('exportCompose warnings', () => {
  it('leave out what concerns only the Kubernetes bundle (Helm stub, ExternalName, stand-in ports)', () => {
    const map: WardleyMap = {
      version: 1,
      title: 'Shop',
      nodes: {
        shopper: { kind: 'user', name: 'Shopper', evolution: 0.5, visibility: 0.95, uses: ['shop'] },
        shop: {
          kind: 'component',
          name: 'Shop',
          evolution: 0.3,
          visibility: 0.7,
          sourcing: 'build',
          uses: ['search', 'mail'],
        },
        search: { kind: 'component', name: 'Search', evolution: 0.6, visibility: 0.4, sourcing: 'buy' },
        mail: { kind: 'component', name: 'Mail', evolution: 0.9, visibility: 0.2, sourcing: 'outsource' },
      },
    };
    const k8sRules = exportKubernetes(map).warnings.map((w) => `${w.rule} ${w.node ?? ''}`);
    expect(k8sRules).toEqual(expect.arrayContaining(['export/no-chart search', 'export/no-host mail']));
    const rules = exportCompose(map).warnings.map((w) => `${w.rule} ${w.node ?? ''}`);
    expect(rules).not.toContain('export/no-chart search');
    expect(rules).not.toContain('export/no-host mail');
    expect(rules.filter((r) => r.startsWith('export/default-port'))).toEqual(['export/default-port shop']);
  });
});

/** What the end-state bundle runs: Deployments with pods, ExternalNames and Helm releases; and what it parks. */
function endState(files: Bundle): { running: string[]; parked: string[] } {
  const [o] = overlaysOf(files);
  if (o === undefined) throw new Error('no overlay');
  const deployments = o.objects.filter((x) => x.kind === 'Deployment');
  const parked = deployments.filter((x) => x.spec?.['replicas'] === 0).map((x) => x.metadata.name);
  const running = [
    ...deployments.filter((x) => x.spec?.['replicas'] !== 0).map((x) => x.metadata.name),
    ...o.objects.filter((x) => x.kind === 'Service' && x.spec?.['type'] === 'ExternalName').map((x) => x.metadata.name),
    ...o.releases.keys(),
  ];
  return { running: [...new Set(running)].sort(), parked: parked.sort() };
}

/** What `docker compose up` starts (no profile), and what only `--profile parked` does. */
function composeState(compose: Compose): { running: string[]; parked: string[] } {
  const entries = Object.entries(compose.services);
  return {
    running: entries
      .filter(([, s]) => s.profiles === undefined)
      .map(([id]) => id)
      .sort(),
    parked: entries
      .filter(([, s]) => s.profiles?.includes(PARKED_PROFILE) === true)
      .map(([id]) => id)
      .sort(),
  };
}

/** Problems: compose and the end-state bundle disagree on what runs, or a started service waits for a parked one. */
function composeVsEnd(map: WardleyMap): string[] {
  const compose = composeOf(exportCompose(map).files[COMPOSE_FILE]);
  const out: string[] = [];
  const c = composeState(compose);
  const end = endState(exportKubernetes(map, { phase: 'last' }).files);
  if (JSON.stringify(c) !== JSON.stringify(end))
    out.push(`compose ${JSON.stringify(c)} != end-state bundle ${JSON.stringify(end)}`);
  for (const id of c.running)
    for (const to of Object.keys(compose.services[id]?.depends_on ?? {}))
      if (c.parked.includes(to)) out.push(`${id} waits for parked ${to}`);
  out.push(...validator.compose(compose).map((e) => `schema: ${e}`));
  return out;
}

describe('exportCompose and the end-state bundle tell one story', () => {
  const seed = loadMap('test/fixtures/system/conference-seed.yaml');

  it('leaves out of `docker compose up` the service the end state parks (Scheduling of the drawn conference map)', () => {
    const compose = composeOf(exportCompose(seed).files[COMPOSE_FILE]);
    expect(compose.services['scheduling']?.profiles).toEqual(['parked']);
    expect(compose.services['scheduling']?.labels?.['mapwright.dev/parked']).toContain(
      'nothing on the map calls it after the monolith retired',
    );
    expect(composeState(compose)).toEqual({ running: ['ticketing', 'video-streaming'], parked: ['scheduling'] });
    expect(composeVsEnd(seed)).toEqual([]);
    // With a caller after the retirement it runs in both.
    const called: WardleyMap = structuredClone(seed);
    called.nodes['ticketing'] = { ...called.nodes['ticketing']!, uses: ['scheduling'] };
    expect(composeState(composeOf(exportCompose(called).files[COMPOSE_FILE])).parked).toEqual([]);
    expect(composeVsEnd(called)).toEqual([]);
  });

  it.each(readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml')))('holds for maps/%s', (file) => {
    expect(composeVsEnd(loadMap(`maps/${file}`))).toEqual([]);
  });

  it('holds for random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 6 }), (map) => {
        expect(composeVsEnd(map)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
