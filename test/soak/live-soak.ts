// `npm run soak:live`: a bounded soak of a live session on loopback. `mapwright serve` runs as its
// own process; 20 participants (Node, the editor's connection code) make 50 edits each at once:
// adds, moves, links and renames of their own nodes, and moves of one node they all share. It
// stops by itself and reports the time to converge after the last edit, the host's memory, and
// the edits missing from the file on disk (must be 0). Exit code 1 when any edit was lost.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMap } from '../../core/format/parse.ts';
import { liveMapOf } from '../../core/live/live-doc.ts';
import { sameValue } from '../../core/live/same-value.ts';
import { writeEditToLive } from '../../core/live/write-edit.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { eventually, joinSession, type NodeParticipant } from '../server/live/live-clients.ts';

const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 20);
const EDITS = Number(process.env.SOAK_EDITS ?? 50);

type Expected = Map<string, Partial<MapNode>>;

function edit(p: NodeParticipant, change: (map: WardleyMap) => void): void {
  const before = liveMapOf(p.ydoc);
  const after = structuredClone(before);
  change(after);
  writeEditToLive(p.ydoc, before, after, 'soak');
}

/** Participant c's edits, recording what each of its own nodes must end as. */
async function participate(p: NodeParticipant, c: number, expected: Expected): Promise<void> {
  const own = (k: number) => `c${c}-n${k}`;
  for (let e = 0; e < EDITS; e++) {
    const k = e % 10;
    const id = own(k);
    if (e < 10) {
      const node: MapNode = { kind: 'component', name: `C${c} node ${k}`, evolution: 0.1, visibility: 0.1 };
      edit(p, (m) => void (m.nodes[id] = node));
      expected.set(id, { ...node });
    } else if (e % 5 === 0) {
      const x = Math.round(Math.random() * 1000) / 1000;
      edit(p, (m) => void (m.nodes.journal!.evolution = x));
    } else if (e % 5 === 1 && k < 9) {
      const target = own((k + 1 + e) % 10);
      const want = expected.get(id)!;
      if (target !== id && !(want.uses ?? []).includes(target)) {
        edit(p, (m) => void (m.nodes[id]!.uses = [...(m.nodes[id]!.uses ?? []), target]));
        want.uses = [...(want.uses ?? []), target];
      }
    } else if (e % 5 === 2) {
      edit(p, (m) => void (m.nodes[id]!.name = `C${c} node ${k} v${e}`));
      expected.get(id)!.name = `C${c} node ${k} v${e}`;
    } else {
      const at = {
        evolution: Math.round(Math.random() * 1000) / 1000,
        visibility: Math.round(Math.random() * 1000) / 1000,
      };
      edit(p, (m) => Object.assign(m.nodes[id]!, at));
      Object.assign(expected.get(id)!, at);
    }
    await new Promise((r) => setTimeout(r, Math.random() * 20));
  }
}

function lostEdits(map: WardleyMap, expected: Expected): string[] {
  const lost: string[] = [];
  for (const [id, want] of expected) {
    const node = map.nodes[id];
    if (!node) lost.push(`${id}: missing`);
    else
      for (const [field, value] of Object.entries(want)) {
        if (JSON.stringify(node[field as keyof MapNode]) !== JSON.stringify(value)) lost.push(`${id}.${field}`);
      }
  }
  return lost;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<number> {
  const mapPath = join(mkdtempSync(join(tmpdir(), 'mapwright-soak-')), 'workshop.yaml');
  copyFileSync('test/fixtures/live/workshop.yaml', mapPath);
  const host = spawn(process.execPath, ['bin/mapwright.js', 'serve', mapPath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const joinUrl = await new Promise<string>((resolve) =>
    host.stdout.on(
      'data',
      (d: Buffer) => /join: (\S+)/.exec(d.toString())?.[1] && resolve(/join: (\S+)/.exec(d.toString())![1]!),
    ),
  );
  const idleRss = rssMb(host.pid!);
  const people = Array.from({ length: CLIENTS }, () => joinSession(joinUrl));
  await eventually(() => people.every((p) => p.synced()), 60_000);
  const expected: Expected = new Map();
  const started = Date.now();
  await Promise.all(people.map((p, c) => participate(p, c, expected)));
  const lastEdit = Date.now();
  const same = (a: WardleyMap, b: WardleyMap) => sameValue(sortedNodes(a), sortedNodes(b));
  const clientsConverged = await eventually(
    () => people.every((p) => same(liveMapOf(p.ydoc), liveMapOf(people[0]!.ydoc))),
    120_000,
  );
  const onDisk = () => {
    const parsed = parseMap(readFileSync(mapPath));
    return parsed.ok ? parsed.map : null;
  };
  const fileConverged = await eventually(() => {
    const map = onDisk();
    return map !== null && same(map, liveMapOf(people[0]!.ydoc));
  }, 120_000);
  const peakRss = rssMb(host.pid!);
  const lost = lostEdits(onDisk()!, expected);
  for (const p of people) p.close();
  host.kill('SIGINT');
  await new Promise((r) => host.once('exit', r));
  console.log(`soak:live: ${CLIENTS} clients × ${EDITS} edits in ${lastEdit - started} ms`);
  console.log(
    `soak:live: all clients agreed ${clientsConverged} ms after the last edit; the file ${fileConverged} ms after`,
  );
  console.log(`soak:live: host memory (RSS) ${idleRss.toFixed(1)} MB idle → ${peakRss.toFixed(1)} MB after the soak`);
  console.log(`soak:live: lost edits: ${lost.length}${lost.length ? ` (${lost.slice(0, 10).join(', ')})` : ''}`);
  return lost.length === 0 ? 0 : 1;
}

// Link order may differ between a client's view and the file (the file keeps its own order).
function sortedNodes(map: WardleyMap): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(map.nodes).map(([id, n]) => [id, { ...n, uses: n?.uses ? [...n.uses].sort() : undefined }]),
  );
}

process.exitCode = await main();
