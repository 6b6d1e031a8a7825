// `plan --team-capacity` / `--max-per-phase` change which components leave in which phase; the
// bundle of phase k must then follow that same plan, or phase 4 of the bundle is not phase 4 of
// the plan a team works from (hie: 8 phases by default, 7 with a team capacity of 1).
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import { extractionPhases, type PlanOptions } from '../../../core/plan/index.ts';
import { loadMap } from '../plan/load-map.ts';
import { bundleViolations } from './phase-invariants.ts';

const hie = loadMap('maps/hie-monolith.yaml');

function everyPhase(options: PlanOptions): string[] {
  const plan = extractionPhases(hie, options);
  const out: string[] = [];
  for (const phase of plan.phases) {
    const { files } = exportKubernetes(hie, { ...options, phase: phase.index });
    out.push(...bundleViolations(hie, plan, files, phase.index).map((v) => `phase ${phase.index}: ${v}`));
  }
  return out;
}

describe('the bundle follows the plan made with the same limits', () => {
  it('differs from the default plan (so the check below can fail)', () => {
    const limited = extractionPhases(hie, { teamCapacity: 1 });
    const byDefault = extractionPhases(hie);
    expect(limited.phases.map((p) => p.title)).not.toEqual(byDefault.phases.map((p) => p.title));
  });

  it.each([{ teamCapacity: 1 }, { maxPerPhase: 1 }, { strategy: 'edge-first' as const, maxPerPhase: 3 }])(
    'every phase of the bundle is that phase of the plan: %o',
    (options) => {
      expect(everyPhase(options)).toEqual([]);
    },
  );

  it('says in its README which plan command prints the plan it follows', () => {
    const { files } = exportKubernetes(hie, { phase: 'last', teamCapacity: 1 });
    const last = extractionPhases(hie, { teamCapacity: 1 }).phases.at(-1)?.index;
    expect(files['README.md']).toContain(
      `phase ${last} of ${last}** of the migration plan (\`mapwright plan --team-capacity 1\`)`,
    );
    expect(exportKubernetes(hie).files['README.md']).toContain('of the migration plan (`mapwright plan`)');
  });
});
