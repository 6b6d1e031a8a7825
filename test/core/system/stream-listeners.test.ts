// One Gateway shared by several environments: two TCP listeners of one Gateway cannot hold the
// same port, so each namespace gets its own facade port for a stream. prod keeps the registered
// port; the plan's rows, its Markdown and the bundle README name the same port per namespace,
// whichever environment is exported.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, planJson, planMarkdown } from '../../../core/plan/index.ts';
import { listenerPorts } from '../../../core/system/stream-listeners.ts';
import { loadMap, ROOT } from '../plan/load-map.ts';
import { component, smallMap } from '../plan/small-map.ts';

function behindGateway(map: WardleyMap): WardleyMap {
  const copy = structuredClone(map);
  delete copy.deployment?.facade;
  return copy;
}

const hie = behindGateway(loadMap('maps/hie-monolith.yaml'));
const EACH = [
  { namespace: 'hie-prod', port: 2575 },
  { namespace: 'hie-test', port: 2576 },
];

/** The `port:` lines of the README's listener YAML block for one namespace. */
function listenerPortsIn(readme: string, namespace: string): string[] {
  const start = readme.indexOf(`for \`${namespace}\`:`);
  const block = readme.slice(start, readme.indexOf('```\n', readme.indexOf('```yaml', start) + 7));
  return [...block.matchAll(/^ {2}port: (\d+)$/gm)].map((m) => m[1]!);
}

describe('MLLP at a Gateway shared by hie-test and hie-prod', () => {
  const plan = extractionPhases(hie);

  it('gives each namespace its own facade port in every plan row, prod keeping 2575', () => {
    const rows = plan.phases.flatMap((p) => p.streams ?? []);
    expect(rows.length).toBe(plan.phases.length);
    for (const r of rows) expect(r.listeners).toEqual(EACH);
    expect(planMarkdown(plan)).toContain('port 2575 (MLLP; hie-prod: 2575, hie-test: 2576)');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'schema/plan.schema.json'), 'utf8')) as object);
    expect(validate(JSON.parse(planJson(plan))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the bundle README shows the same port in each namespace’s listener, also when one environment is exported', () => {
    for (const env of [undefined, 'test', 'prod']) {
      const { files } = exportKubernetes(hie, { phase: 1, ...(env === undefined ? {} : { env }) });
      const readme = files['README.md']!;
      if (env !== 'prod') expect(listenerPortsIn(readme, 'hie-test')).toEqual(['2576']);
      if (env !== 'test') expect(listenerPortsIn(readme, 'hie-prod')).toEqual(['2575']);
      expect(readme).toContain('| facade port per namespace |');
      expect(readme).toContain('`hie-prod`: 2575, `hie-test`: 2576 |');
    }
  });

  it('behind ingress-nginx each namespace has its own controller: no per-namespace ports', () => {
    const nginx = extractionPhases(loadMap('maps/hie-monolith.yaml'));
    for (const r of nginx.phases.flatMap((p) => p.streams ?? [])) expect(r.listeners).toBeUndefined();
  });
});

describe('listenerPorts', () => {
  it('never gives two namespaces one port, nor a port a Service of the map uses', () => {
    const map = smallMap(
      {
        a: component({ deploy: { port: 2577, protocol: 'mllp' } }),
        b: component({ deploy: { port: 8080, protocol: 'tcp', streamPort: 2576 } }),
      },
      { mono: { sourcing: 'build', deploy: { port: 2578 } } },
    );
    const shared: WardleyMap = {
      ...map,
      deployment: { environments: { prod: {}, test: {}, dev: { namespace: 'sandbox' } } },
    };
    const ports = listenerPorts(shared, [2575, 2576]);
    expect([...ports.get(2575)!]).toEqual([
      ['mapwright-prod', 2575],
      ['sandbox', 2579],
      ['mapwright-test', 2581],
    ]);
    expect([...ports.get(2576)!]).toEqual([
      ['mapwright-prod', 2576],
      ['sandbox', 2580],
      ['mapwright-test', 2582],
    ]);
  });

  it('with one environment the rows carry no listeners', () => {
    const map = smallMap({ a: component({ deploy: { port: 8080, protocol: 'mllp' } }) }, { user: true });
    const rows = extractionPhases(map).phases.flatMap((p) => p.streams ?? []);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.listeners).toBeUndefined();
  });
});
