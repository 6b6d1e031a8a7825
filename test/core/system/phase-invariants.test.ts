// The phase model holds for every example map, the hint-free conference map of seed 003 and
// random maps with a monolith: at every phase, under every strategy, on the emitted files.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WardleyMap } from '../../../core/model/types.ts';
import { STRATEGIES } from '../../../core/plan/index.ts';
import { arbitraryMap } from '../plan/arbitrary-map.ts';
import { loadMap, ROOT } from '../plan/load-map.ts';
import { lastPhase, phaseViolations } from './phase-invariants.ts';

function everyPhase(map: WardleyMap, ingress = false): string[] {
  const out: string[] = [];
  for (const strategy of STRATEGIES)
    for (let k = 0; k <= lastPhase(map, strategy); k++)
      out.push(...phaseViolations(map, strategy, k, ingress).map((v) => `${strategy} ${k}: ${v}`));
  return out;
}

const examples = readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml'));
// The OnlineWardleyMaps fixtures as imported (their .yaml is the importer's output).
const imported = readdirSync(`${ROOT}/test/fixtures/owm`).filter((f) => f.endsWith('.yaml'));

describe('the system after each phase, read back from the bundle', () => {
  it.each(examples)('holds for maps/%s', (file) => {
    expect(everyPhase(loadMap(`maps/${file}`))).toEqual([]);
  });

  it.each(imported)('holds for the OWM map %s as imported', (file) => {
    const map = loadMap(`test/fixtures/owm/${file}`);
    expect(everyPhase(map)).toEqual([]);
    expect(everyPhase(map, true)).toEqual([]);
  });

  it('holds for the conference map drawn in the app with no hints', () => {
    const map = loadMap('test/fixtures/system/conference-seed.yaml');
    expect(lastPhase(map, 'dependencies-first')).toBeGreaterThan(0);
    expect(everyPhase(map)).toEqual([]);
  });

  it('holds for random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 6 }), (map) => {
        expect(everyPhase(map)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  // `plan --ingress` and `export k8s --ingress`: the plan's rows are what the plain Ingresses do
  // (the plan without it printed 90/10 canaries the Ingresses sent whole to the monolith).
  it.each(examples)('holds with plain Ingresses for maps/%s', (file) => {
    expect(everyPhase(loadMap(`maps/${file}`), true)).toEqual([]);
  });

  it('holds with plain Ingresses for the conference map drawn with no hints', () => {
    expect(everyPhase(loadMap('test/fixtures/system/conference-seed.yaml'), true)).toEqual([]);
  });

  // hie has MLLP: at the Gateway its port moves by TCPRoute; plain Ingresses carry no TCP at all.
  it('holds for hie behind the Gateway instead of its ingress-nginx, with and without plain Ingresses', () => {
    const map = loadMap('maps/hie-monolith.yaml');
    delete map.deployment?.facade;
    expect(everyPhase(map)).toEqual([]);
    expect(everyPhase(map, true)).toEqual([]);
  });

  it('holds with plain Ingresses for random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 6 }), (map) => {
        expect(everyPhase(map, true)).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });

  it('catches a bundle that breaks the model (the checks can fail)', () => {
    const map = loadMap('test/fixtures/system/conference-seed.yaml');
    const broken: WardleyMap = structuredClone(map);
    // A second component claiming the path the first one holds is refused by the exporter, so
    // break the map instead: the users now reach a component nobody can route to (duplicate path).
    broken.nodes['scheduling'] = { ...broken.nodes['scheduling']!, plan: { paths: ['/ticketing'] } };
    broken.nodes['buy-ticket'] = { ...broken.nodes['buy-ticket']!, uses: ['ticketing', 'scheduling'] };
    expect(phaseViolations(broken, 'dependencies-first', 0).join('\n')).toContain('served by no route');
  });
});
