// A phase's rollback restores the phase before it: every path (and stream port) whose routing
// changes in phase k is named by a rollback line of phase k, whether an extraction or a clean-up
// (a canary sent whole, a mirror switched over, a staged cut-over) moved it. Read side by side, the
// plan used to leave out the clean-ups' route moves and the HTTP paths of a message interception.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, STRATEGIES } from '../../../core/plan/index.ts';
import { arbitraryMap } from './arbitrary-map.ts';
import { loadMap, ROOT } from './load-map.ts';

/** Paths and ports that change in a phase and that no rollback line of it names. */
function unrolled(map: WardleyMap): string[] {
  const out: string[] = [];
  for (const strategy of STRATEGIES) {
    const phases = extractionPhases(map, { strategy }).phases;
    for (const [i, phase] of phases.entries()) {
      const before = phases[i - 1];
      if (before === undefined) continue;
      const text = phase.rollback.join('\n');
      const was = new Map(before.routes.map((r) => [r.path, JSON.stringify(r)]));
      for (const r of phase.routes)
        if (r.node !== undefined && was.has(r.path) && was.get(r.path) !== JSON.stringify(r) && !text.includes(r.path))
          out.push(`${strategy} phase ${phase.index}: ${r.path} moves, no rollback names it`);
      const ports = new Map((before.streams ?? []).map((s) => [s.port, JSON.stringify(s.backends)]));
      for (const s of phase.streams ?? [])
        if (ports.has(s.port) && ports.get(s.port) !== JSON.stringify(s.backends) && !text.includes(`${s.port}`))
          out.push(`${strategy} phase ${phase.index}: port ${s.port} moves, no rollback names it`);
    }
  }
  return out;
}

const examples = readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml'));

describe("a phase's rollback undoes every route move of the phase", () => {
  it.each([...examples.map((f) => `maps/${f}`), 'test/fixtures/system/conference-seed.yaml'])('%s', (file) => {
    expect(unrolled(loadMap(file))).toEqual([]);
  });

  it('names the previous routing of a canary the clean-up phase sends whole', () => {
    const plan = extractionPhases(loadMap('test/fixtures/system/conference-seed.yaml'));
    const cleanUp = plan.phases.find((p) => p.title.startsWith('Clean up'));
    expect(cleanUp?.rollback).toContain(
      `Ticketing: route /ticketing back to conference 90%, ticketing 10% (the routing of phase ${(cleanUp?.index ?? 0) - 1})`,
    );
  });

  it("leads every line with the component's name, as the extraction lines do (never its id)", () => {
    for (const file of [...examples.map((f) => `maps/${f}`), 'test/fixtures/system/conference-seed.yaml']) {
      const map = loadMap(file);
      const names = new Set(Object.values(map.nodes).map((n) => n?.name));
      for (const phase of extractionPhases(map).phases.slice(1))
        for (const line of phase.rollback) {
          const lead = /^([^:]+): /.exec(line)?.[1];
          if (lead !== undefined && Object.hasOwn(map.nodes, lead) && !names.has(lead))
            expect.fail(`${file} phase ${phase.index}: "${line}" is led by the id ${lead}`);
        }
    }
    const seed = extractionPhases(loadMap('test/fixtures/system/conference-seed.yaml'));
    expect(seed.phases.at(-1)?.rollback[0]).toMatch(/^Conference monolith: re-add the catch-all route to conference;/);
  });

  it('hands the record back to the monolith when a data owner switched over is rolled back (hie phase 3)', () => {
    const phase3 = extractionPhases(loadMap('maps/hie-monolith.yaml')).phases[3];
    const line = phase3?.rollback.find((l) => l.startsWith('Participant directory:'));
    expect(line).toContain('route /api/participants, /api/providers back to legacy-hie 90%, participant-directory 10%');
    expect(line).toContain('legacy-hie, which is the system of record again');
    expect(phase3?.rollback.find((l) => l.startsWith('HL7 messaging:'))).toContain(
      'route /api/messages back to legacy-hie',
    );
  });

  it('holds for random maps with a monolith', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 8 }), (map) => {
        expect(unrolled(map)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
