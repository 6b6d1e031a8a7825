// The fields of one node, by kind: sourcing, the monolith it sits in and deployment hints belong
// to components only (the exports ignore them elsewhere, so they are not offered there).
import type { DeployHints, MapNode, Sourcing } from '../../../core/model/types.ts';
import { NODE_KINDS, SOURCINGS } from '../../../core/model/types.ts';
import { changeId, setField, setSourcing } from '../../store/edits.ts';
import { CheckField, NumberField, SelectField, TextField } from '../fields.tsx';
import { DeployFields } from '../DeployFields.tsx';
import { DataFields } from './DataFields.tsx';
import { FacadePaths } from './FacadePaths.tsx';
import { InsideField } from './InsideField.tsx';
import { ProtocolFields } from './ProtocolFields.tsx';
import { UsesField } from './UsesField.tsx';

const optional = (text: string) => (text.trim() === '' ? undefined : text);

export function NodeFields({ id, node }: { id: string; node: MapNode }) {
  const set = (field: string) => (value: unknown) => setField(id, field, value);
  const component = node.kind === 'component';
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
      {component && (
        <SelectField
          label="Sourcing"
          value={node.sourcing ?? ''}
          options={[['', '(undecided)'], ...SOURCINGS.map((s) => [s, s] as const)]}
          onChange={(v) => setSourcing(id, v === '' ? undefined : (v as Sourcing))}
        />
      )}
      <PositionFields id={id} node={node} />
      {component && <InsideField id={id} node={node} />}
      {component && <TextField label="Team" value={node.team ?? ''} onCommit={(v) => set('team')(optional(v))} />}
      {component && <DataFields id={id} node={node} />}
      <TextField label="URL" value={node.url ?? ''} onCommit={(v) => set('url')(optional(v))} />
      <TextField label="Note" value={node.note ?? ''} multiline onCommit={(v) => set('note')(optional(v))} />
      <UsesField id={id} node={node} />
      {component && (
        <DeployFields deploy={node.deploy} onChange={(d: DeployHints | undefined) => set('deploy')(d)}>
          <ProtocolFields id={id} node={node} />
        </DeployFields>
      )}
      {component && <FacadePaths id={id} />}
    </div>
  );
}

/** Where the node sits, and for needs and components where it is heading. */
function PositionFields({ id, node }: { id: string; node: MapNode }) {
  const set = (field: string) => (value: unknown) => setField(id, field, value);
  return (
    <>
      <NumberField label="Evolution" value={node.evolution} onCommit={(v) => v !== undefined && set('evolution')(v)} />
      <NumberField
        label="Visibility"
        value={node.visibility}
        onCommit={(v) => v !== undefined && set('visibility')(v)}
      />
      {node.kind !== 'user' && <NumberField label="Evolve to" value={node.evolve} onCommit={set('evolve')} />}
      {node.kind !== 'user' && (
        <CheckField
          label="Inertia"
          value={node.inertia === true}
          onChange={(v) => set('inertia')(v ? true : undefined)}
        />
      )}
    </>
  );
}
