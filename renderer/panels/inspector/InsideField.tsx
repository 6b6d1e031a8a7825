// The legacy monolith a component currently sits in (its `inside`): any other component.
import type { MapNode } from '../../../core/model/types.ts';
import { setField } from '../../store/edits.ts';
import { sameOption, useSameList } from '../../store/same-list.ts';
import { useMapStore } from '../../store/store.ts';
import { SelectField } from '../fields.tsx';

export function InsideField({ id, node }: { id: string; node: MapNode }) {
  const components = useMapStore((s) => s.doc.current?.map.nodes);
  const options = useSameList(
    [
      ['', '(none)'] as const,
      ...Object.entries(components ?? {})
        .filter(([other, n]) => other !== id && n?.kind === 'component')
        .map(([other, n]) => [other, n?.name ?? other] as const),
    ],
    sameOption,
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
