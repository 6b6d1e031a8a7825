// Where a component is reached at the facade, from core/system's one path table (the function the
// bundle and the plan route with): its own hints, `plan.paths`, or the `/<id>` default for what
// users reach. Read-only: the paths are edited in the deployment hints.
import { useDeferredValue, useMemo } from 'react';
import { useMapStore } from '../../store/store.ts';
import { facadeTable } from './facade-table.ts';

export function FacadePaths({ id }: { id: string }) {
  // The path table covers the whole map (tens of ms on a large one): it follows an edit in a
  // deferred render, so the inspector's own fields update at once after a drop, and a drop keeps
  // the table it had (facade-table.ts).
  const map = useDeferredValue(useMapStore((s) => s.doc.current?.map));
  const paths = useMemo(() => (map === undefined ? [] : (facadeTable(map).paths.get(id) ?? [])), [map, id]);
  return (
    <p className="hint facade-paths" data-facade-paths={paths.join(' ')}>
      At the facade: {paths.length > 0 ? paths.join(', ') : 'no public path'}
    </p>
  );
}
