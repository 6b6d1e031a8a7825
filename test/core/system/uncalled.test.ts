// Nothing runs unreachable without a word: a built or bought workload whose NetworkPolicy admits
// nothing (no route, no deployed caller) is named by `export/uncalled` and in the bundle README,
// unless the retirement parks it (its own warning) or it is the facade itself. The OWM tea shop,
// read side by side, deployed Kettle (used on the map only by Hot Water, which has no sourcing
// decision) with `ingress: []` and said nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases } from '../../../core/plan/index.ts';
import { facadeOfMap } from '../../../core/system/index.ts';
import { arbitraryMap } from '../plan/arbitrary-map.ts';
import { everyExampleMapFile, loadMap } from '../plan/load-map.ts';
import { overlaysOf } from './bundle-reader.ts';
import { policies } from './flow-checks.ts';

/** Workloads with pods whose policy admits nothing, not named by a warning, at every phase. */
function silent(map: WardleyMap): string[] {
  const out: string[] = [];
  const last = Math.max(0, extractionPhases(map).phases.length - 1);
  const facade = facadeOfMap(map);
  for (let k = 0; k <= last; k++) {
    const { files, warnings } = exportKubernetes(map, { phase: k });
    const named = new Set(
      warnings
        .filter((w) => w.rule === 'export/uncalled' || w.rule === 'export/unreached-after-retirement')
        .map((w) => w.node),
    );
    const o = overlaysOf(files)[0];
    if (o === undefined) continue;
    const parked = new Set(
      o.objects.filter((x) => x.kind === 'Deployment' && x.spec?.['replicas'] === 0).map((x) => x.metadata.name),
    );
    for (const p of policies(o)) {
      const closed = (p.spec.ingress ?? []).length === 0;
      const front = facade.kind === 'controller' && p.self === facade.id;
      if (closed && !front && !parked.has(p.self) && !named.has(p.self))
        out.push(`phase ${k}: ${p.self} admits nothing, no warning`);
    }
    const readme = files['README.md'] ?? '';
    for (const w of warnings.filter((x) => x.rule === 'export/uncalled'))
      if (!readme.includes(`| \`${w.node ?? ''}\` (`)) out.push(`phase ${k}: ${w.node} warned, not in the README`);
  }
  return out;
}

const files = everyExampleMapFile();

describe('a workload nothing reaches is said, not deployed in silence', () => {
  it('names Kettle of the OWM tea shop and the component that would call it', () => {
    const { files: bundle, warnings } = exportKubernetes(loadMap('test/fixtures/owm/tea-shop.yaml'));
    expect(warnings.find((w) => w.rule === 'export/uncalled')).toMatchObject({
      node: 'kettle',
      message: expect.stringContaining(
        'on the map Hot Water uses it and runs nothing in this phase (no sourcing decision, or not deployed yet)',
      ),
    });
    expect(bundle['README.md']).toContain('### Reached by nothing in this phase');
    expect(bundle['README.md']).toContain(
      '| `kettle` (Kettle) | `hot-water` | Deployment; its NetworkPolicy admits nothing |',
    );
  });

  it('says nothing once the map gives Hot Water a sourcing decision', () => {
    const map = loadMap('test/fixtures/owm/tea-shop.yaml');
    map.nodes['hot-water'] = { ...map.nodes['hot-water']!, sourcing: 'build' } as WardleyMap['nodes'][string];
    map.nodes['cup-of-tea'] = { ...map.nodes['cup-of-tea']!, sourcing: 'build' } as WardleyMap['nodes'][string];
    const { warnings } = exportKubernetes(map);
    expect(warnings.filter((w) => w.rule === 'export/uncalled')).toEqual([]);
  });

  it.each(files)('%s: every closed workload is named, at every phase', (file) => {
    expect(silent(loadMap(file))).toEqual([]);
  });

  it('holds for random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 5 }), (map) => {
        expect(silent(map)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
