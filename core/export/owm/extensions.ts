// The `x-owm-*` extension fields: what an OWM map says that Mapwright's model has no field for.
// Import writes them, export reads them back, so import → export → import keeps them.
import type { Pair } from './statements.ts';

/** On a node. */
export const NODE_X = {
  /** Label offset in pixels, [x, y]. */
  label: 'x-owm-label',
  /** `market`, `ecosystem` or `submap`: how OWM draws the component. */
  type: 'x-owm-type',
  /** The `url(name)` reference of a submap. */
  url: 'x-owm-url',
  /** The name as written in OWM when it had a line break (`"API\nGateway"`). */
  name: 'x-owm-name',
  evolveName: 'x-owm-evolve-name',
  evolveLabel: 'x-owm-evolve-label',
  evolveDecorator: 'x-owm-evolve-decorator',
  /** Link details beyond `uses`: [{ to: id, flow?: '+>', context?: text }]. */
  links: 'x-owm-links',
  /** `[maturity1, maturity2]` for a pipeline bar, or `block` for a pipeline with children. */
  pipeline: 'x-owm-pipeline',
  /** The id of the pipeline this component sits in. */
  pipelineOf: 'x-owm-pipeline-of',
} as const;

/** On the map. */
export const MAP_X = {
  urls: 'x-owm-urls',
  style: 'x-owm-style',
  size: 'x-owm-size',
  valuechain: 'x-owm-valuechain',
  yAxis: 'x-owm-y-axis',
  accelerators: 'x-owm-accelerators',
  /** Pioneers / settlers / town planners boxes. */
  pst: 'x-owm-pst',
  /** Where the annotations legend sits, [visibility, maturity]. */
  legend: 'x-owm-annotations',
  comments: 'x-owm-comments',
  /** Lines with no meaning on the map (unknown keywords, links to unknown names), verbatim. */
  lines: 'x-owm-lines',
} as const;

/** On an annotation. */
export const ANNOTATION_X = {
  number: 'x-owm-number',
  /** All the places an annotation points at, when there is more than one. */
  points: 'x-owm-points',
} as const;

export interface LinkExtra {
  to: string;
  flow?: string;
  context?: string;
}

export function isPair(value: unknown): value is Pair {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Entries of an array of objects, each as a string-keyed record (anything else skipped). */
export function recordsOf(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
}

export function linkExtrasOf(value: unknown): LinkExtra[] {
  const out: LinkExtra[] = [];
  for (const r of recordsOf(value)) {
    const to = stringOf(r['to']);
    if (to === undefined) continue;
    const extra: LinkExtra = { to };
    const flow = stringOf(r['flow']);
    const context = stringOf(r['context']);
    if (flow !== undefined) extra.flow = flow;
    if (context !== undefined) extra.context = context;
    out.push(extra);
  }
  return out;
}
