// The bundle README's worked example of the phase model is what the bundles of the phases do: the
// path it follows is routed, phase by phase, as the sentence says (read back from each phase's
// route objects), and the monolith's catch-all is there until the phase that retires it.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { extractionPhases } from '../../../../core/plan/index.ts';
import { arbitraryMap } from '../../plan/arbitrary-map.ts';
import { loadMap, ROOT } from '../../plan/load-map.ts';
import { overlaysOf, type RouteRow } from '../../system/bundle-reader.ts';

const EXAMPLE =
  /^Worked example from this map's plan: `([^`]+)` goes (.*?)\.( The catch-all `([^`]+)` goes to (.+) until phase (\d+) retires it\.)?$/m;
const SPAN = /to (.+?) (?:in phase (\d+)|in phases (\d+)–(\d+)|from phase (\d+) on)(?:, |$)/g;

/** A route read back from the objects, in the example's words (states are not in the objects). */
function spoken(r: RouteRow | undefined): string {
  if (r === undefined) return 'no route';
  if (r.redirect !== undefined) return `a redirect to ${r.redirect}`;
  const to = r.backends.map((b) => (r.backends.length > 1 ? `${b.service} ${b.weight}%` : b.service)).join(', ');
  return r.mirror !== undefined ? `${to}, mirrored to ${r.mirror.service}` : to;
}

/** Phase → what the sentence says the path goes to (notes in parentheses dropped). */
function claims(text: string, last: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of text.matchAll(SPAN)) {
    const said = (m[1] ?? '').replace(/ \((canary|[a-z0-9-]+ staged beside it)\)$/, '');
    const [from, to] = m[2] !== undefined ? [m[2], m[2]] : m[3] !== undefined ? [m[3], m[4]] : [m[5], String(last)];
    for (let k = Number(from); k <= Number(to); k++) out.set(k, said);
  }
  return out;
}

function problems(map: WardleyMap): string[] {
  const plan = extractionPhases(map);
  if (plan.phases.length === 0) return [];
  const last = plan.phases.at(-1)!.index;
  const readme = exportKubernetes(map, { phase: 0 }).files['README.md'] ?? '';
  const m = EXAMPLE.exec(readme);
  const moved = plan.phases.some((p) => p.routes.some((r) => r.node !== undefined && r.state !== 'monolith'));
  if (m === null) return moved ? ['no worked example though the plan moves a routed component'] : [];
  const [, path = '', spans = '', , catchAll, owner, retired] = m;
  const said = claims(spans, last);
  const out: string[] = [];
  if (said.size !== last + 1) out.push(`the example covers ${said.size} of ${last + 1} phases`);
  for (let k = 0; k <= last; k++) {
    const files = exportKubernetes(map, { phase: k }).files;
    if (!(files['README.md'] ?? '').includes(m[0])) out.push(`phase ${k}: README has another example`);
    const routes = overlaysOf(files)[0]?.routes ?? [];
    const does = spoken(routes.find((r) => r.path === path));
    if (said.get(k) !== does) out.push(`phase ${k}: example says ${path} → ${said.get(k)}, the bundle → ${does}`);
    if (catchAll === undefined) continue;
    const all = spoken(routes.find((r) => r.path === catchAll));
    const want = k < Number(retired) ? owner : 'no route';
    if (all !== want) out.push(`phase ${k}: example says ${catchAll} → ${want}, the bundle → ${all}`);
  }
  return out;
}

const examples = readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml'));

describe("the bundle README's worked example of the phase model", () => {
  it.each([...examples.map((f) => `maps/${f}`), 'test/fixtures/system/conference-seed.yaml'])(
    'is what the bundles of %s do, phase by phase',
    (file) => {
      expect(problems(loadMap(file))).toEqual([]);
    },
  );

  it('follows a canary on the drawn conference map and a mirror on hie', () => {
    const seed = exportKubernetes(loadMap('test/fixtures/system/conference-seed.yaml'), { phase: 0 });
    expect(seed.files['README.md']).toContain(
      "Worked example from this map's plan: `/ticketing` goes to conference in phase 0, to conference 90%, ticketing 10% (canary) in phase 1, to ticketing from phase 2 on. The catch-all `/` goes to conference until phase 3 retires it.",
    );
    const hie = exportKubernetes(loadMap('maps/hie-monolith.yaml'), { phase: 'last' });
    expect(hie.files['README.md']).toContain('to legacy-hie, mirrored to patient-index in phase 2');
  });

  it('is what the bundles of random maps with a monolith do', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 5 }), (map) => {
        expect(problems(map)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
