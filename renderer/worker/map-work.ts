// What the map worker does with one request, as a plain function: the worker (map-worker.ts)
// calls it for each message, and a page without workers (or a test in Node) calls it directly.
// Everything in and out is plain data, so it crosses postMessage as a structured clone.
import { checkDocument } from '../../core/doctrine/index.ts';
import { parseMap } from '../../core/format/parse.ts';
import type { Diagnostic, WardleyMap } from '../../core/model/types.ts';

export interface MapWorkRequest {
  /** The whole file text (LF or CRLF, with or without BOM), as parseMap takes it. */
  text: string;
  /** Also run every doctrine rule and place the findings in `text`. */
  check: boolean;
  /**
   * Also send the map back. Off unless asked: the page copies the answer in on its main thread,
   * and a 2,000-node map's copy took it about a hundred ms after each edit's doctrine check.
   */
  withMap?: boolean;
}

/**
 * The answer: the text loads, with (when asked) the map as loaded (plain data) and its doctrine
 * findings; or the errors parseMap reports. `ms` is how long the work took where it ran.
 */
export type MapWorkResult =
  | { ok: true; map?: WardleyMap; findings: Diagnostic[] | null; ms: number }
  | { ok: false; errors: Diagnostic[]; ms: number };

export function doMapWork(request: MapWorkRequest): MapWorkResult {
  const t0 = performance.now();
  const parsed = parseMap(request.text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, ms: performance.now() - t0 };
  const findings = request.check ? checkDocument(parsed.document) : null;
  const map = request.withMap ? { map: parsed.map } : {};
  return { ok: true, ...map, findings, ms: performance.now() - t0 };
}
