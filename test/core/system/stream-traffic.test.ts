// MLLP/TCP traffic (hie's clinical-messaging, `deploy.protocol: mllp`) is carried by the facade on
// a port of its own, phase by phase: to the monolith until the component's phase, then to the new
// service. Behind ingress-nginx by the release's `tcp:` values, behind a Gateway by a TCPRoute.
// The plan's stream rows are the bundle's, every object is schema-valid, and the checks can fail.
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../core/export/bundle.ts';
import { exportCompose } from '../../../core/export/compose/index.ts';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, planMarkdown, routeFiles, type Plan } from '../../../core/plan/index.ts';
import { facadeOfMap } from '../../../core/system/index.ts';
import { schemaValidator } from '../../support/k8s-schemas.ts';
import { bundleObjects } from '../export/k8s/bundle-objects.ts';
import { loadMap } from '../plan/load-map.ts';
import { component, smallMap } from '../plan/small-map.ts';
import { overlaysOf } from './bundle-reader.ts';
import { bundleViolations } from './phase-invariants.ts';
import { transitionProblems } from './phase-transition.ts';

const validator = schemaValidator();

function behindGateway(map: WardleyMap): WardleyMap {
  const copy = structuredClone(map);
  delete copy.deployment?.facade;
  return copy;
}

/** Backend of port 2575 in every phase, as the plan and as the first overlay of the bundle say. */
function mllpBackends(map: WardleyMap, plan: Plan): { plan: string[]; bundle: string[] } {
  const out = { plan: [] as string[], bundle: [] as string[] };
  const show = (bs: readonly { service: string; weight: number }[]): string =>
    bs.map((b) => `${b.service}:${b.weight}`).join(',');
  for (const p of plan.phases) {
    out.plan.push(show(p.streams?.find((s) => s.port === 2575)?.backends ?? []));
    const o = overlaysOf(exportKubernetes(map, { phase: p.index }).files)[0]!;
    out.bundle.push(show(o.streams.find((s) => s.port === 2575)?.backends ?? []));
  }
  return out;
}

function phaseOf(plan: Plan, node: string): number {
  return plan.phases.find((p) => p.steps.some((s) => s.node === node))?.index ?? -1;
}

describe('MLLP of the hie map behind its ingress-nginx facade', () => {
  const map = loadMap('maps/hie-monolith.yaml');
  const plan = extractionPhases(map);
  const k = phaseOf(plan, 'clinical-messaging');

  it('goes to the monolith until clinical-messaging has run a phase, then to it; plan and bundle agree', () => {
    expect(k).toBeGreaterThan(0);
    const { plan: rows, bundle } = mllpBackends(map, plan);
    const expected = plan.phases.map((p) => (p.index <= k ? 'legacy-hie:100' : 'clinical-messaging:100'));
    expect(rows).toEqual(expected);
    expect(bundle).toEqual(expected);
  });

  it('the release values, Services and policies carry port 2575', () => {
    const { files } = exportKubernetes(map, { phase: k + 1 });
    expect(files['helmfile.yaml']).toContain('"2575": hie-prod/clinical-messaging:2575');
    const o = overlaysOf(files)[0]!;
    for (const id of ['legacy-hie', 'clinical-messaging']) {
      const svc = o.objects.find((x) => x.kind === 'Service' && x.metadata.name === id);
      expect((svc?.spec as { ports: { name: string; port: number }[] }).ports).toContainEqual(
        expect.objectContaining({ name: 'mllp-2575', port: 2575 }),
      );
    }
    expect(bundleViolations(map, plan, files, k + 1)).toEqual([]);
    // The controller itself takes connections on the stream port from outside.
    expect(files['base/facade.yaml']).toMatch(/port: 2575/);
  });

  it('the plan Markdown tells how the MLLP senders are cut over', () => {
    const md = planMarkdown(plan);
    expect(md).toContain('## Message senders (TCP, MLLP)');
    expect(md).toContain(`From phase ${k + 1} every connection goes to \`clinical-messaging\`.`);
    expect(md).toContain('| port 2575 (MLLP) | legacy-hie | monolith | `clinical-messaging` |');
    expect(md).toContain(`Up to phase ${k} every connection goes to \`legacy-hie\``);
  });

  it('compose publishes the stream port of the end state', () => {
    const compose = exportCompose(map).files['docker-compose.yaml'] ?? '';
    expect(compose).toContain('127.0.0.1:2575:2575');
  });

  it('the checks fail when the release sends the port to a workload the plan does not', () => {
    const { files } = exportKubernetes(map, { phase: k - 1 });
    const wrong: Bundle = {
      ...files,
      'helmfile.yaml': (files['helmfile.yaml'] ?? '').replaceAll('/legacy-hie:2575', '/clinical-messaging:2575'),
    };
    const problems = bundleViolations(map, plan, wrong, k - 1).join('\n');
    expect(problems).toContain('plan table');
  });
});

describe('MLLP of the hie map behind a Gateway API facade', () => {
  const map = behindGateway(loadMap('maps/hie-monolith.yaml'));
  const plan = extractionPhases(map);
  const k = phaseOf(plan, 'clinical-messaging');

  it('a TCPRoute per phase: monolith, then 90/10 in the phase, then the new service', () => {
    expect(facadeOfMap(map).kind).toBe('gateway');
    const { plan: rows, bundle } = mllpBackends(map, plan);
    const expected = plan.phases.map((p) =>
      p.index < k ? 'legacy-hie:100' : p.index === k ? 'legacy-hie:90,clinical-messaging:10' : 'clinical-messaging:100',
    );
    expect(rows).toEqual(expected);
    expect(bundle).toEqual(expected);
  });

  it('every TCPRoute is valid, attached to the namespace listener, and the phase model holds', () => {
    for (const p of plan.phases) {
      const { files } = exportKubernetes(map, { phase: p.index });
      const tcp = bundleObjects(files).filter(({ object }) => object.kind === 'TCPRoute');
      expect(tcp.length).toBeGreaterThan(0);
      for (const { object } of tcp) {
        expect(validator.kubernetes(object)).toEqual([]);
        const ref = (object.spec as { parentRefs: { sectionName: string }[] }).parentRefs[0]!;
        expect(ref.sectionName).toMatch(/^hie-(prod|test)-mllp-2575$/);
      }
      expect(bundleViolations(map, plan, files, p.index)).toEqual([]);
    }
    expect(validator.kubernetes({ apiVersion: 'gateway.networking.k8s.io/v1alpha2', kind: 'TCPRoute' })).not.toEqual(
      [],
    );
  });

  it('each phase applies safely over the one before, and skipping the canary does not', () => {
    let before = exportKubernetes(map, { phase: 0 }).files;
    for (const p of plan.phases.slice(1)) {
      const after = exportKubernetes(map, { phase: p.index }).files;
      expect(transitionProblems(before, after), `phase ${p.index}`).toEqual([]);
      before = after;
    }
    const jump = transitionProblems(
      exportKubernetes(map, { phase: k - 1 }).files,
      exportKubernetes(map, { phase: k + 1 }).files,
    );
    expect(jump.join('\n')).toContain('tcp/2575: all connections move to clinical-messaging');
  });

  it('the checks fail when a listener does not admit the Gateway', () => {
    const { files } = exportKubernetes(map, { phase: k });
    const deaf: Bundle = Object.fromEntries(
      Object.entries(files).map(([f, t]) => [
        f,
        f === 'base/legacy-hie.yaml' ? t.replace(/(\n\s+port: )2575/g, '$12576') : t,
      ]),
    );
    expect(bundleViolations(map, plan, deaf, k).join('\n')).toContain('does not admit the facade on 2575');
  });

  it('plan --routes-dir writes the same TCPRoutes into the environment namespace', () => {
    const facade = facadeOfMap(map);
    const files = routeFiles(plan, { partOf: 'hie', namespace: 'hie-prod', host: 'hie.example', facade });
    const text = files.find((f) => f.path.endsWith(`${String(k).padStart(2, '0')}-tcproute.yaml`))?.text ?? '';
    expect(text).toContain('sectionName: hie-prod-mllp-2575');
    expect(text).toContain('namespace: hie-prod');
    expect(text).toMatch(/name: clinical-messaging\n\s+port: 2575\n\s+weight: 10/);
  });
});

describe('stream ports the map cannot give', () => {
  it('plain TCP needs deploy.streamPort; a port held twice stays with its first holder', () => {
    const map = smallMap(
      {
        feed: component({ name: 'Feed', deploy: { protocol: 'tcp', port: 8080 } }),
        a: component({ name: 'A', deploy: { protocol: 'mllp', port: 8080 } }),
        b: component({ name: 'B', deploy: { protocol: 'mllp', port: 8080 } }),
      },
      { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } },
    );
    const plan = extractionPhases(map);
    const rules = plan.warnings.filter((w) => w.rule === 'plan/stream-port').map((w) => w.message);
    expect(rules.sort()).toEqual([
      'b: port 2575 is already the stream port of a',
      'feed: protocol tcp needs deploy.streamPort',
    ]);
    expect(plan.phases[0]?.streams?.map((s) => s.node)).toEqual(['a']);
  });
});
