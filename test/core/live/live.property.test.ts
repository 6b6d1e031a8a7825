// Random concurrent edits on 2–3 peers and a host, delivered in random order: everyone ends with
// the same map, the file text loads, and edits of different nodes are never lost.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileText, parseMap } from '../../../core/format/parse.ts';
import * as ops from '../../../core/model/operations.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { session, syncAll, sync, type Peer } from './live-peers.ts';

const TEXT = readFileSync('test/fixtures/live/workshop.yaml', 'utf8');
const SHARED = ['patient', 'book', 'records', 'booking', 'journal', 'database'];

const stepArb = fc.record({
  peer: fc.nat(2),
  kind: fc.constantFrom('add', 'move', 'link', 'unlink', 'rename', 'remove', 'sync', 'refresh', 'title'),
  a: fc.nat(40),
  b: fc.nat(40),
  x: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
});

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function pick(ids: string[], n: number): string | undefined {
  return ids.length === 0 ? undefined : ids[n % ids.length];
}

/** Any edit on any node, the same field on the same node included. */
function anyEdit(peer: Peer, step: Step, own: string, all: Peer[]): void {
  const ids = Object.keys(peer.document.map.nodes);
  const a = pick(ids, step.a) ?? 'patient';
  const b = pick(ids, step.b) ?? 'journal';
  switch (step.kind) {
    case 'add':
      peer.edit((d) =>
        ops.addNode(d, {
          id: `${own}-${step.a}`,
          kind: 'component',
          name: `N ${step.a}`,
          evolution: step.x,
          visibility: 0.5,
        }),
      );
      break;
    case 'move':
      peer.edit((d) => ops.moveNodes(d, [{ id: a, evolution: step.x, visibility: 1 - step.x }]));
      break;
    case 'link':
      peer.edit((d) => ops.link(d, a, b));
      break;
    case 'unlink':
      peer.edit((d) => ops.unlink(d, a, b));
      break;
    case 'rename':
      peer.edit((d) => ops.setNodeField(d, a, 'name', `Name ${step.b}`));
      break;
    case 'remove':
      if (ids.length > 3) peer.edit((d) => ops.removeNodes(d, [a]));
      break;
    case 'title':
      peer.edit((d) => ops.setNodeField(d, a, 'team', `team-${step.b}`));
      break;
    case 'sync':
      sync(peer.ydoc, (all[step.b % all.length] as Peer).ydoc);
      break;
    case 'refresh':
      peer.refresh();
  }
}

function settle(all: Peer[]): void {
  syncAll(all.map((p) => p.ydoc));
  for (const p of all) p.refresh();
}

function byId(map: WardleyMap): WardleyMap {
  const nodes = Object.fromEntries(Object.entries(map.nodes).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...map, nodes };
}

function expectConverged(all: Peer[]): void {
  const first = byId((all[0] as Peer).document.map);
  for (const p of all) {
    expect(byId(p.document.map)).toEqual(first);
    const reread = parseMap(fileText(p.document));
    expect(reread.ok && byId(reread.map)).toEqual(first);
  }
}

describe('live sessions (property)', () => {
  it('concurrent edits of any kind on 3 peers converge to one loadable map', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 60 }), (steps) => {
        const { host, peers } = session(TEXT, 3);
        const all = [host, ...peers];
        for (const step of steps) anyEdit(peers[step.peer] as Peer, step, `p${step.peer}`, all);
        settle(all);
        expectConverged(all);
      }),
      { numRuns: 30 },
    );
  });

  it('edits of different nodes are never lost, whatever the delivery order', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 60 }), fc.nat(2), (steps, peerCount) => {
        const n = peerCount + 2;
        const { host, peers } = session(TEXT, n);
        const all = [host, ...peers];
        // Each peer works on its own node (one of the shared map's), and adds its own.
        const expected = new Map<string, { evolution: number; name: string; uses: Set<string> }>();
        peers.forEach((p, i) => {
          const own = SHARED[i] as string;
          const node = p.document.map.nodes[own]!;
          expected.set(own, { evolution: node.evolution, name: node.name, uses: new Set(node.uses ?? []) });
        });
        for (const step of steps) {
          const i = step.peer % n;
          const peer = peers[i] as Peer;
          const own = SHARED[i] as string;
          const want = expected.get(own)!;
          if (
            step.kind === 'move' &&
            peer.edit((d) => ops.moveNodes(d, [{ id: own, evolution: step.x, visibility: 0.5 }]))
          )
            want.evolution = step.x;
          else if (step.kind === 'rename' && peer.edit((d) => ops.setNodeField(d, own, 'name', `Name ${step.a}`)))
            want.name = `Name ${step.a}`;
          else if (step.kind === 'link') {
            const target = SHARED[step.a % SHARED.length] as string;
            if (target !== own && peer.edit((d) => ops.link(d, own, target))) want.uses.add(target);
          } else if (step.kind === 'add') {
            const id = `p${i}-${step.a}`;
            if (
              peer.edit((d) =>
                ops.addNode(d, { id, kind: 'need', name: `N ${step.a}`, evolution: step.x, visibility: 0.3 }),
              )
            ) {
              expected.set(id, { evolution: step.x, name: `N ${step.a}`, uses: new Set() });
            }
          } else if (step.kind === 'sync') sync(peer.ydoc, (all[step.b % all.length] as Peer).ydoc);
          else if (step.kind === 'refresh') peer.refresh();
        }
        settle(all);
        expectConverged(all);
        const map = host.document.map;
        for (const [id, want] of expected) {
          const node = map.nodes[id];
          expect(node, id).toBeDefined();
          expect(node?.evolution).toBe(want.evolution);
          expect(node?.name).toBe(want.name);
          expect(new Set(node?.uses ?? [])).toEqual(want.uses);
        }
      }),
      { numRuns: 30 },
    );
  });
});
