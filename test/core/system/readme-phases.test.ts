// The README's worked example of the phase model (section "Phases: the bundle follows the plan")
// says what each `export k8s --phase` of hie deploys; each comment is checked against the bundle
// that command writes, read back from its route objects, so the example cannot go stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import { extractionPhases } from '../../../core/plan/index.ts';
import { loadMap, ROOT } from '../plan/load-map.ts';
import { overlaysOf, type RouteRow } from './bundle-reader.ts';

const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
const section = readme.slice(readme.indexOf('#### Phases: the bundle follows the plan'));
const block = section.slice(section.indexOf('```'), section.indexOf('```', section.indexOf('```') + 3));
const lines = [...block.matchAll(/^npx mapwright export k8s (\S+) -o \S+(?: --phase (\S+))?\s+# (.+)$/gm)].map((m) => ({
  file: m[1] ?? '',
  phase: m[2] ?? '0',
  says: m[3] ?? '',
}));

const MONOLITH = 'legacy-hie';
const hie = loadMap('maps/hie-monolith.yaml');
const plan = extractionPhases(hie);

function routesAt(phase: string): RouteRow[] {
  const files = exportKubernetes(hie, { phase: phase === 'last' ? 'last' : Number(phase) }).files;
  return overlaysOf(files)[0]?.routes ?? [];
}

const toMonolith = (r: RouteRow) => r.backends.some((b) => b.service === MONOLITH);

/** What each comment claims, as a check of the routes it is about. */
const CLAIMS: Record<string, (routes: RouteRow[], phase: string) => boolean> = {
  'today: / and every path → legacy-hie': (routes) =>
    routes.length > 1 && routes.every((r) => r.backends.length === 1 && toMonolith(r) && r.mirror === undefined),
  'the paths moving now: split 90/10 or mirrored': (routes, phase) => {
    const moving = new Set(plan.phases[Number(phase)]!.steps.map((s) => s.node));
    const theirs = routes.filter((r) => r.instance !== undefined && moving.has(r.instance));
    const split = (r: RouteRow) =>
      r.mirror !== undefined || JSON.stringify(r.backends.map((b) => b.weight).sort()) === '[10,90]';
    return theirs.length > 0 && theirs.every(split);
  },
  'clean-up: every path whole, legacy-hie keeps only /': (routes) =>
    routes.every((r) => r.backends.length <= 1 && r.mirror === undefined) &&
    JSON.stringify(routes.filter(toMonolith).map((r) => r.path)) === '["/"]',
  'phase 8: legacy-hie retired, no route to it': (routes) =>
    plan.phases.at(-1)!.index === 8 && routes.length > 0 && !routes.some(toMonolith),
};

describe("the README's worked example of the phases", () => {
  it('shows the hie bundle phase by phase', () => {
    expect(lines.map((l) => l.says)).toEqual(Object.keys(CLAIMS));
  });

  it.each(lines)('export k8s --phase $phase: $says', ({ file, phase, says }) => {
    expect(file).toBe('maps/hie-monolith.yaml');
    expect(CLAIMS[says]?.(routesAt(phase), phase)).toBe(true);
  });

  it('names the clean-up and retirement phases as the plan does', () => {
    expect(section).toContain('(hie: phase 7 cleans up, phase 8 retires `legacy-hie`)');
    expect(plan.phases[7]?.title).toBe('Clean up: every path goes whole to its new service');
    expect(plan.phases[8]?.title).toBe(`Retire ${MONOLITH}`);
  });

  it("quotes hie's own bundle README example", () => {
    const own = exportKubernetes(hie, { phase: 0 }).files['README.md'] ?? '';
    expect(own).toContain(
      '`/api/mpi` goes to legacy-hie in phases 0–1, to legacy-hie, mirrored to patient-index in phase 2, to patient-index from phase 3 on',
    );
    expect(section).toContain(
      'hie: `/api/mpi` goes to legacy-hie in phases 0–1, is mirrored to patient-index in phase 2, and\ngoes to patient-index from phase 3 on',
    );
  });
});
