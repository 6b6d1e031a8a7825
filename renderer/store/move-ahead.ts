// A drag's move worked out ahead of its drop. While the nodes are dragged, the edit a drop at the
// pointer's place would make (the core's moveNodes: splice, incremental parse, checks, file text)
// is worked out in a task after each pointer move, when the page has nothing else to do. The drop
// then only records that document, if it is for the same map, the same nodes and the same offset
// (the pointer usually rests before it is released); otherwise it makes the edit as ever. The
// drop's own task is left with the store update and the inspector's render, and the drag has run
// the edit path at the map's real size before the first drop (the engine compiles it then).
import { nodeOf } from '../../core/model/node-table.ts';
import type { MapDocument } from '../../core/format/parse.ts';
import * as ops from '../../core/model/operations.ts';
import { clampUnit } from '../../core/render/frame.ts';
import { useMapStore } from './store.ts';
import { stillBuilding } from './warm-for-edits.ts';

type EditResult = ReturnType<typeof ops.moveNodes>;
type Moves = Parameters<typeof ops.moveNodes>[1];

interface Ahead {
  document: MapDocument;
  key: string;
  result: EditResult;
}

let ahead: Ahead | null = null;
let pending: ReturnType<typeof setTimeout> | null = null;

function keyOf(ids: readonly string[], dEvolution: number, dVisibility: number): string {
  return `${dEvolution} ${dVisibility} ${ids.join('\n')}`;
}

/** Where each of `ids` lands when moved by the offset (clamped to the map), skipping unknown ids. */
export function plannedMoves(
  document: MapDocument,
  ids: readonly string[],
  dEvolution: number,
  dVisibility: number,
): Moves {
  return ids.flatMap((id) => {
    const node = nodeOf(document.map, id);
    if (!node) return [];
    return [
      { id, evolution: clampUnit(node.evolution + dEvolution), visibility: clampUnit(node.visibility + dVisibility) },
    ];
  });
}

function workOut(ids: readonly string[], dEvolution: number, dVisibility: number): void {
  const document = useMapStore.getState().doc.current;
  // A Document still being built would be finished in one piece here: the drop waits for it anyway.
  if (!document || stillBuilding(document) || (dEvolution === 0 && dVisibility === 0)) return;
  const key = keyOf(ids, dEvolution, dVisibility);
  if (ahead?.document === document && ahead.key === key) return;
  const moves = plannedMoves(document, ids, dEvolution, dVisibility);
  if (moves.length === 0) return;
  ahead = { document, key, result: ops.moveNodes(document, moves) };
}

/**
 * Works out, in a task after this one, the move of `ids` by the offset on the map on screen; a
 * later call before it runs replaces it (one per pointer move at most, the latest).
 */
export function moveAhead(ids: Iterable<string>, dEvolution: number, dVisibility: number): void {
  const moved = [...ids];
  if (pending !== null) clearTimeout(pending);
  pending = setTimeout(() => {
    pending = null;
    workOut(moved, dEvolution, dVisibility);
  }, 0);
}

/**
 * The move of `ids` by the offset on `document` if it was worked out ahead (and forgets it): a
 * drop made with this result records the same edit as moveNodes would make now.
 */
export function movedAhead(
  document: MapDocument,
  ids: readonly string[],
  dEvolution: number,
  dVisibility: number,
): EditResult | undefined {
  const ready = ahead;
  ahead = null;
  if (pending !== null) clearTimeout(pending);
  pending = null;
  if (!ready || ready.document !== document || ready.key !== keyOf(ids, dEvolution, dVisibility)) return undefined;
  return ready.result;
}
