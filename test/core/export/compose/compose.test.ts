// The docker-compose export: valid against the Compose Specification schema, wired as the map
// says, stand-ins for what is bought or outsourced, and safe with hostile names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPOSE_FILE, exportCompose } from '../../../../core/export/compose/index.ts';
import { schemaValidator } from '../../../support/k8s-schemas.ts';
import { conferenceMini } from '../k8s/fixture.ts';
import { randomMap } from '../k8s/random-map.ts';

const validator = schemaValidator();

type Compose = {
  name: string;
  services: Record<
    string,
    {
      image: string;
      environment?: Record<string, string>;
      ports?: string[];
      depends_on?: string[];
      labels?: Record<string, string>;
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
    expect(compose.services['portal']?.depends_on).toEqual(['scheduling', 'search']);
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
});
