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

function disagreements(map: WardleyMap, options: KubernetesOptions): string[] {
  const out: string[] = [];
  for (const phase of extractionPhases(map).phases) {
    const files = exportKubernetes(map, { ...options, phase: phase.index }).files;
    const readme = readmeRows(files['README.md'] ?? '');
    const [o] = overlaysOf(files);
    for (const r of o?.routes ?? []) {
      const objects = r.backends.map((b) => `${b.service}:${b.port} ${b.weight}`);
      if (JSON.stringify(readme.get(r.path)) !== JSON.stringify(objects))
        out.push(
          `phase ${phase.index} ${r.path}: README ${readme.get(r.path)?.join(', ')}, objects ${objects.join(', ')}`,
        );
    }
  }
  return out;
}

const seed = loadMap('test/fixtures/system/conference-seed.yaml');
const hie = loadMap('maps/hie-monolith.yaml');
// hie without its ingress-nginx facade: the platform's Gateway fronts it.
const hieAtGateway: WardleyMap = structuredClone(hie);
delete hieAtGateway.deployment?.facade;

describe("the bundle README's routing table is what its route objects do", () => {
  it.each([
    ['the conference map behind the Gateway', seed, {}],
    ['the conference map with plain Ingresses', seed, { ingress: true }],
    ['hie behind ingress-nginx', hie, {}],
    ['hie behind the Gateway', hieAtGateway, {}],
    ['hie with plain Ingresses', hieAtGateway, { ingress: true }],
  ] as const)('%s, every phase', (_name, map, options) => {
    expect(disagreements(map, options)).toEqual([]);
  });

  it('says plain Ingresses cannot split, and warns where the plan splits', () => {
    const { files, warnings } = exportKubernetes(seed, { phase: 1, ingress: true });
    expect(files['README.md']).toContain('Routes are plain Ingresses (`--ingress`)');
    expect(files['README.md']).not.toContain('The facade is the Gateway API gateway');
    expect(warnings.map((w) => w.rule)).toContain('export/ingress-no-split');
    expect(exportKubernetes(seed, { phase: 1 }).warnings.map((w) => w.rule)).not.toContain('export/ingress-no-split');
  });

  it("gives the map's sourcing of what a phase does not deploy (still inside, or retired)", () => {
    const first = exportKubernetes(seed, { phase: 0 }).files['README.md'] ?? '';
    expect(first).toContain('| `scheduling` | Scheduling | build | nothing: still inside conference at phase 0 |');
    expect(first).toContain('| `ticketing` | Ticketing | buy | nothing: still inside conference at phase 0 |');
    const last = exportKubernetes(seed, { phase: 'last' }).files['README.md'] ?? '';
    expect(last).toMatch(/\| `conference` \| Conference monolith \| build \| nothing: retired by phase \d+ \|/);
  });
});
