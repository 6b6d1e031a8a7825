// The inspector: every field of the selected node. Each change is one core operation; when the
// core refuses it, its messages show here and the map stays as it was.
import type { DeployHints, MapNode, Sourcing } from '../../core/model/types.ts';
import { NODE_KINDS, SOURCINGS } from '../../core/model/types.ts';
import { changeId, setField, setSourcing, unlinkNodes, linkNodes } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';
import { nodeById } from '../canvas/geometry.ts';
import { CheckField, NumberField, SelectField, TextField } from './fields.tsx';
import { DeployFields } from './DeployFields.tsx';

const optional = (text: string) => (text.trim() === '' ? undefined : text);

export function Inspector() {
  const selected = useMapStore((s) => s.selection.ids);
  const errors = useMapStore((s) => s.ui.editErrors);
  const id = selected.size === 1 ? [...selected][0] : undefined;
  const node = useMapStore((s) => (id ? nodeById(s, id) : undefined));
  return (
    <section className="panel inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      {errors.length > 0 && (
        <ul className="edit-errors" role="alert">
          {errors.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      )}
      {!id || !node ? (
        <p className="hint">{selected.size > 1 ? `${selected.size} nodes selected` : 'Select a node to edit it.'}</p>
      ) : (
        <NodeFields key={id} id={id} node={node} />
      )}
    </section>
  );
}

function NodeFields({ id, node }: { id: string; node: MapNode }) {
  const set = (field: string) => (value: unknown) => setField(id, field, value);
  return (
    <div className="fields">
      <TextField label="Name" value={node.name} onCommit={set('name')} />
      <TextField label="Id" value={id} onCommit={(to) => changeId(id, to)} />
      <SelectField
        label="Kind"
        value={node.kind}
        options={NODE_KINDS.map((k) => [k, k] as const)}
        onChange={set('kind')}
      />
      <SelectField
        label="Sourcing"
        value={node.sourcing ?? ''}
        options={[['', '(undecided)'], ...SOURCINGS.map((s) => [s, s] as const)]}
        onChange={(v) => setSourcing(id, v === '' ? undefined : (v as Sourcing))}
      />
      <NumberField label="Evolution" value={node.evolution} onCommit={(v) => v !== undefined && set('evolution')(v)} />
      <NumberField
        label="Visibility"
        value={node.visibility}
        onCommit={(v) => v !== undefined && set('visibility')(v)}
      />
      <NumberField label="Evolve to" value={node.evolve} onCommit={set('evolve')} />
      <CheckField
        label="Inertia"
        value={node.inertia === true}
        onChange={(v) => set('inertia')(v ? true : undefined)}
      />
      <InsideField id={id} node={node} />
      <TextField label="Team" value={node.team ?? ''} onCommit={(v) => set('team')(optional(v))} />
      <TextField label="URL" value={node.url ?? ''} onCommit={(v) => set('url')(optional(v))} />
      <TextField label="Note" value={node.note ?? ''} multiline onCommit={(v) => set('note')(optional(v))} />
      <UsesField id={id} node={node} />
      {node.kind === 'component' && (
        <DeployFields deploy={node.deploy} onChange={(d: DeployHints | undefined) => set('deploy')(d)} />
      )}
    </div>
  );
}

function InsideField({ id, node }: { id: string; node: MapNode }) {
  const components = useMapStore((s) => s.doc.current?.map.nodes);
  const options = Object.entries(components ?? {})
    .filter(([other, n]) => other !== id && n?.kind === 'component')
    .map(([other, n]) => [other, n?.name ?? other] as const);
  return (
    <SelectField
      label="Inside (monolith)"
      value={node.inside ?? ''}
      options={[['', '(none)'], ...options]}
      onChange={(v) => setField(id, 'inside', v === '' ? undefined : v)}
    />
  );
}

function UsesField({ id, node }: { id: string; node: MapNode }) {
  const nodes = useMapStore((s) => s.doc.current?.map.nodes) ?? {};
  const uses = node.uses ?? [];
  const candidates = Object.keys(nodes).filter((other) => other !== id && !uses.includes(other));
  return (
    <div className="field uses">
      <span>Uses</span>
      <ul>
        {uses.map((to) => (
          <li key={to}>
            {nodes[to]?.name ?? to}{' '}
            <button type="button" aria-label={`Remove link to ${to}`} onClick={() => unlinkNodes(id, to)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <select aria-label="Add a link" value="" onChange={(e) => e.target.value && linkNodes(id, e.target.value)}>
        <option value="">+ uses…</option>
        {candidates.map((c) => (
          <option key={c} value={c}>
            {nodes[c]?.name ?? c}
          </option>
        ))}
      </select>
    </div>
  );
}
