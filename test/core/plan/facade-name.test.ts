// The plan and the bundle tell one story about the facade: the Mermaid flowchart, the Markdown
// plan's first task, the plan's JSON and the Kubernetes bundle (its routes' parent Gateway, its
// README) all name the same facade. The flowchart named it "<monolith>-facade", a name that is in
// no manifest and in no other output.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import { extractionPhases, planJson, planMarkdown, planMermaid } from '../../../core/plan/index.ts';
import { loadMap } from './load-map.ts';

const SEED = 'test/fixtures/system/conference-seed.yaml';

/** The names of the Gateways the bundle's HTTPRoutes attach to. */
function parentGateways(files: Record<string, string>): Set<string> {
  const names = new Set<string>();
  for (const [path, text] of Object.entries(files)) {
    if (!path.endsWith('.yaml')) continue;
    for (const doc of text.split(/^---$/m)) {
      const manifest = parse(doc) as {
        kind?: string;
        spec?: { parentRefs?: { kind?: string; name: string }[] };
      } | null;
      if (manifest?.kind !== 'HTTPRoute') continue;
      for (const ref of manifest.spec?.parentRefs ?? []) if (ref.kind === 'Gateway') names.add(ref.name);
    }
  }
  return names;
}

describe('the facade has one name in every output', () => {
  it("on the seed map (no deployment hints): the bundle's Gateway, in the flowchart, the Markdown and the JSON", () => {
    const map = loadMap(SEED);
    const bundle = exportKubernetes(map, { phase: 'last' }).files;
    const gateways = parentGateways(bundle);
    expect(gateways.size).toBe(1);
    const [gateway] = [...gateways] as [string];
    expect(bundle['README.md']).toContain(`/${gateway}\``);
    const plan = extractionPhases(map);
    expect(planMermaid(plan)).toContain(`facade["Facade ${gateway}"]`);
    expect(planMarkdown(plan)).toContain(`put the facade (${gateway})`);
    expect((JSON.parse(planJson(plan)) as { facade: { name: string } }).facade.name).toBe(gateway);
  });

  it('with a Gateway named on the map', () => {
    const map = loadMap(SEED);
    map.deployment = { ...map.deployment, gateway: { name: 'edge', namespace: 'ingress' } };
    expect(parentGateways(exportKubernetes(map, { phase: 'last' }).files)).toEqual(new Set(['edge']));
    const plan = extractionPhases(map);
    expect(planMermaid(plan)).toContain('facade["Facade edge"]');
    expect(planMarkdown(plan)).toContain('put the facade (edge)');
  });

  it('with plain Ingresses: the same words in the flowchart as in the Markdown', () => {
    const plan = extractionPhases(loadMap(SEED), { ingress: true });
    const words = "plain Ingresses of the cluster's default Ingress class";
    expect(planMarkdown(plan)).toContain(`put the facade (${words})`);
    expect(planMermaid(plan)).toContain('facade["Facade plain Ingresses');
  });
});
