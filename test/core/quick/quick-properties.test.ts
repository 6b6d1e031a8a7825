import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import { emptyMapDocument } from '../../../core/model/operations.ts';
import { nodeEntries } from '../../../core/model/types.ts';
import { applyQuickLine, applyQuickText } from '../../../core/quick/batch.ts';
import { nodeNamed } from '../../../core/quick/names.ts';
import { candidates, ROOM, roomFor } from '../../../core/quick/room.ts';
import { parseQuickStatement } from '../../../core/quick/statement.ts';

const NAMES = ['Attendee', 'Buy ticket', 'Ticketing', 'Log in service', 'Monolith', 'Café crème', 'Power'];
const name = fc.constantFrom(...NAMES);
const unit = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const position = fc.tuple(unit, unit).map(([v, e]) => `[${v}, ${e}]`);

const statement = fc.oneof(
  fc
    .tuple(fc.constantFrom('user', 'need', 'component'), name, fc.option(position, { nil: '' }))
    .map(([k, n, p]) => `${k} ${n} ${p}`),
  fc.tuple(name, name).map(([a, b]) => `${a}->${b}`),
  fc.tuple(name, unit).map(([n, e]) => `evolve ${n} ${e}`),
  fc.tuple(name, fc.constantFrom('build', 'buy', 'outsource')).map(([n, s]) => `${n} (${s})`),
  name.map((n) => `inertia ${n}`),
  fc.tuple(name, name).map(([a, b]) => `${a} in ${b}`),
  fc.tuple(name, fc.constantFrom('Events', 'Platform team')).map(([n, t]) => `team ${n} ${t}`),
  fc.tuple(fc.constantFrom('Decided', 'Ask ops'), fc.option(position, { nil: '' })).map(([t, p]) => `note ${t} ${p}`),
  fc.string({ maxLength: 20 }),
);

describe('quick entry, for any input', () => {
  it('parsing never throws and every refusal has a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), statement), (line) => {
        const r = parseQuickStatement(line);
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a line either applies, giving a file that loads to the same map, or changes nothing', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 12 }), (lines) => {
        let document = emptyMapDocument('Property');
        for (const line of lines) {
          const r = applyQuickLine(document, line);
          if (!r.ok) {
            expect(r.errors[0]?.message.length).toBeGreaterThan(0);
            continue;
          }
          const reloaded = parseMap(r.document.text);
          expect(reloaded.ok).toBe(true);
          if (reloaded.ok) expect(reloaded.map).toEqual(r.document.map);
          document = r.document;
        }
        const batch = applyQuickText(emptyMapDocument('Property'), lines.join('\n'));
        expect(batch.document.text).toBe(document.text);
      }),
      { numRuns: 30 },
    );
  });

  it('a declared node lands at its typed [visibility, evolution]', () => {
    fc.assert(
      fc.property(name, unit, unit, (n, v, e) => {
        const r = applyQuickLine(emptyMapDocument('Property'), `component ${n} [${v}, ${e}]`);
        if (!r.ok) throw new Error(r.errors[0]?.message);
        const found = nodeNamed(r.document.map, n);
        const node = 'found' in found ? r.document.map.nodes[found.found] : undefined;
        expect(node).toMatchObject({ name: n, visibility: v, evolution: e });
      }),
      { numRuns: 40 },
    );
  });

  it('a new node goes on the map, at a readable distance from the others while there is room', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, unit), { maxLength: 15 }), (spots) => {
        let document = emptyMapDocument('Property');
        spots.forEach(([v, e], i) => {
          const r = applyQuickLine(document, `component N${i} [${v}, ${e}]`);
          if (r.ok) document = r.document;
        });
        for (const kind of ['user', 'need', 'component'] as const) {
          const at = roomFor(document.map, kind);
          expect(at.evolution).toBeGreaterThanOrEqual(0);
          expect(at.evolution).toBeLessThanOrEqual(1);
          expect(at.visibility).toBeGreaterThanOrEqual(0);
          expect(at.visibility).toBeLessThanOrEqual(1);
          for (const [, n] of nodeEntries(document.map)) {
            expect(Math.hypot(n.evolution - at.evolution, n.visibility - at.visibility)).toBeGreaterThanOrEqual(
              ROOM - 1e-9,
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('on a crowded map, a new node goes where checking every node finds the most room', () => {
    // The spot found by measuring every node against every candidate (what roomFor's grid saves).
    const everyNode = (
      map: ReturnType<typeof emptyMapDocument>['map'],
      centre: { visibility: number; evolution: number },
      both: boolean,
    ) => {
      const taken = nodeEntries(map).map(([, n]) => n);
      let best: { at: { visibility: number; evolution: number }; gap: number } | undefined;
      for (const at of candidates(centre, both)) {
        const gap = Math.min(
          Infinity,
          ...taken.map((t) => Math.hypot(t.visibility - at.visibility, t.evolution - at.evolution)),
        );
        if (gap >= ROOM) return at;
        if (!best || gap > best.gap) best = { at, gap };
      }
      return best?.at ?? centre;
    };
    const crowd = fc.array(fc.tuple(unit, unit), { minLength: 50, maxLength: 700 });
    fc.assert(
      fc.property(crowd, (spots) => {
        const nodes = Object.fromEntries(
          spots.map(([v, e], i) => [
            `n${i}`,
            { kind: 'component' as const, name: `N${i}`, visibility: v, evolution: e },
          ]),
        );
        const map = { version: 1 as const, title: 'Crowd', nodes };
        expect(roomFor(map, 'component')).toEqual(everyNode(map, { visibility: 0.55, evolution: 0.5 }, true));
        expect(roomFor(map, 'user')).toEqual(everyNode(map, { visibility: 0.95, evolution: 0.5 }, false));
        const near = { visibility: spots[0]![0], evolution: spots[0]![1] };
        const start = { visibility: Math.max(0.05, near.visibility - 0.12), evolution: near.evolution };
        expect(roomFor(map, 'need', near)).toEqual(everyNode(map, start, true));
      }),
      { numRuns: 40 },
    );
  });
});
