// The environments a bundle gets an overlay for (dev, test, prod…): add one by name, then set its
// namespace, replicas, host and sites; remove it with its button.
import { useState } from 'react';
import * as settings from '../../../core/model/map-settings.ts';
import type { Environment } from '../../../core/model/types.ts';
import { applyEdit } from '../../store/edits.ts';
import { NumberField, TextField } from '../fields.tsx';

export function EnvironmentsFields({
  environments,
}: {
  environments: Record<string, Environment | undefined> | undefined;
}) {
  const [name, setName] = useState('');
  const add = () => {
    if (applyEdit((d) => settings.addEnvironment(d, name.trim()))) setName('');
  };
  return (
    <div className="environments">
      {Object.entries(environments ?? {}).map(([env, e]) => (
        <EnvironmentFields key={env} name={env} environment={e ?? {}} />
      ))}
      <div className="field add-environment">
        <input
          aria-label="New environment name"
          placeholder="prod"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button type="button" onClick={add} disabled={name.trim() === ''}>
          Add environment
        </button>
      </div>
    </div>
  );
}

function EnvironmentFields({ name, environment }: { name: string; environment: Environment }) {
  const set = (field: settings.EnvironmentField, value: string | number | string[] | undefined) =>
    applyEdit((d) => settings.setEnvironmentField(d, name, field, value));
  return (
    <fieldset className="environment" aria-label={`Environment ${name}`}>
      <legend>{name}</legend>
      <TextField
        label={`${name} namespace`}
        value={environment.namespace ?? ''}
        onCommit={(v) => set('namespace', v.trim())}
      />
      <NumberField
        label={`${name} replicas`}
        step={1}
        value={environment.replicas}
        onCommit={(v) => set('replicas', v)}
      />
      <TextField label={`${name} host`} value={environment.host ?? ''} onCommit={(v) => set('host', v.trim())} />
      <TextField
        label={`${name} sites`}
        value={(environment.sites ?? []).join(', ')}
        onCommit={(v) =>
          set(
            'sites',
            v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          )
        }
      />
      <button type="button" onClick={() => applyEdit((d) => settings.removeEnvironment(d, name))}>
        Remove {name}
      </button>
    </fieldset>
  );
}
