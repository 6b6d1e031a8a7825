// After the monolith retires, a component only the monolith's code called (the drawn conference
// map's Scheduling, moved out by branch by abstraction) is reached by nothing on the map. It used
// to be deployed with NetworkPolicy `ingress: []`, an autoscaler of 2..6 and a disruption budget,
// and neither plan nor bundle said a word. Read from the emitted files: every Deployment that
// was called the phase before and still runs pods is reached by something; a parked one (0
// replicas) has no autoscaler left once the README's deletions are run; plan and bundle say why.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../core/export/bundle.ts';
import { exportKubernetes, type KubernetesOptions } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, planMarkdown } from '../../../core/plan/index.ts';
import type { K8sObject } from '../export/k8s/bundle-objects.ts';
import { arbitraryMap } from '../plan/arbitrary-map.ts';
import { loadMap, ROOT } from '../plan/load-map.ts';
import { overlaysOf, type Overlay } from './bundle-reader.ts';
import { drawnConference } from './drawn-conference.ts';
import { policies } from './flow-checks.ts';

const RULE = 'plan/unreached-after-retirement';

function replicasOf(d: K8sObject): number {
  return (d.spec as { replicas?: number }).replicas ?? 1;
}

/** Workloads an overlay's policies admit anything into (a peer in some ingress rule). */
function admitted(o: Overlay): Set<string> {
  const out = new Set<string>();
  for (const { self, spec } of policies(o))
    if ((spec.ingress ?? []).some((r) => (r.from ?? []).length > 0)) out.add(self);
  return out;
}

/** `kubectl delete hpa,pdb -n NS -l app.kubernetes.io/instance=ID` lines of a README. */
function scalingDeletions(readme: string): Set<string> {
  const out = new Set<string>();
  for (const [, ns, id] of readme.matchAll(
    /`kubectl delete [^`]*hpa[^`]* -n (\S+) -l app\.kubernetes\.io\/instance=([^`\s]+)`/g,
  ))
    out.add(`${ns}/${id}`);
  return out;
}

/**
 * Applying the last phase over the one before: a Deployment admitted before and still running
 * pods must be admitted after; an autoscaler must not be left (the README's deletions run)
 * pointing at a Deployment that runs none.
 */
function idleProblems(before: Bundle, after: Bundle): string[] {
  const out: string[] = [];
  const old = overlaysOf(before);
  const deleted = scalingDeletions(after['README.md'] ?? '');
  for (const o of overlaysOf(after)) {
    const prev = old.find((b) => b.dir === o.dir);
    if (prev === undefined) continue;
    const was = admitted(prev);
    const is = admitted(o);
    for (const d of o.objects.filter((x) => x.kind === 'Deployment')) {
      const id = d.metadata.name;
      if (replicasOf(d) > 0 && was.has(id) && !is.has(id))
        out.push(`${o.dir}: ${id} runs ${replicasOf(d)} pods that nothing can reach`);
      if (replicasOf(d) > 0) continue;
      const scalers = [...prev.objects, ...o.objects].filter(
        (x) =>
          x.kind === 'HorizontalPodAutoscaler' &&
          (x.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name === id,
      );
      if (scalers.length > 0 && !deleted.has(`${o.namespace}/${id}`))
        out.push(`${o.dir}: an autoscaler is left on ${id}, which runs no pods`);
    }
  }
  return out;
}

function lastStep(map: WardleyMap, options: KubernetesOptions = {}): string[] {
  const last = extractionPhases(map).phases.at(-1)?.index ?? 0;
  if (last === 0) return [];
  return idleProblems(
    exportKubernetes(map, { ...options, phase: last - 1 }).files,
    exportKubernetes(map, { ...options, phase: last }).files,
  );
}

describe('a component the retirement leaves without a caller', () => {
  const map = drawnConference();

  it('is named by the plan: a warning, a task and a rollback line in the retirement phase', () => {
    const plan = extractionPhases(map);
    const warning = plan.warnings.find((w) => w.rule === RULE);
    expect(warning?.nodes).toEqual(['scheduling']);
    expect(warning?.message).toContain(
      'Scheduling: after Conference monolith retires in phase 3 nothing on the map calls it',
    );
    expect(warning?.message).toContain('its only caller was Conference monolith');
    expect(warning?.message).toContain('Who calls Scheduling after Conference monolith?');
    const retire = plan.phases.at(-1)!;
    expect(retire.title).toBe('Retire conference-monolith');
    expect(retire.tasks.join('\n')).toContain('find who calls Scheduling after Conference monolith');
    expect(retire.rollback.join('\n')).toContain('Scheduling: scale it back to its replicas');
    expect(planMarkdown(plan)).toContain(`\`${RULE}\`: Scheduling: after Conference monolith retires`);
    // Only the retirement phase says it.
    expect(plan.phases.slice(0, -1).some((p) => p.tasks.join(' ').includes('find who calls'))).toBe(false);
  });

  it.each([{}, { ingress: true }])('is parked by the bundle of the retirement phase (%o)', (options) => {
    const { files, warnings } = exportKubernetes(map, { ...options, phase: 'last' });
    for (const o of overlaysOf(files)) {
      const d = o.objects.find((x) => x.kind === 'Deployment' && x.metadata.name === 'scheduling')!;
      expect(replicasOf(d)).toBe(0);
      expect((d.metadata as { annotations?: Record<string, string> }).annotations?.['mapwright.dev/parked']).toContain(
        'nothing on the map calls it',
      );
      expect(o.objects.filter((x) => x.metadata.name === 'scheduling' && /Autoscaler|Disruption/.test(x.kind))).toEqual(
        [],
      );
    }
    expect(warnings.map((w) => [w.rule, w.node])).toContainEqual(['export/unreached-after-retirement', 'scheduling']);
    const readme = files['README.md'] ?? '';
    expect(readme).toContain('### Unreached once the monolith is gone');
    expect(readme).toContain('| `scheduling` (Scheduling) | `conference-monolith` | Deployment at 0 replicas');
    expect(readme).toContain('`kubectl delete hpa,pdb -n mapwright-prod -l app.kubernetes.io/instance=scheduling`');
    expect(readme).toContain('export/unreached-after-retirement: Scheduling: after Conference monolith retires');
    expect(lastStep(map, options)).toEqual([]);
  });

  it('runs as before while the monolith still calls it, and the phases before say nothing', () => {
    const last = extractionPhases(map).phases.at(-1)!.index;
    for (let k = 0; k < last; k++) {
      const { files, warnings } = exportKubernetes(map, { phase: k });
      expect(warnings.map((w) => w.rule)).not.toContain('export/unreached-after-retirement');
      expect(files['README.md']).not.toContain('Unreached once');
    }
    const before = overlaysOf(exportKubernetes(map, { phase: last - 1 }).files)[0]!;
    const d = before.objects.find((x) => x.kind === 'Deployment' && x.metadata.name === 'scheduling')!;
    expect(replicasOf(d)).toBe(2);
    expect(before.objects.some((x) => x.kind === 'HorizontalPodAutoscaler' && x.metadata.name === 'scheduling')).toBe(
      true,
    );
  });

  it('is no longer parked once the map says who calls it', () => {
    // The ticket product calls Scheduling (drawn as one more quick-entry line): it outlives the monolith.
    const called = drawnConference(['Ticketing->Scheduling']);
    expect(extractionPhases(called).warnings.map((w) => w.rule)).not.toContain(RULE);
    const { files } = exportKubernetes(called, { phase: 'last' });
    const d = overlaysOf(files)[0]!.objects.find((x) => x.kind === 'Deployment' && x.metadata.name === 'scheduling')!;
    expect(replicasOf(d)).toBe(2);
    expect(files['README.md']).not.toContain('Unreached once');
  });

  it.each([
    ['inside the monolith', ['Room booking in Conference monolith']],
    ['beside the monolith', []],
  ])('parks what only a parked component calls, %s', (_where, extra) => {
    // Scheduling → Room booking: once Scheduling is parked, nothing running calls Room booking either.
    const chained = drawnConference([
      'component Room booking [0.45, 0.4] (build)',
      'Scheduling->Room booking',
      ...extra,
    ]);
    const plan = extractionPhases(chained);
    const unreached = plan.warnings.filter((w) => w.rule === RULE).flatMap((w) => w.nodes);
    expect(unreached.sort()).toEqual(['room-booking', 'scheduling']);
    const { files } = exportKubernetes(chained, { phase: 'last' });
    for (const id of ['scheduling', 'room-booking']) {
      const d = overlaysOf(files)[0]!.objects.find((x) => x.kind === 'Deployment' && x.metadata.name === id)!;
      expect(replicasOf(d)).toBe(0);
    }
    expect(lastStep(chained)).toEqual([]);
  });

  it('catches a bundle that deploys it unreached (the check can fail)', () => {
    const last = extractionPhases(map).phases.at(-1)!.index;
    const before = exportKubernetes(map, { phase: last - 1 }).files;
    const after = exportKubernetes(map, { phase: last }).files;
    // The old bundle: 2 replicas, and no word in the README.
    const old = {
      ...after,
      'base/scheduling.yaml': (after['base/scheduling.yaml'] ?? '').replace('replicas: 0', 'replicas: 2'),
      'README.md': '',
    };
    expect(idleProblems(before, old)).toEqual(['overlays/prod: scheduling runs 2 pods that nothing can reach']);
    const silent = { ...after, 'README.md': '' };
    expect(idleProblems(before, silent)).toEqual([
      'overlays/prod: an autoscaler is left on scheduling, which runs no pods',
    ]);
  });
});

describe('no pods run unreached after the retirement', () => {
  const examples = readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml'));

  it.each(examples)('maps/%s', (file) => {
    expect(lastStep(loadMap(`maps/${file}`))).toEqual([]);
  });

  it('random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 6 }), (m) => {
        expect(lastStep(m)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
