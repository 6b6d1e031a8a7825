// What a guest's page does itself to join a live session of 2,000 nodes, before and after the
// join's read moved to the map worker (renderer/live/join.ts), alternating in one process, CPU ms:
// - before: parse the session text, bring it to the room's state (liveMapOf in the file's order,
//   sanitize, reconcile) and write its text, all on the page;
// - after: read the room's state (liveMapOf, no order) for the worker; the worker's own work
//   (parse + the same reconcile) is timed apart, as it no longer holds the page.
// Prints figures, asserts nothing. Run: `npx tsx test/bench/live-join.ts [rounds]`.
import * as Y from 'yjs';
import { fileText, parseMap } from '../../core/format/parse.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { liveMapOf, liveNodes, seedLiveDoc } from '../../core/live/live-doc.ts';
import { reconcileDocument } from '../../core/live/reconcile.ts';
import { sanitizedLiveMap } from '../../core/live/sanitize.ts';
import { doSharedWork } from '../../renderer/worker/shared-work.ts';
import { generatedMap } from './generate.ts';
import { cpuMs, median } from './measure.ts';

const SIZE = 2000;
const rounds = Number(process.argv[2] ?? 7);
const text = stringifyMap(generatedMap(SIZE));
const ydoc = new Y.Doc();
const first = parseMap(text);
if (!first.ok) throw new Error('generated map does not load');
seedLiveDoc(ydoc, first.map);
// The room renamed one node since the file was written: the reconcile has a splice to make.
liveNodes(ydoc).get('n5')?.set('name', 'Renamed in the room');

function before(): string {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error('no map');
  const order = Object.keys(parsed.document.map.nodes);
  const result = reconcileDocument(parsed.document, sanitizedLiveMap(liveMapOf(ydoc, order), parsed.document.map));
  return fileText(result.ok ? result.document : parsed.document);
}

function timed(work: () => unknown): number {
  const t0 = cpuMs();
  work();
  return cpuMs() - t0;
}

const page = { before: [] as number[], after: [] as number[] };
const worker: number[] = [];
const structuredCopy: number[] = [];
for (let i = 0; i < rounds + 1; i++) {
  const b = timed(before);
  let live = liveMapOf(ydoc);
  const a = timed(() => (live = liveMapOf(ydoc)));
  const copy = timed(() => structuredClone(live));
  const w = timed(() => doSharedWork({ kind: 'shared', text, live }));
  if (i === 0) continue; // warm-up
  page.before.push(b);
  page.after.push(a);
  structuredCopy.push(copy);
  worker.push(w);
}
const fmt = (xs: number[]) => `${median(xs).toFixed(1)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
console.log(`guest join, ${SIZE} nodes, ${rounds} rounds, CPU ms per join`);
console.log(`page, before: parse + reconcile + text   ${fmt(page.before)}`);
console.log(`page, after:  liveMapOf for the worker   ${fmt(page.after)}`);
console.log(`  + its copy into the message            ${fmt(structuredCopy)}`);
console.log(`worker, after: parse + reconcile + text  ${fmt(worker)}`);
