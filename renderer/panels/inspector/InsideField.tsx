// The legacy monolith a component currently sits in (its `inside`): any other component.
import type { MapNode } from '../../../core/model/types.ts';
import { setField } from '../../store/edits.ts';
import { useMemo } from 'react';
import { choicesOf } from '../../store/node-choices.ts';
import { useMapStore } from '../../store/store.ts';
import { SelectField } from '../fields.tsx';

export function InsideField({ id, node }: { id: string; node: MapNode }) {
  // The list, not the nodes table: an edit that renames or re-kinds no node leaves it as it was.
  const choices = useMapStore((s) => choicesOf(s.doc.current?.map));
  const options = useMemo(
    () => [
      ['', '(none)'] as const,
      ...choices
        .filter(([other, , kind]) => other !== id && kind === 'component')
        .map(([other, name]) => [other, name] as const),
    ],
    [choices, id],
  );
  return (
    <SelectField
      label="Inside (monolith)"
      value={node.inside ?? ''}
      options={options}
      onChange={(v) => setField(id, 'inside', v === '' ? undefined : v)}
    />
  );
}
