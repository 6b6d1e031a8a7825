// The node's `uses` links, with a list to add one. Only what the value chain allows is offered:
// a user uses needs and components, a need uses needs and components, a component uses components;
// nothing uses a user.
import type { MapNode, NodeKind } from '../../../core/model/types.ts';
import { linkNodes, unlinkNodes } from '../../store/edits.ts';
import { useMemo } from 'react';
import { choicesOf } from '../../store/node-choices.ts';
import { useMapStore } from '../../store/store.ts';
import { ChoiceSelect } from '../fields.tsx';

const USABLE: Record<NodeKind, readonly NodeKind[]> = {
  user: ['need', 'component'],
  need: ['need', 'component'],
  component: ['component'],
};

export function UsesField({ id, node }: { id: string; node: MapNode }) {
  // The list, not the nodes table: an edit that renames or re-kinds no node leaves it as it was.
  const choices = useMapStore((s) => choicesOf(s.doc.current?.map));
  const names = useMemo(() => new Map(choices.map(([other, name]) => [other, name])), [choices]);
  const uses = node.uses ?? [];
  // By value: an edit of the node (a drop) gives it a new `uses` array with the same ids, and a new
  // list would re-render every option of a large map's select.
  const used = uses.join('\n');
  const candidates = useMemo(() => {
    const taken = new Set(used === '' ? [] : used.split('\n'));
    const usable = USABLE[node.kind];
    return choices
      .filter(([other, , kind]) => other !== id && !taken.has(other) && usable.includes(kind))
      .map(([other, name]) => [other, name] as const);
  }, [choices, id, node.kind, used]);
  return (
    <div className="field uses">
      <span>Uses</span>
      <ul>
        {uses.map((to) => (
          <li key={to}>
            {names.get(to) ?? to}{' '}
            <button
              type="button"
              aria-label={`Remove link to ${names.get(to) ?? to}`}
              onClick={() => unlinkNodes(id, to)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <ChoiceSelect
        label="Add a link"
        value=""
        head={'<option value="">+ uses…</option>'}
        options={candidates}
        onChange={(to) => to && linkNodes(id, to)}
      />
    </div>
  );
}
