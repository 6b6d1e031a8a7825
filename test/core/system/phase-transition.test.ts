// Phase k applied over phase k-1 is safe, for every example map, the hint-free conference map
// and random maps, under every strategy: the bundle README's "apply the phases in order" holds.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { STRATEGIES, type Strategy } from '../../../core/plan/index.ts';
import { arbitraryMap } from '../plan/arbitrary-map.ts';
import { loadMap, ROOT } from '../plan/load-map.ts';
import { lastPhase } from './phase-invariants.ts';
import { transitionProblems } from './phase-transition.ts';

function everyStep(map: WardleyMap, strategies: readonly Strategy[] = STRATEGIES): string[] {
  const out: string[] = [];
  for (const strategy of strategies) {
    let before = exportKubernetes(map, { phase: 0, strategy }).files;
    for (let k = 1; k <= lastPhase(map, strategy); k++) {
      const after = exportKubernetes(map, { phase: k, strategy }).files;
      out.push(...transitionProblems(before, after).map((p) => `${strategy} ${k - 1}→${k}: ${p}`));
      before = after;
    }
  }
  return out;
}

const examples = readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml'));

describe('applying phase k over phase k-1', () => {
  it.each(examples)('is safe for maps/%s', (file) => {
    expect(everyStep(loadMap(`maps/${file}`))).toEqual([]);
  });

  it('is safe for the conference map drawn in the app with no hints', () => {
    expect(everyStep(loadMap('test/fixtures/system/conference-seed.yaml'))).toEqual([]);
  });

  it('is safe for random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 6 }), (map) => {
        expect(everyStep(map, ['dependencies-first'])).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('catches an unsafe step (the checks can fail)', () => {
    const map = loadMap('maps/hie-monolith.yaml');
    // Skipping straight from today to the end state moves every path whole to services that
    // were not running, removes the monolith while it serves them and cuts its calls.
    const problems = transitionProblems(
      exportKubernetes(map, { phase: 0 }).files,
      exportKubernetes(map, { phase: 'last' }).files,
    ).join('\n');
    expect(problems).toContain('which was not running before');
    // A phase whose policies forget the monolith's calls cuts them while it still runs.
    const one = exportKubernetes(map, { phase: 1 }).files;
    const two = exportKubernetes(map, { phase: 2 }).files;
    const deaf = Object.fromEntries(
      Object.entries(two).map(([f, t]) => [
        f,
        f === 'base/legacy-hie.yaml'
          ? t
              .split('\n---\n')
              .filter((d) => !d.includes('kind: NetworkPolicy'))
              .join('\n---\n')
          : t,
      ]),
    );
    expect(transitionProblems(one, two)).toEqual([]);
    expect(transitionProblems(one, deaf).join('\n')).toMatch(/call \S+>legacy-hie:8080 is cut/);
    // The clean-up phase is what makes removing the monolith safe, whatever the order of applying:
    // retiring it straight after the last extraction would remove it while it serves a canary.
    const last = exportKubernetes(map, { phase: 'last' }).files;
    const end = lastPhase(map, 'dependencies-first');
    const cleanUp = exportKubernetes(map, { phase: end - 1 }).files;
    const lastExtraction = exportKubernetes(map, { phase: end - 2 }).files;
    expect(transitionProblems(cleanUp, last)).toEqual([]);
    expect(transitionProblems(lastExtraction, last).join('\n')).toContain('legacy-hie removed while it still served');
  });
});
