// The facade's path table as the inspector shows it. It covers the whole map (tens of ms on a
// large one) and does not depend on where nodes sit, so after a drop or a nudge the table of the
// map before is kept rather than worked out again in the task that follows the drop.
import { pathTable, type PathTable } from '../../../core/system/paths.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { onlyMoved } from '../../store/node-table-change.ts';

let last: { map: WardleyMap; table: PathTable } | null = null;

/** pathTable(map), kept from the last map asked while only nodes' places changed since. */
export function facadeTable(map: WardleyMap): PathTable {
  if (last && onlyMoved(last.map, map)) {
    last = { map, table: last.table };
    return last.table;
  }
  const table = pathTable(map);
  last = { map, table };
  return table;
}
