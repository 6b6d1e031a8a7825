// An ingress controller other than ingress-nginx named as the facade has no documented way to
// carry TCP. Then nothing claims a facade port: no stream rows in the plan or the bundle, no text
// naming a port that nothing opens; the plan intercepts with a router at the monolith's listener
// and says what the platform team must add, and the bundle README lists the listeners left closed.
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, planMarkdown } from '../../../core/plan/index.ts';
import { component, smallMap } from '../plan/small-map.ts';
import { overlaysOf } from './bundle-reader.ts';
import { policies } from './flow-checks.ts';
import { behindController, facadeNode } from './facade-fixture.ts';
import { bundleViolations } from './phase-invariants.ts';

function labMap(chart: string): WardleyMap {
  const map = smallMap(
    { results: component({ name: 'Results', deploy: { port: 8080, protocol: 'mllp' } }) },
    { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } },
  );
  return behindController(map, facadeNode({ name: chart, repository: 'https://charts.example', version: '1.0.0' }));
}

describe('MLLP behind an ingress controller that cannot carry TCP (traefik named as facade)', () => {
  const map = labMap('traefik');
  const plan = extractionPhases(map);
  const md = planMarkdown(plan);
  const k = plan.phases.find((p) => p.steps.some((s) => s.node === 'results'))!.index;

  it('the plan has no stream rows and names no port: a router at the monolith, and what to add', () => {
    expect(plan.phases.flatMap((p) => p.streams ?? [])).toEqual([]);
    expect(md).not.toContain('2575');
    expect(md).not.toContain("the facade's MLLP port");
    const prepare = plan.phases[0]!.tasks.join('\n');
    expect(prepare).toContain("put an MLLP router in front of mono's listener");
    expect(prepare).toContain("the facade has no TCP exposure for results's listener");
    expect(prepare).toContain('a TCP listener on a Gateway API gateway with a TCPRoute');
    const interceptor = plan.scaffolds.find((s) => s.kind === 'interceptor')!;
    expect(JSON.stringify(interceptor)).toContain('the facade edge carries HTTP only');
  });

  it('the bundle opens no stream port, lists the closed listener and what the platform team adds', () => {
    for (const phase of [0, k, k + 1]) {
      const { files } = exportKubernetes(map, { phase });
      const [o] = overlaysOf(files);
      expect(o!.streams).toEqual([]);
      expect(o!.objects.filter((x) => x.kind === 'TCPRoute')).toEqual([]);
      const admitted = policies(o!).flatMap((p) => (p.spec.ingress ?? []).flatMap((r) => r.ports ?? []));
      expect(admitted.map((p) => p.port)).not.toContain(2575);
      const readme = files['README.md']!;
      expect(readme).toContain('### Stream ports (TCP, MLLP): not exposed');
      const closed = readme.slice(readme.indexOf('not exposed'));
      // The only mention of the port is the table of closed listeners.
      expect(readme.split('2575').length - 1).toBe(closed.split('2575').length - 1);
      expect(bundleViolations(map, plan, files, phase)).toEqual([]);
    }
  });

  it('ingress-nginx as facade carries it: the facade port is named and the README has no closed section', () => {
    const nginx = labMap('ingress-nginx');
    const p = extractionPhases(nginx);
    expect(p.phases[0]!.streams?.map((s) => s.port)).toEqual([2575]);
    expect(planMarkdown(p)).toContain("open the facade's MLLP port 2575");
    expect(exportKubernetes(nginx, { phase: 0 }).files['README.md']).not.toContain('not exposed');
  });
});

// Plain Ingresses (`--ingress`) carry HTTP only, like that controller. The plan with --ingress
// used to keep the Gateway's 90/10 stream rows while the bundle opened no port, and the listener
// admitted the gateway namespace with nothing routed to it.
describe('MLLP with plain Ingresses (--ingress)', () => {
  const map = smallMap(
    { results: component({ name: 'Results', deploy: { port: 8080, protocol: 'mllp' } }) },
    { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } },
  );
  const plan = extractionPhases(map, { ingress: true });
  const k = plan.phases.find((p) => p.steps.some((s) => s.node === 'results'))!.index;

  it('the plan has no stream rows and says what the platform team must add', () => {
    expect(plan.phases.flatMap((p) => p.streams ?? [])).toEqual([]);
    expect(planMarkdown(plan)).not.toContain("the facade's MLLP port");
    const interceptor = plan.scaffolds.find((s) => s.kind === 'interceptor')!;
    expect(JSON.stringify(interceptor)).toContain('a plain Ingress (`--ingress`) carries HTTP only');
  });

  it('the bundle opens no stream port and lists the closed listener, at every phase', () => {
    for (const phase of [0, k, k + 1]) {
      const { files } = exportKubernetes(map, { phase, ingress: true });
      const [o] = overlaysOf(files);
      expect(o!.streams).toEqual([]);
      const admitted = policies(o!).flatMap((p) => (p.spec.ingress ?? []).flatMap((r) => r.ports ?? []));
      expect(admitted.map((p) => p.port)).not.toContain(2575);
      expect(files['README.md']).toContain('Plain Ingresses (`--ingress`) cannot carry TCP');
      expect(bundleViolations(map, plan, files, phase)).toEqual([]);
    }
  });
});
