// What makes the plan a plan (MIGRATION.md): phase 0 prepares and moves nothing, schemas split
// before their service leaves, systems of record per phase, patterns chosen from protocol and
// callers, exit criteria from each component's facts, retirement owned by the monolith's team.
import { describe, expect, it } from 'vitest';
import { extractionPhases, lastPhaseIndex, phaseAt, planMarkdown, stepOf } from '../../../core/plan/index.ts';
import { loadMap } from './load-map.ts';
import { component, smallMap as builtMap } from './small-map.ts';

const HIE = 'test/fixtures/plan/hie.yaml';

/** Every component reached by a user, so each one has a path at the facade. */
const smallMap: typeof builtMap = (nodes, options = {}) => builtMap(nodes, { user: true, ...options });

describe('phase 0: preparation', () => {
  const plan = extractionPhases(loadMap(HIE));
  const zero = plan.phases[0]!;

  it('is the first phase of the list, moves nothing and routes every path to the monolith', () => {
    expect(zero.index).toBe(0);
    expect(zero.steps).toEqual([]);
    expect(zero.routes.length).toBeGreaterThan(1);
    for (const r of zero.routes)
      expect(r).toMatchObject({ state: 'monolith', backends: [{ service: 'hie-monolith' }] });
  });

  it('stands up the facade, baselines, and change data capture for exactly the components that own data', () => {
    const tasks = zero.tasks.join('\n');
    expect(tasks).toContain('put the facade (edge) in front of hie-monolith');
    expect(tasks).toContain('baseline');
    const owners = plan.phases.flatMap((p) => p.dataSteps.map((d) => d.node)).sort();
    expect(owners.length).toBeGreaterThan(0);
    expect(tasks).toContain(`change data capture on hie-monolith's database for the records of ${owners.join(', ')}`);
    expect(zero.exitCriteria.join('\n')).toContain('no worse than before it');
  });

  it('is printed in the Markdown plan with its tasks, and every phase lists its systems of record', () => {
    const text = planMarkdown(plan);
    expect(text).toContain('## Phase 0: Prepare: the facade passes everything through to hie-monolith');
    expect(text.split('### Systems of record after this phase').length - 1).toBe(plan.phases.length);
    const records = phaseAt(plan, lastPhaseIndex(plan))!.records;
    for (const r of records) expect(text).toContain(`| \`${r.owner}\` | \`${r.system}\` |`);
  });
});

describe('data', () => {
  it("splits a data owner's schema inside the monolith's database in the phase before it leaves", () => {
    const plan = extractionPhases(loadMap(HIE));
    for (const phase of plan.phases)
      for (const d of phase.dataSteps) {
        const before = phaseAt(plan, phase.index - 1)!;
        expect(
          before.tasks.some((t) => t.startsWith('split the shared schema') && t.includes(`${d.node} leaves`)),
        ).toBe(true);
      }
  });

  it('keeps the monolith the system of record while the data owner canaries, then its own store with reverse sync', () => {
    const map = smallMap({ a: component({ plan: { data: true, paths: ['/a'] } }), b: component({ uses: ['a'] }) });
    const plan = extractionPhases(map);
    const k = plan.phases.find((p) => p.steps.some((s) => s.node === 'a'))!.index;
    expect(phaseAt(plan, k)!.records).toEqual([{ owner: 'a', system: 'mono', sync: 'cdc' }]);
    expect(phaseAt(plan, k)!.dataSteps[0]!.description).toContain(
      'the facade splits only reads to a and sends every write to mono;',
    );
    expect(phaseAt(plan, k + 1)!.records).toEqual([{ owner: 'a', system: 'a', sync: 'reverse-sync' }]);
  });
});

describe('patterns from protocol and callers', () => {
  it('MLLP traffic is intercepted at the facade port: scaffold, phase-0 task, message exit criteria', () => {
    const plan = extractionPhases(smallMap({ hl7: component({ name: 'HL7 feed', deploy: { protocol: 'mllp' } }) }));
    const step = stepOf(plan, 'hl7')!;
    expect(step.pattern).toBe('message-interception');
    const interceptor = plan.scaffolds.find((s) => s.kind === 'interceptor');
    expect(interceptor?.description).toContain("the facade's MLLP port 2575 intercepts HL7 feed's messages");
    expect(interceptor?.removal).toBe("send every connection of the facade's MLLP port 2575 to hl7");
    expect(plan.phases[0]!.tasks.join('\n')).toContain("open the facade's MLLP port 2575 in front of mono's listener");
    // AMQP is not carried by the facade: a router in front of the monolith's listener.
    const amqp = extractionPhases(smallMap({ q: component({ name: 'Queue', deploy: { protocol: 'amqp' } }) }));
    expect(amqp.phases[0]!.tasks.join('\n')).toContain("AMQP router in front of mono's listener");
    // The facade's port moves whole connections, not message types: the criterion says so.
    const exit = step.exitCriteria.join('\n');
    expect(exit).toContain(
      "every MLLP message hl7 receives on the connections the facade's port 2575 passes to it (whole connections, every message type their senders send) is acknowledged",
    );
    expect(exit).not.toContain('message type routed');
    expect(step.reasoning.join('\n')).not.toContain('by type');
    expect(planMarkdown(plan)).toContain('The facade moves whole connections, not message types');
    // A router in front of the monolith's listener does route by message type.
    expect(stepOf(amqp, 'q')!.exitCriteria.join('\n')).toContain(
      'every AMQP message type the router sends to q is acknowledged',
    );
    expect(step.rollback).toContain('at the interception point');
    // Without the hint the same component is routed at the facade.
    expect(stepOf(extractionPhases(smallMap({ hl7: component() })), 'hl7')!.pattern).toBe('route-at-facade');
  });

  it('a user-facing component that calls the monolith decorates it; one the monolith pages call is composed', () => {
    const plan = extractionPhases(
      smallMap(
        { deco: component({ uses: ['mono'] }), page: component({ evolution: 0.35 }) },
        { mono: { uses: ['page'] } },
      ),
    );
    expect(stepOf(plan, 'deco')!.pattern).toBe('decorating-collaborator');
    expect(stepOf(plan, 'page')!.pattern).toBe('ui-composition');
  });
});

describe('exit criteria from facts', () => {
  it('differ between components whose facts differ, naming their paths, consumers and sourcing', () => {
    const plan = extractionPhases(loadMap(HIE));
    const steps = plan.phases.flatMap((p) => p.steps);
    const lists = steps.map((s) => s.exitCriteria.join('\n').replaceAll(s.name, 'NAME').replaceAll(s.node, 'ID'));
    expect(new Set(lists).size).toBe(lists.length);
    for (const s of steps) {
      const text = s.exitCriteria.join('\n');
      for (const path of s.paths) expect(text).toContain(path);
      if (s.sourcing === 'buy') expect(text).toContain('vendor SLA');
      if (s.sourcing === 'outsource') expect(text).toContain('exit plan');
    }
    expect(stepOf(plan, 'patient-index')!.exitCriteria.join('\n')).toContain('from appointments, records');
  });
});

describe('retirement and teams', () => {
  const map = smallMap(
    { a: component({ team: 'Alpha', plan: { paths: ['/a'] } }), b: component({ team: 'Beta' }) },
    { mono: { team: 'Legacy' } },
  );

  it('the retire phase is owned by the monolith team, not the team of the last clean-up', () => {
    const plan = extractionPhases(map);
    const last = phaseAt(plan, lastPhaseIndex(plan))!;
    expect(last.title).toBe('Retire mono');
    expect(last.owner).toBe('Legacy (owns mono)');
    expect(last.teams[0]).toBe('Legacy');
    expect(last.tasks.join('\n')).toContain('decommission mono');
    expect(plan.phases[0]!.owner).toBe('Legacy (owns mono)');
    expect(planMarkdown(plan)).toContain('Owner: Legacy (owns mono)');
  });

  it('team capacity spreads one team over phases and shows the load', () => {
    const crowded = smallMap({
      a: component({ team: 'Alpha' }),
      b: component({ team: 'Alpha' }),
      c: component({ team: 'Beta' }),
    });
    const free = extractionPhases(crowded, { maxPerPhase: 3 });
    expect(free.phases[1]!.load).toEqual([
      { team: 'Alpha', extractions: 2 },
      { team: 'Beta', extractions: 1 },
    ]);
    const limited = extractionPhases(crowded, { maxPerPhase: 3, teamCapacity: 1 });
    for (const p of limited.phases) for (const l of p.load) expect(l.extractions).toBe(1);
    expect(limited.phases[1]!.load.map((l) => l.team)).toEqual(['Alpha', 'Beta']);
    expect(planMarkdown(limited)).toContain('Teams: Alpha (1 extraction), Beta (1 extraction)');
  });
});

describe('SLO hints', () => {
  it('turn into an exit criterion of their own, measured against the objective the map gives', () => {
    const map = smallMap({
      a: component({ plan: { paths: ['/a'], slo: { availability: 99.9, p95Ms: 300 } } }),
      b: component({ plan: { paths: ['/b'], slo: { p99Ms: 1200 } } }),
      c: component({ plan: { paths: ['/c'] } }),
    });
    const plan = extractionPhases(map);
    expect(stepOf(plan, 'a')!.exitCriteria).toContain(
      'a meets its SLO (availability at least 99.9%, p95 at most 300 ms) for 7 days on its 10% canary share, measured at the facade',
    );
    // The phase that sends /a whole holds it to its objective at full traffic.
    const whole = plan.phases.find((p) => p.routes.some((r) => r.path === '/a' && r.state === 'new'));
    expect(whole?.exitCriteria).toContain(
      'X: a meets its SLO (availability at least 99.9%, p95 at most 300 ms) for 7 days at full traffic, measured at the facade',
    );
    expect(stepOf(plan, 'b')!.exitCriteria.join('\n')).toContain('b meets its SLO (p99 at most 1200 ms)');
    expect(stepOf(plan, 'c')!.exitCriteria.join('\n')).not.toContain('SLO');
  });

  it('the hie map holds clinical messaging and referrals to theirs', () => {
    const plan = extractionPhases(loadMap('maps/hie-monolith.yaml'));
    expect(stepOf(plan, 'referrals')!.exitCriteria.join('\n')).toContain(
      'availability at least 99.9%, p95 at most 800 ms',
    );
    expect(stepOf(plan, 'clinical-messaging')!.exitCriteria.join('\n')).toContain('p99 at most 2000 ms');
  });
});
