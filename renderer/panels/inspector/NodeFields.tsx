// The fields of one node, by kind: sourcing, the monolith it sits in and deployment hints belong
// to components only (the exports ignore them elsewhere, so they are not offered there).
// A drop changes a node's place and nothing else: the groups of fields that do not show the place
// keep their render (memo), so the drop's task re-renders the Evolution and Visibility fields only,
// not the thirty-odd inputs of a component, whose every re-render also re-set each input's name
// and type in the page (React 19).
import { memo, useMemo } from 'react';
import type { DeployHints, MapNode, NodeKind, Sourcing } from '../../../core/model/types.ts';
import { NODE_KINDS, SOURCINGS } from '../../../core/model/types.ts';
import { changeId, setField, setSourcing } from '../../store/edits.ts';
import { samePlaceAside } from '../../store/node-table-change.ts';
import { CheckField, NumberField, SelectField, TextField } from '../fields.tsx';
import { DeployFields } from '../DeployFields.tsx';
import { DataFields } from './DataFields.tsx';
import { FacadePaths } from './FacadePaths.tsx';
import { InsideField } from './InsideField.tsx';
import { ProtocolFields } from './ProtocolFields.tsx';
import { UsesField } from './UsesField.tsx';

const optional = (text: string) => (text.trim() === '' ? undefined : text);

interface NodeProps {
  id: string;
  node: MapNode;
}

/** Props of a group that does not show the node's place: the same unless more than the place changed. */
function sameApartFromPlace(a: NodeProps, b: NodeProps): boolean {
  return a.id === b.id && (a.node === b.node || samePlaceAside(a.node, b.node));
}

const KIND_OPTIONS = NODE_KINDS.map((k) => [k, k] as const);
const SOURCING_OPTIONS = [['', '(undecided)'] as const, ...SOURCINGS.map((s) => [s, s] as const)];

/** The fields of a node's place, memoised on the values they show (what a drop changes). */
export function NodePlaceFields({ id, node }: NodeProps) {
  return (
    <PositionFields
      id={id}
      kind={node.kind}
      evolution={node.evolution}
      visibility={node.visibility}
      evolve={node.evolve}
      inertia={node.inertia === true}
    />
  );
}

export function NodeFields({ id, node }: NodeProps) {
  return (
    <div className="fields">
      <IdentityFields id={id} node={node} />
      <NodePlaceFields id={id} node={node} />
      <DetailFields id={id} node={node} />
    </div>
  );
}

const IdentityFields = memo(function IdentityFields({ id, node }: NodeProps) {
  const set = (field: string) => (value: unknown) => setField(id, field, value);
  return (
    <>
      <TextField label="Name" value={node.name} onCommit={set('name')} />
      <TextField label="Id" value={id} onCommit={(to) => changeId(id, to)} />
      <SelectField label="Kind" value={node.kind} options={KIND_OPTIONS} onChange={set('kind')} />
      {node.kind === 'component' && (
        <SelectField
          label="Sourcing"
          value={node.sourcing ?? ''}
          options={SOURCING_OPTIONS}
          onChange={(v) => setSourcing(id, v === '' ? undefined : (v as Sourcing))}
        />
      )}
    </>
  );
}, sameApartFromPlace);

interface Place {
  id: string;
  kind: NodeKind;
  evolution: number;
  visibility: number;
  evolve: number | undefined;
  inertia: boolean;
}

/**
 * Where the node sits, and for needs and components where it is heading. Its fields' handlers
 * depend on the node's id only, so a field whose value a drop leaves alone is not rendered again.
 */
const PositionFields = memo(function PositionFields({ id, kind, evolution, visibility, evolve, inertia }: Place) {
  const on = useMemo(
    () => ({
      evolution: (v: number | undefined) => v !== undefined && setField(id, 'evolution', v),
      visibility: (v: number | undefined) => v !== undefined && setField(id, 'visibility', v),
      evolve: (v: number | undefined) => setField(id, 'evolve', v),
      inertia: (v: boolean) => setField(id, 'inertia', v ? true : undefined),
    }),
    [id],
  );
  return (
    <>
      <NumberField label="Evolution" value={evolution} onCommit={on.evolution} />
      <NumberField label="Visibility" value={visibility} onCommit={on.visibility} />
      {kind !== 'user' && <NumberField label="Evolve to" value={evolve} onCommit={on.evolve} />}
      {kind !== 'user' && <CheckField label="Inertia" value={inertia} onChange={on.inertia} />}
    </>
  );
});

const DetailFields = memo(function DetailFields({ id, node }: NodeProps) {
  const set = (field: string) => (value: unknown) => setField(id, field, value);
  const component = node.kind === 'component';
  return (
    <>
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
    </>
  );
}, sameApartFromPlace);
