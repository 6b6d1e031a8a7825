// How Mapwright writes YAML: one set of options for every serialisation, so a map written by
// `fmt`, by an edit or by an import looks the same, and formatting twice changes nothing.
import type { ToStringOptions } from 'yaml';

export const YAML_STYLE: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
  singleQuote: null,
};

/** The first line of every map Mapwright creates: editors then offer completion and checks. */
export const SCHEMA_COMMENT = 'yaml-language-server: $schema=../schema/map.schema.json';

/** Coordinates are kept to 3 decimals so a nudge does not produce a 17-digit diff. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Canonical order of a node's fields; fields not listed (x- extensions) follow in their own order. */
export const NODE_FIELD_ORDER = [
  'kind',
  'name',
  'evolution',
  'visibility',
  'sourcing',
  'evolve',
  'inertia',
  'inside',
  'team',
  'data',
  'agreements',
  'uses',
  'url',
  'note',
  'deploy',
  'plan',
  'evolutionAnswers',
  'ignore',
] as const;

export const MAP_FIELD_ORDER = [
  'version',
  'title',
  'description',
  'stages',
  'deployment',
  'nodes',
  'annotations',
] as const;

export function inFieldOrder<T extends object>(value: T, order: readonly string[]): T {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries) as T;
}
