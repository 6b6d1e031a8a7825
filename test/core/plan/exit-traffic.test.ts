// A phase's exit criteria measure the traffic its routing table gives: "at full traffic" only for
// paths that go whole to their component in that phase, "on its 10% canary share" for a canary,
// "on the mirrored copies" for a parallel run; and the phase that sends a split, mirrored or staged
// path whole asks for it at full traffic. Read side by side, the plan used to ask Ticketing for
// 7 days at full traffic in the phase whose table sends it 10% of /ticketing.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, STRATEGIES, type Plan } from '../../../core/plan/index.ts';
import { arbitraryMap } from './arbitrary-map.ts';
import { loadMap, ROOT } from './load-map.ts';

const CRITERION = /^.+?: error rate and p95 latency of (.+?) within 5% of their phase-0 baseline for 7 days (.+)$/;

/** The row states the traffic words allow. */
const STATES: Record<string, readonly string[]> = {
  'at full traffic': ['new', 'redirect'],
  'on its 10% canary share': ['canary'],
  'on the mirrored copies of every request': ['mirror'],
};

/** Behind plain Ingresses a path moved to a managed service has no route: its users go there. */
const UNROUTED = /^at full traffic, measured at the managed service \(.+ cannot redirect to it\)$/;

/** Criteria whose traffic words disagree with the phase's rows; the paths they ask at full traffic go to `whole`. */
function criterionMismatches(phase: Plan['phases'][number], label: string, whole: Set<string>): string[] {
  const out: string[] = [];
  const state = new Map(phase.routes.map((r) => [r.path, r.state]));
  for (const c of phase.exitCriteria) {
    const m = CRITERION.exec(c);
    if (m === null) continue;
    const [, paths = '', traffic = ''] = m;
    const allowed = UNROUTED.test(traffic) ? ['none'] : STATES[traffic];
    if (allowed === undefined) out.push(`${label} phase ${phase.index}: unknown traffic "${traffic}"`);
    for (const p of paths.split(', ')) {
      if (traffic === 'at full traffic') whole.add(p);
      if (allowed !== undefined && !allowed.includes(state.get(p) ?? 'none'))
        out.push(`${label} phase ${phase.index}: ${p} is ${state.get(p) ?? 'not routed'}, criterion says ${traffic}`);
    }
  }
  return out;
}

/** Stream criteria against the phase's stream rows: split, kept on the monolith, or all connections. */
const STREAM_WORDS: [RegExp, string][] = [
  [/on the connections the facade's port (\d+) passes to it/, 'canary'],
  [/takes no \w+ connections in this phase \(.+ moves port (\d+) whole/, 'monolith'],
  [/on every connection of the facade's port (\d+)/, 'new'],
];

function streamMismatches(plan: Plan, i: number, label: string): string[] {
  const phase = plan.phases[i]!;
  const state = new Map((phase.streams ?? []).map((s) => [s.port, s.state]));
  const out: string[] = [];
  const all = new Set<number>();
  for (const c of phase.exitCriteria)
    for (const [re, want] of STREAM_WORDS) {
      const port = Number(re.exec(c)?.[1] ?? NaN);
      if (Number.isNaN(port)) continue;
      if (want === 'new') all.add(port);
      if (state.get(port) !== want)
        out.push(
          `${label} phase ${phase.index}: port ${port} is ${state.get(port) ?? 'not carried'}, criterion says ${want}`,
        );
    }
  const before = new Map((plan.phases[i - 1]?.streams ?? []).map((s) => [s.port, s.state]));
  for (const s of phase.streams ?? [])
    if (s.state === 'new' && before.has(s.port) && before.get(s.port) !== 'new' && !all.has(s.port))
      out.push(`${label} phase ${phase.index}: port ${s.port} moves whole, no criterion on every connection`);
  return out;
}

function mismatches(plan: Plan, label: string): string[] {
  const out: string[] = [];
  for (const [i, phase] of plan.phases.entries()) {
    const whole = new Set<string>();
    out.push(...criterionMismatches(phase, label, whole), ...streamMismatches(plan, i, label));
    const before = new Map((plan.phases[i - 1]?.routes ?? []).map((r) => [r.path, r.state]));
    for (const r of phase.routes) {
      const was = before.get(r.path);
      if (r.state === 'new' && (was === 'canary' || was === 'mirror' || was === 'staged') && !whole.has(r.path))
        out.push(`${label} phase ${phase.index}: ${r.path} goes whole (was ${was}), no criterion at full traffic`);
    }
  }
  return out;
}

function everyPlan(map: WardleyMap): string[] {
  return STRATEGIES.flatMap((strategy) =>
    [false, true].flatMap((ingress) =>
      mismatches(extractionPhases(map, { strategy, ingress }), `${strategy}${ingress ? ' --ingress' : ''}`),
    ),
  );
}

const examples = readdirSync(`${ROOT}/maps`).filter((f) => f.endsWith('.yaml'));

describe('exit criteria measure the traffic the phase routes', () => {
  it.each([...examples.map((f) => `maps/${f}`), 'test/fixtures/system/conference-seed.yaml'])('%s', (file) => {
    expect(everyPlan(loadMap(file))).toEqual([]);
  });

  it('hie behind the Gateway: its MLLP port is split, then whole', () => {
    const map = loadMap('maps/hie-monolith.yaml');
    delete map.deployment?.facade;
    expect(everyPlan(map)).toEqual([]);
  });

  it('hie behind ingress-nginx: HL7 messaging takes no connection in its phase, all of them the next', () => {
    const plan = extractionPhases(loadMap('maps/hie-monolith.yaml'));
    const k = plan.phases.find((p) => p.steps.some((s) => s.node === 'clinical-messaging'))!.index;
    expect(plan.phases[k]!.exitCriteria.join('\n')).toContain(
      'clinical-messaging takes no MLLP connections in this phase (the ingress controller facade moves port 2575 whole',
    );
    expect(plan.phases[k]!.rollback.join('\n')).toContain(
      "stop clinical-messaging: the facade's port 2575 kept every connection on legacy-hie in this phase",
    );
    expect(plan.phases[k + 1]!.exitCriteria.join('\n')).toContain(
      "every MLLP message clinical-messaging receives on every connection of the facade's port 2575 is acknowledged",
    );
  });

  it('asks Ticketing of the drawn conference map for its canary share, then for full traffic in the clean-up', () => {
    const plan = extractionPhases(loadMap('test/fixtures/system/conference-seed.yaml'));
    expect(plan.phases[1]?.exitCriteria).toContain(
      'Ticketing: error rate and p95 latency of /ticketing within 5% of their phase-0 baseline for 7 days on its 10% canary share',
    );
    expect(plan.phases[2]?.exitCriteria).toContain(
      'Ticketing: error rate and p95 latency of /ticketing within 5% of their phase-0 baseline for 7 days at full traffic',
    );
  });

  it('holds for random maps with a monolith, every strategy, at the Gateway and with --ingress', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, pins: true, maxCandidates: 6 }), (map) => {
        expect(everyPlan(map)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
