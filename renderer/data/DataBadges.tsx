// The badges of every component holding sensitive data, in a layer over the nodes rather than
// inside each node's button: a screen reader hears the data in the node's name (data-words.ts),
// and a button's visible text must stay within its name. Each badge sits at the corner of its
// glyph that core/render/data-badges.ts found clear of the neighbours, placed once per map. Badges
// follow a drag in progress, and read the live nodes (not the canvas's deferred map) so a dropped
// node's badge stays with it.
import { useMemo } from 'react';
import { holdsSensitiveData } from '../../core/compliance/classes.ts';
import { nodeIds, nodeOf } from '../../core/model/node-table.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { dataBadgeShapes, type DataBadgeShape } from '../../core/render/data-badges.ts';
import { isMoving, SCALES, shownPosition } from '../canvas/geometry.ts';
import { mapNodeChange } from '../store/node-table-change.ts';
import { useMapStore } from '../store/store.ts';
import { DataBadge } from './DataBadge.tsx';

type Holders = readonly (readonly [string, MapNode])[];

const NONE: Holders = [];
const NO_SHAPES: ReadonlyMap<string, DataBadgeShape> = new Map();
/** More changed nodes than this (a paste, a reload) and the map is walked again. */
const FEW = 64;
let last: { map: WardleyMap; holders: Holders } | null = null;

/**
 * The nodes of `map` holding sensitive data, in the table's order. After an edit of a few nodes
 * that keeps the ids (a drop, a rename) the last list is brought up to date at those nodes, so a
 * large map's edit neither walks its every node nor makes its `nodes` record here.
 */
function holdersOf(map: WardleyMap | undefined): Holders {
  if (!map) return NONE;
  const kept = last && updatedHolders(last.map, last.holders, map);
  const holders = kept ?? nodeIds(map).flatMap((id) => held(id, nodeOf(map, id)));
  last = { map, holders };
  return holders;
}

function* ids(holders: Holders): Generator<string> {
  for (const [id] of holders) yield id;
}

function held(id: string, node: MapNode | undefined): (readonly [string, MapNode])[] {
  return node && holdsSensitiveData(node) ? [[id, node]] : [];
}

function updatedHolders(prev: WardleyMap, holders: Holders, next: WardleyMap): Holders | undefined {
  if (prev === next) return holders;
  const { changed, sameIds } = mapNodeChange(prev, next);
  if (!sameIds || changed.length > FEW) return undefined;
  const holding = new Set(holders.map(([id]) => id));
  const now = new Map<string, MapNode>();
  for (const id of changed) {
    const node = nodeOf(next, id);
    const was = holding.has(id);
    const is = node !== undefined && holdsSensitiveData(node);
    if (was !== is) return undefined;
    if (is) now.set(id, node);
  }
  return now.size === 0 ? holders : holders.map(([id, node]) => [id, now.get(id) ?? node] as const);
}

export function DataBadges() {
  const map = useMapStore((s) => s.doc.current?.map);
  const holders = useMemo(() => holdersOf(map), [map]);
  const shapes = useMemo(
    () => (map && holders.length > 0 ? dataBadgeShapes(map, SCALES, ids(holders)) : NO_SHAPES),
    [map, holders],
  );
  const gesture = useMapStore((s) => (holders.some(([id]) => isMoving(s.gesture, id)) ? s.gesture : null));
  return (
    <g className="data-badges" aria-hidden="true">
      {holders.map(([id, node]) => {
        const move = gesture?.kind === 'move' && isMoving(gesture, id) ? gesture : null;
        const at = shownPosition(node, move);
        const shape = shapes.get(id);
        if (!shape) return null;
        return (
          <g key={id} data-badge-of={id} transform={`translate(${at.x},${at.y})`}>
            <DataBadge node={node} shape={shape} />
          </g>
        );
      })}
    </g>
  );
}
