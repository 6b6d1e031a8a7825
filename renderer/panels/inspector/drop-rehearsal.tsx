// The inspector's part of the drop rehearsal (store/edit-rehearsal.ts): the fields that follow a
// drop (Evolution, Visibility) rendered for a node of the rehearsal map, then again once it moved,
// in a root of their own that is never in the page. A drop's render of the inspector (each field
// resetting its draft to the new value) has then run before the first real drop after opening.
// Their handlers run only when a field is edited, which nothing here does.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { MapDocument } from '../../../core/format/parse.ts';
import { nodeOf } from '../../../core/model/node-table.ts';
import type { MapNode } from '../../../core/model/types.ts';
import { NodePlaceFields } from './NodeFields.tsx';

function fieldsOf(id: string, node: MapNode) {
  return <NodePlaceFields id={id} node={node} />;
}

/** Renders the moved node's place fields before and after the move, off the page. */
export function rehearseInspector(before: MapDocument, after: MapDocument, moved: string): void {
  if (typeof document === 'undefined') return;
  const from = nodeOf(before.map, moved);
  const to = nodeOf(after.map, moved);
  if (!from || !to) return;
  const root = createRoot(document.createElement('div'));
  try {
    flushSync(() => root.render(fieldsOf(moved, from)));
    flushSync(() => root.render(fieldsOf(moved, to)));
  } finally {
    root.unmount();
  }
}
