// The legacy monolith a component currently sits in (its `inside`): any other component.
import type { MapNode } from '../../../core/model/types.ts';
import { setField } from '../../store/edits.ts';
import { useMemo } from 'react';
import { nodeChoices, type NodeChoice } from '../../store/node-choices.ts';
import { useMapStore } from '../../store/store.ts';
import { SelectField } from '../fields.tsx';

const NONE: readonly NodeChoice[] = [];

export function InsideField({ id, node }: { id: string; node: MapNode }) {
  const nodes = useMapStore((s) => s.doc.current?.map.nodes);
  const choices = nodes ? nodeChoices(nodes) : NONE;
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
