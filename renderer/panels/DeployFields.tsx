// Deployment hints of a component: image and runtime for build, a pinned chart for buy, the
// managed service for outsource. Empty fields are removed rather than written as blanks.
import type { ReactNode } from 'react';
import type { DeployHints } from '../../core/model/types.ts';
import { NumberField, TextField } from './fields.tsx';

type Path = readonly [string] | readonly [string, string];

export function DeployFields({
  deploy,
  onChange,
  children,
}: {
  deploy: DeployHints | undefined;
  onChange(d: DeployHints | undefined): void;
  /** Fields edited by named operations of their own (protocol, stream port), after the port. */
  children?: ReactNode;
}) {
  const current = deploy ?? {};
  const text = (label: string, path: Path) => (
    <TextField
      key={path.join('.')}
      label={label}
      value={String(read(current, path) ?? '')}
      onCommit={(v) => onChange(written(current, path, v.trim() === '' ? undefined : v))}
    />
  );
  const number = (label: string, path: Path) => {
    const value = read(current, path);
    return (
      <NumberField
        key={path.join('.')}
        label={label}
        step={1}
        value={typeof value === 'number' ? value : undefined}
        onCommit={(v) => onChange(written(current, path, v))}
      />
    );
  };
  return (
    <fieldset className="deploy">
      <legend>Deployment</legend>
      {text('Image', ['image'])}
      {text('Tag', ['tag'])}
      {number('Port', ['port'])}
      {children}
      {number('Replicas', ['replicas'])}
      {text('Public path', ['path'])}
      {text('Health path', ['health'])}
      {text('Chart name (buy)', ['chart', 'name'])}
      {text('Chart repository', ['chart', 'repository'])}
      {text('Chart version', ['chart', 'version'])}
      {text('Service provider (outsource)', ['service', 'provider'])}
      {text('Service kind', ['service', 'kind'])}
      {text('Service host', ['service', 'host'])}
      {number('Service port', ['service', 'port'])}
    </fieldset>
  );
}

function read(deploy: DeployHints, path: Path): unknown {
  const [head, sub] = path;
  const value = deploy[head];
  if (sub === undefined) return value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[sub] : undefined;
}

/** A new deploy object with `path` set (or removed when undefined); empty objects disappear. */
export function written(deploy: DeployHints, path: Path, value: unknown): DeployHints | undefined {
  const [head, sub] = path;
  const next: Record<string, unknown> = { ...deploy };
  if (sub === undefined) {
    next[head] = value;
  } else {
    const inner = {
      ...((typeof next[head] === 'object' && next[head] !== null ? next[head] : {}) as Record<string, unknown>),
    };
    inner[sub] = value;
    if (value === undefined) delete inner[sub];
    next[head] = Object.keys(inner).length > 0 ? inner : undefined;
  }
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  return Object.keys(next).length > 0 ? (next as DeployHints) : undefined;
}
