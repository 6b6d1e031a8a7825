// The bundle README's routing table is what the overlay's route objects do, read back from them:
// behind the Gateway and ingress-nginx that is the plan's table; with plain Ingresses
// (`--ingress`), which cannot split, it is the one backend each Ingress names. The README used to
// print the plan's 90/10 (and "The facade is the Gateway API gateway") over Ingresses sending
// everything to the monolith.
import { describe, expect, it } from 'vitest';
import { exportKubernetes, type KubernetesOptions } from '../../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { extractionPhases } from '../../../../core/plan/index.ts';
import { loadMap } from '../../plan/load-map.ts';
import { overlaysOf } from '../../system/bundle-reader.ts';

/** path → "service:port weight" backends, from the README's table. */
function readmeRows(readme: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [, path = '', cell = ''] of readme.matchAll(/^\| `([^`]+)` \| [a-z]+ \| (.*) \|$/gm))
    out.set(
      path,
      [...cell.matchAll(/([a-z0-9-]+):(\d+) \((\d+)%\)/g)].map((m) => `${m[1]}:${m[2]} ${m[3]}`),
    );
  return out;
}

/**
 * Per phase and path: the README's backends, the route objects' (read back), and the plan's made
 * with the same options (`plan --ingress` for plain Ingresses) must be the same.
 */
function disagreements(map: WardleyMap, options: KubernetesOptions): string[] {
  const out: string[] = [];
  for (const phase of extractionPhases(map, { ingress: options.ingress === true }).phases) {
    const files = exportKubernetes(map, { ...options, phase: phase.index }).files;
    const readme = readmeRows(files['README.md'] ?? '');
    const [o] = overlaysOf(files);
    const plan = new Map(
      phase.routes.map((r) => [r.path, r.backends.map((b) => `${b.service}:${b.port} ${b.weight}`)] as const),
    );
    for (const r of o?.routes ?? []) {
      const objects = r.backends.map((b) => `${b.service}:${b.port} ${b.weight}`);
      if (JSON.stringify(readme.get(r.path)) !== JSON.stringify(objects))
        out.push(
          `phase ${phase.index} ${r.path}: README ${readme.get(r.path)?.join(', ')}, objects ${objects.join(', ')}`,
        );
      if (JSON.stringify(plan.get(r.path)) !== JSON.stringify(objects))
        out.push(`phase ${phase.index} ${r.path}: plan ${plan.get(r.path)?.join(', ')}, objects ${objects.join(', ')}`);
    }
    const routed = new Set((o?.routes ?? []).map((r) => r.path));
    for (const path of plan.keys())
      if (!routed.has(path)) out.push(`phase ${phase.index} ${path}: in the plan, no route`);
  }
  return out;
}

const seed = loadMap('test/fixtures/system/conference-seed.yaml');
const hie = loadMap('maps/hie-monolith.yaml');
// hie without its ingress-nginx facade: the platform's Gateway fronts it.
const hieAtGateway: WardleyMap = structuredClone(hie);
delete hieAtGateway.deployment?.facade;
// hie behind a controller other than ingress-nginx: its Ingresses cannot split either.
const hieAtTraefik: WardleyMap = structuredClone(hie);
const facadeNode = hieAtTraefik.nodes['facade'];
if (facadeNode?.kind === 'component' && facadeNode.deploy?.chart !== undefined)
  facadeNode.deploy.chart = { ...facadeNode.deploy.chart, name: 'traefik' };

describe("the bundle README's routing table is what its route objects do", () => {
  it.each([
    ['the conference map behind the Gateway', seed, {}],
    ['the conference map with plain Ingresses', seed, { ingress: true }],
    ['hie behind ingress-nginx', hie, {}],
    ['hie behind the Gateway', hieAtGateway, {}],
    ['hie with plain Ingresses', hieAtGateway, { ingress: true }],
    ['hie behind traefik', hieAtTraefik, {}],
  ] as const)('%s, every phase', (_name, map, options) => {
    expect(disagreements(map, options)).toEqual([]);
  });

  it('says plain Ingresses cannot split, and names the plan that says the same (`plan --ingress`)', () => {
    const { files } = exportKubernetes(seed, { phase: 1, ingress: true });
    const readme = files['README.md'] ?? '';
    expect(readme).toContain('Routes are plain Ingresses (`--ingress`)');
    expect(readme).not.toContain('The facade is the Gateway API gateway');
    expect(readme).toContain('of the migration plan (`mapwright plan --ingress`)');
    expect(readme).toContain('their paths stay whole on the monolith in the');
    expect(readme).toContain('| `/ticketing` | staged | conference:8080 (100%) |');
    // The plan without --ingress is the Gateway's: 90/10 in phase 1.
    const gateway = extractionPhases(seed).phases[1]!.routes.find((r) => r.path === '/ticketing');
    expect(gateway?.state).toBe('canary');
    const plain = extractionPhases(seed, { ingress: true }).phases[1]!.routes.find((r) => r.path === '/ticketing');
    expect([plain?.state, plain?.backends]).toEqual(['staged', [{ service: 'conference', port: 8080, weight: 100 }]]);
  });

  it('says what the Ingresses of a controller other than ingress-nginx do, and marks nothing they cannot', () => {
    const plan = extractionPhases(hieAtTraefik);
    const moving = plan.phases.find((p) => p.routes.some((r) => r.state === 'staged'));
    expect(plan.phases.flatMap((p) => p.routes.map((r) => r.state))).not.toContain('canary');
    const { files } = exportKubernetes(hieAtTraefik, { phase: moving?.index ?? 1 });
    expect(files['README.md']).toContain(
      'Its Ingresses cannot split, mirror or redirect: the table says what they do, as `mapwright plan` does',
    );
    // It used to point at an annotation no Ingress carries.
    expect(Object.values(files).join('\n')).not.toContain('gateway-api-only');
  });

  it('says which paths no plain Ingress can serve (a redirect to a managed service)', () => {
    // Ticketing outsourced: the Gateway redirects /ticketing to the provider from its phase on.
    const outsourced: WardleyMap = structuredClone(seed);
    outsourced.nodes['ticketing'] = { ...outsourced.nodes['ticketing']!, sourcing: 'outsource' };
    const plan = extractionPhases(outsourced, { ingress: true });
    expect(plan.warnings.find((w) => w.rule === 'plan/ingress-no-redirect')?.message).toContain(
      'Ticketing: /ticketing move to a managed service in phase 1, and a plain Ingress cannot redirect',
    );
    expect(plan.phases[1]!.routes.map((r) => r.path)).not.toContain('/ticketing');
    const { files, warnings } = exportKubernetes(outsourced, { phase: 1, ingress: true });
    expect(warnings.map((w) => [w.rule, w.node])).toContainEqual(['export/ingress-no-redirect', 'ticketing']);
    expect(files['README.md']).toContain('No Ingress serves `/ticketing` (ticketing.');
    expect(disagreements(outsourced, { ingress: true })).toEqual([]);
    expect(extractionPhases(outsourced).warnings.map((w) => w.rule)).not.toContain('plan/ingress-no-redirect');
  });

  it("gives the map's sourcing of what a phase does not deploy (still inside, or retired)", () => {
    const first = exportKubernetes(seed, { phase: 0 }).files['README.md'] ?? '';
    expect(first).toContain('| `scheduling` | Scheduling | build | nothing: still inside conference at phase 0 |');
    expect(first).toContain('| `ticketing` | Ticketing | buy | nothing: still inside conference at phase 0 |');
    const last = exportKubernetes(seed, { phase: 'last' }).files['README.md'] ?? '';
    expect(last).toMatch(/\| `conference` \| Conference monolith \| build \| nothing: retired by phase \d+ \|/);
  });
});
