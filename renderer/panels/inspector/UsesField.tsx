// The node's `uses` links, with a list to add one. Only what the value chain allows is offered:
// a user uses needs and components, a need uses needs and components, a component uses components;
// nothing uses a user.
import type { MapNode, NodeKind } from '../../../core/model/types.ts';
import { linkNodes, unlinkNodes } from '../../store/edits.ts';
import { sameOption, useSameList } from '../../store/same-list.ts';
import { useMapStore } from '../../store/store.ts';
import { OptionList } from '../fields.tsx';

const USABLE: Record<NodeKind, readonly NodeKind[]> = {
  user: ['need', 'component'],
  need: ['need', 'component'],
  component: ['component'],
};

/** Ids `node` could newly use: not itself, not already used, and of a kind its own kind may use. */
export function usableCandidates(id: string, node: MapNode, nodes: Record<string, MapNode | undefined>): string[] {
  const uses = node.uses ?? [];
  return Object.keys(nodes).filter((other) => {
    const kind = nodes[other]?.kind;
    return other !== id && !uses.includes(other) && kind !== undefined && USABLE[node.kind].includes(kind);
  });
}

export function UsesField({ id, node }: { id: string; node: MapNode }) {
  const nodes = useMapStore((s) => s.doc.current?.map.nodes) ?? {};
  const uses = node.uses ?? [];
  const candidates = useSameList(
    usableCandidates(id, node, nodes).map((c) => [c, nodes[c]?.name ?? c] as const),
    sameOption,
  );
  return (
    <div className="field uses">
      <span>Uses</span>
      <ul>
        {uses.map((to) => (
          <li key={to}>
            {nodes[to]?.name ?? to}{' '}
            <button
              type="button"
              aria-label={`Remove link to ${nodes[to]?.name ?? to}`}
              onClick={() => unlinkNodes(id, to)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <select aria-label="Add a link" value="" onChange={(e) => e.target.value && linkNodes(id, e.target.value)}>
        <option value="">+ uses…</option>
        <OptionList options={candidates} />
      </select>
    </div>
  );
}
