// The first edit after opening a map ran the whole edit path (splice, incremental parse, checks,
// file text) for the first time: the engine compiled each function on first call and ran it in its
// interpreter, which made the first drop 3 to 10 times slower than the next ones (moveNodes about
// 100 ms against 8-13 at 2,000 nodes in Chromium, 36 against 4 at 200). A small map of the same
// shape, three of its nodes moved in the page's idle time, compiles that path before the user's
// first drop. The page's part of a drop is rehearsed on the same documents after the moves: history
// and the node table's change (below), the inspector's render of a moved node (rehearseToo). The
// first drop after opening then runs compiled code from pointerup to the frame that shows it.
// Nothing of it reaches the store: not the map, its history, its dirty state or its text.
import { nodeOf } from '../../core/model/node-table.ts';
import { parseMap, yamlInSteps, type MapDocument } from '../../core/format/parse.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { moveNodes } from '../../core/model/operations.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { recorded } from './edits.ts';
import { loaded } from './history.ts';
import { sameChoices } from './node-choices.ts';
import { mapNodeChange, onlyMoved } from './node-table-change.ts';
import { initialState } from './store.ts';

/** Nodes in the rehearsal map: enough to take the paths a real map takes, few enough to cost a few ms. */
const NODES = 48;

/** Users, needs and components using later nodes, as a workshop map is drawn. */
export function rehearsalMap(): WardleyMap {
  const nodes: Record<string, MapNode> = {};
  for (let i = 0; i < NODES; i++) {
    const node: MapNode = {
      kind: i < 2 ? 'user' : i < 10 ? 'need' : 'component',
      name: `Part ${i}`,
      evolution: ((i * 37) % 97) / 97,
      visibility: 1 - i / NODES,
    };
    if (i + 3 < NODES) node.uses = i % 2 === 0 ? [`p${i + 3}`] : [`p${i + 3}`, `p${Math.min(NODES - 1, i + 7)}`];
    nodes[`p${i}`] = node;
  }
  return { version: 1, title: 'Rehearsal', nodes };
}

/**
 * The rehearsal in steps, each a small part of it (parsing, building the yaml Document, one move):
 * run one after another they move three nodes of the rehearsal map, as three drops would.
 * Returns the number of moves the core accepted (every one, unless the edit path is broken).
 */
export function* rehearsalSteps(): Generator<void, number> {
  const parsed = parseMap(stringifyMap(rehearsalMap()));
  if (!parsed.ok) return 0;
  let document = parsed.document;
  const build = yamlInSteps(document);
  if (build) for (let step = build.next(); !step.done; step = build.next()) yield;
  let accepted = 0;
  let before = document;
  for (const id of MOVED) {
    yield;
    const node = nodeOf(document.map, id);
    if (!node) continue;
    const moved = moveNodes(document, [{ id, evolution: 1 - node.evolution, visibility: node.visibility / 2 }]);
    if (!moved.ok) continue;
    before = document;
    document = moved.document;
    accepted += 1;
  }
  if (before === document) return accepted;
  yield;
  rehearseRecording(before, document);
  for (const part of parts) {
    yield;
    part(before, document, MOVED[MOVED.length - 1] as string);
  }
  return accepted;
}

const MOVED = ['p0', 'p20', 'p47'];

/**
 * What the page does with a drop's document besides the core's edit (history, the node table's
 * change its listeners read, the inspector's choices), on the rehearsal's own documents: a history
 * of its own, never the store's, and no cache the map on screen relies on.
 */
function rehearseRecording(before: MapDocument, after: MapDocument): void {
  const own = initialState();
  const doc = { ...loaded(before, 'rehearsal.yaml', null), saved: null };
  recorded({ ...own, doc, selection: { ids: new Set(MOVED) } }, after);
  mapNodeChange(before.map, after.map);
  onlyMoved(before.map, after.map);
  sameChoices(before.map, after.map);
}

type Part = (before: MapDocument, after: MapDocument, moved: string) => void;

const parts: Part[] = [];

/**
 * Adds a view's part of a drop to the rehearsal (the inspector's render of a moved node), run on
 * the rehearsal's documents before and after its last move, `moved` the id of the node it moved.
 * A part must leave the store and the page's shown views alone.
 */
export function rehearseToo(part: Part): void {
  if (!parts.includes(part)) parts.push(part);
}

/** The whole rehearsal at once (tests; the page runs its steps in idle time). */
export function rehearseEdits(): number {
  const steps = rehearsalSteps();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Work per idle callback at most, in ms, as the yaml Document of the map itself is built. */
const SLICE_MS = 8;

let running: Generator<void, number> | null = null;

/**
 * Rehearses in the page's idle time. Asked at every open, not once per page: the engine drops the
 * compiled code of functions left unused for a while.
 */
export function rehearseEditsWhenIdle(): void {
  if (running) return;
  const steps = rehearsalSteps();
  running = steps;
  const slice = (deadline?: { timeRemaining(): number }) => {
    const until = performance.now() + Math.min(SLICE_MS, Math.max(2, deadline?.timeRemaining() ?? SLICE_MS));
    do {
      if (steps.next().done) {
        running = null;
        return;
      }
    } while (performance.now() < until);
    later(slice);
  };
  later(slice);
}

function later(run: (deadline?: { timeRemaining(): number }) => void): void {
  if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 0);
}
