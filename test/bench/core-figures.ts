// The in-process figures of `npm run bench`: load, edit, undo memory and the derived outputs on a
// generated map of N nodes (test/support/maps.ts generateMap: sourcing, deploy hints, a monolith).
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import YAML from 'yaml';
import { checkDocument } from '../../core/doctrine/index.ts';
import { diffMaps } from '../../core/diff/diff.ts';
import { exportKubernetes } from '../../core/export/k8s/index.ts';
import { fileText, parseMap, type MapDocument } from '../../core/format/parse.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { link, moveNodes, renameNode, setSourcing, type EditResult } from '../../core/model/operations.ts';
import { nodeIds, nodeOf } from '../../core/model/node-table.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { extractionPhases } from '../../core/plan/index.ts';
import { renderMapSvg } from '../../core/render/svg/map-svg.ts';
import { loaded, withEdit } from '../../renderer/store/history.ts';
import { laterVersion, realisticMap } from './generate.ts';
import type { Probe } from './measure.ts';

function document(text: string): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(`generated map does not load: ${parsed.errors[0]?.message ?? ''}`);
  return parsed.document;
}

function edited(result: EditResult): MapDocument {
  if (!result.ok) throw new Error(`edit failed on the generated map: ${result.errors[0]?.message ?? ''}`);
  return result.document;
}

/** The kinds of edit the issue names, in the order the mixed cycle makes them. */
export const EDIT_KINDS = ['move', 'resource', 'rename', 'link'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/**
 * Edits of the given kinds in turn (by default one of each kind the issue names), each on the
 * document the last one made (as a user's edits follow one another), cycling over nodes so no
 * result is cached.
 */
export function editCycle(start: MapDocument, kinds: readonly EditKind[] = EDIT_KINDS): () => MapDocument {
  let doc = start;
  let k = 0;
  const ids = Object.keys(doc.map.nodes);
  const components = ids.flatMap((id, i) => (doc.map.nodes[id]?.kind === 'component' ? [i] : []));
  const componentId = (n: number) => ids[components[n % components.length] ?? 0] ?? '';
  return () => {
    const at = (k * 37) % ids.length;
    const id = ids[at] ?? '';
    const node = nodeOf(doc.map, id);
    const component = componentId(k * 11);
    switch (kinds[k++ % kinds.length]) {
      case 'move':
        doc = edited(moveNodes(doc, [{ id, evolution: ((node?.evolution ?? 0.5) + 0.013) % 1, visibility: 0.5 }]));
        break;
      case 'resource':
        doc = edited(setSourcing(doc, component, nodeOf(doc.map, component)?.sourcing === 'buy' ? 'build' : 'buy'));
        break;
      case 'rename':
        doc = edited(renameNode(doc, id, `${id}-x${k}`));
        ids[at] = `${id}-x${k}`;
        break;
      default: {
        // The first component (from the k-th on) this node does not use yet: every call links.
        const uses = node?.uses ?? [];
        for (let t = 0; t < components.length; t++) {
          const target = componentId(k * 13 + 5 + t);
          if (target === id || uses.includes(target)) continue;
          doc = edited(link(doc, id, target));
          break;
        }
      }
    }
    return doc;
  };
}

export function loadProbes(size: number): Probe[] {
  const map = realisticMap(size);
  const text = stringifyMap(map);
  const json = JSON.stringify(map);
  return [
    // Not a path of the app: V8's own parser building the same data from JSON. Its growth is what
    // building this much live data costs on this machine (the young-generation collector copies
    // what a call has built so far), with no algorithm of ours in it.
    {
      key: `json_parse_${size}`,
      name: 'JSON.parse of the same map (reference)',
      nodes: size,
      work: () => JSON.parse(json),
    },
    {
      key: `yaml_parse_${size}`,
      name: 'YAML.parse (bare, uniqueKeys: false)',
      nodes: size,
      work: () => YAML.parse(text, { uniqueKeys: false }),
    },
    { key: `parse_${size}`, name: 'parseMap (YAML, schema, references)', nodes: size, work: () => document(text) },
    {
      key: `load_${size}`,
      name: 'load = parseMap + doctrine',
      nodes: size,
      work: () => checkDocument(document(text)),
    },
  ];
}

export function editProbes(size: number): Probe[] {
  const doc = document(stringifyMap(realisticMap(size)));
  const cycle = editCycle(doc);
  let k = 0;
  const ids = Object.keys(doc.map.nodes);
  const moved = ids[Math.floor(ids.length / 2)] ?? '';
  let current = doc;
  let latest = doc;
  // Two copies sharing no node object: checking them in turn always runs every rule.
  const copies = [0, 1].map((): MapDocument => ({ ...doc, map: structuredClone(doc.map) }));
  return [
    // Per edit, the mean of the four kinds: each call makes one of each, timed after four warm-up
    // calls (the first edit of a loaded document builds its yaml Document, a one-off, and the
    // first few run before the JIT has compiled the edit path).
    {
      key: `edit_${size}`,
      name: 'edit: move/re-source/rename/link + doctrine + file text',
      nodes: size,
      work: () => {
        let text = '';
        for (let kind = 0; kind < 4; kind++) {
          latest = cycle();
          checkDocument(latest);
          text = fileText(latest);
        }
        return text;
      },
      timing: { warmups: 4, runsPerCall: 4 },
      prepare: () => checkDocument(latest),
    },
    {
      key: `move_${size}`,
      name: 'edit: move one node + doctrine + file text',
      nodes: size,
      work: () => {
        current = edited(moveNodes(current, [{ id: moved, evolution: (k++ % 100) / 100, visibility: 0.5 }]));
        checkDocument(current);
        return fileText(current);
      },
      timing: { warmups: 2 },
      prepare: () => checkDocument(current),
    },
    ...EDIT_KINDS.map((kind) => editKindProbe(doc, size, kind)),
    {
      key: `doctrine_${size}`,
      name: 'doctrine findings, every rule (checkDocument)',
      nodes: size,
      work: () => checkDocument(copies[k++ % 2] as MapDocument),
    },
  ];
}

/**
 * One kind of edit alone (edit_move_2000, …): each call makes one edit of that kind on the document
 * the last call made, checks it (doctrine) and writes its file text, as the app does per edit.
 */
function editKindProbe(start: MapDocument, size: number, kind: EditKind): Probe {
  const next = editCycle(start, [kind]);
  let latest = start;
  return {
    key: `edit_${kind}_${size}`,
    name: `edit: ${kind === 'resource' ? 're-source' : kind} only + doctrine + file text`,
    nodes: size,
    work: () => {
      latest = next();
      checkDocument(latest);
      return fileText(latest);
    },
    timing: { warmups: 4 },
    prepare: () => checkDocument(latest),
  };
}

export function outputProbes(size: number): Probe[] {
  const map = realisticMap(size);
  const later = laterVersion(map);
  const probe = (path: string, name: string, work: () => unknown): Probe => ({
    key: `${path}_${size}`,
    name,
    nodes: size,
    work,
  });
  return [
    probe('plan', 'plan (extractionPhases)', () => extractionPhases(map)),
    probe('export', 'k8s export (exportKubernetes)', () => exportKubernetes(map)),
    probe('diff', 'diff of two versions (diffMaps)', () => diffMaps(map, later)),
    // Not a path of the app: the least any diff reads (readBoth). Its growth is the machine's, not
    // an algorithm's: both versions of 2,000 nodes stay in the CPU cache from one call to the next,
    // and of 10,000 they do not.
    probe('read_both', "read both versions' compared fields (the floor under diff)", () => readBoth(map, later)),
    probe('render', 'SVG render (renderMapSvg)', () => renderMapSvg(map)),
    // Not a path of the app: quadratic on purpose (each node against every later one), to show
    // what the growth figure gives for one (25 where linear is 5).
    probe('pairs', 'every pair of nodes compared (reference, quadratic)', () => closePairs(map)),
  ];
}

/** How many pairs of nodes are less than 0.01 apart in evolution: each node against every later one. */
function closePairs(map: WardleyMap): number {
  const evolutions = nodeIds(map).map((id) => nodeOf(map, id)?.evolution ?? 0);
  let close = 0;
  for (let i = 0; i < evolutions.length; i++)
    for (let j = i + 1; j < evolutions.length; j++)
      if (Math.abs((evolutions[i] ?? 0) - (evolutions[j] ?? 0)) < 0.01) close++;
  return close;
}

/**
 * Reads what any diff of `before` and `after` must read of each node both have: position, the uses
 * list and its entries. Gives a number so the reads are not optimised away.
 */
function readBoth(before: WardleyMap, after: WardleyMap): number {
  let sum = 0;
  for (const id of nodeIds(before)) {
    const was = nodeOf(before, id);
    const now = nodeOf(after, id);
    if (!was || !now) continue;
    sum += was.evolution - now.evolution + was.visibility - now.visibility;
    const [a, b] = [was.uses ?? [], now.uses ?? []];
    for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) sum++;
  }
  return sum;
}

/** The three groups of in-process figures; each group's maps are built when it is measured. */
export const PROBE_GROUPS: readonly ((size: number) => Probe[])[] = [loadProbes, editProbes, outputProbes];

/** Each path (`load`, `edit`, …) with its probes at the small and the large size, group by group. */
export function* probePairs(small: number, large: number): Generator<{ path: string; small: Probe; large: Probe }> {
  for (const probes of PROBE_GROUPS) {
    const larger = probes(large);
    for (const [i, probe] of probes(small).entries()) {
      const other = larger[i];
      if (other) yield { path: probe.key.slice(0, -`_${small}`.length), small: probe, large: other };
    }
  }
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

/**
 * MB the store's history holds after `edits` edits (move, re-source, rename, link in turn), each checked.
 * Each edit runs in a task of its own, as a user's gestures do: history keeps the documents it puts
 * aside through WeakRefs, and a WeakRef's target is held until the task that made it ends, so 500
 * edits in one synchronous loop would measure every resting document as kept.
 */
export async function undoMemoryMb(size: number, edits: number): Promise<number> {
  const start = document(stringifyMap(realisticMap(size)));
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let slice = loaded(start, 'bench.yaml', null);
  const cycle = editCycle(start);
  for (let k = 0; k < edits; k++) {
    slice = withEdit(slice, cycle());
    // As in the app, where the warnings panel checks every document (and builds its line index).
    if (slice.current) checkDocument(slice.current);
    await new Promise((done) => setImmediate(done));
  }
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  if (slice.past.length === 0) throw new Error('no history was recorded');
  return (after - before) / 1024 / 1024;
}
