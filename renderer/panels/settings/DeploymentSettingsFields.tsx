// Map-level deployment settings: image registry, namespace, tag, host, the ingress gateway and the
// environments (each with its namespace, replicas, host and sites).
import * as settings from '../../../core/model/map-settings.ts';
import type { DeploymentSettings } from '../../../core/model/types.ts';
import { applyEdit } from '../../store/edits.ts';
import { TextField } from '../fields.tsx';
import { EnvironmentsFields } from './EnvironmentsFields.tsx';

const FIELDS: readonly [settings.DeploymentField, string][] = [
  ['registry', 'Registry'],
  ['namespace', 'Namespace'],
  ['tag', 'Image tag'],
  ['host', 'Host'],
];

export function DeploymentSettingsFields({ deployment }: { deployment: DeploymentSettings | undefined }) {
  const gateway = deployment?.gateway;
  return (
    <fieldset className="settings-group">
      <legend>Deployment</legend>
      {FIELDS.map(([field, label]) => (
        <TextField
          key={field}
          label={label}
          value={String(deployment?.[field] ?? '')}
          onCommit={(v) => applyEdit((d) => settings.setDeploymentField(d, field, v))}
        />
      ))}
      <TextField
        label="Gateway"
        value={gateway?.name ?? ''}
        onCommit={(v) => applyEdit((d) => settings.setGateway(d, v, gateway?.namespace))}
      />
      {gateway && (
        <TextField
          label="Gateway namespace"
          value={gateway.namespace ?? ''}
          onCommit={(v) => applyEdit((d) => settings.setGateway(d, gateway.name, v))}
        />
      )}
      <EnvironmentsFields environments={deployment?.environments} />
    </fieldset>
  );
}
