// Validates plain map data against the schema (validators generated at build time, see
// scripts/gen-schema.ts) and maps each ajv error back to the line and column of the YAML node.
import type { LineCounter } from 'yaml';
import { validateNode, validateShell, type SchemaError } from '../../schema/validate-map.js';
import { nodeIds } from '../model/node-table.ts';
import type { Diagnostic, WardleyMap } from '../model/types.ts';

/** Where the loaded data came from: the offset of the value at a path (or of a key inside it). */
export interface Located {
  lineCounter: LineCounter;
  offsetOf: (path: readonly (string | number)[], extraKey?: string) => number;
}

/**
 * The schema's errors in `data`: the first `limit` of them in the file (the rest are only counted),
 * and how many there are. The map is checked node by node, and the errors of the nodes past the
 * first `limit` errors are counted, never kept or worded: a file may hold a million.
 */
export function schemaDiagnostics(
  data: unknown,
  where: Located,
  limit = Infinity,
): { errors: Diagnostic[]; total: number } {
  const { errors, total } = schemaErrors(data, limit);
  if (errors.length <= limit) return { errors: errors.map((e) => toDiagnostic(e, data, where)), total };
  const placed = errors.map((e) => ({ e, offset: where.offsetOf(pathOf(e.instancePath), keyNamed(e)) }));
  placed.sort((a, b) => a.offset - b.offset);
  return { errors: placed.slice(0, limit).map(({ e }) => toDiagnostic(e, data, where)), total };
}

/**
 * The errors of the map without its nodes, then of each node in file order until `limit` are kept
 * (those of the rest only counted). Nodes are in file order in the data, except ids that look like
 * integers (invalid ids), which JavaScript puts first: past the limit those may be kept instead of
 * later ones, with the count still exact.
 */
export function schemaErrors(data: unknown, limit: number): { errors: SchemaError[]; total: number } {
  const errors = validateShell(data) ? [] : relevant(validateShell.errors ?? []);
  let total = errors.length;
  const nodes = nodesOf(data);
  // Listed once for the record: the reference checks and doctrine read the same list (listing a
  // 10,000-key record costs 20 times one of 2,000).
  // By index: the loop runs once per load, seldom optimised, and for-of then made an iterator
  // result per node (0.4 MB at 10,000 nodes, while the whole map is alive).
  const ids = nodes ? nodeIds({ nodes } as WardleyMap) : [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (validateNode((nodes as Record<string, unknown>)[id], EACH_NODE)) continue;
    if (errors.length >= limit) {
      total += relevantCount(validateNode.errors ?? []);
      continue;
    }
    const found = relevant(validateNode.errors ?? []);
    total += found.length;
    const prefix = `/nodes/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    for (const e of found) errors.push({ ...e, instancePath: prefix + e.instancePath });
  }
  return { errors, total };
}

// The options the validator otherwise makes for every call (two objects a node); nothing in them
// is changed by a call.
const EACH_NODE = { instancePath: '', dynamicAnchors: {} };

function nodesOf(data: unknown): Record<string, unknown> | undefined {
  const nodes = typeof data === 'object' && data !== null ? (data as { nodes?: unknown }).nodes : undefined;
  return typeof nodes === 'object' && nodes !== null && !Array.isArray(nodes)
    ? (nodes as Record<string, unknown>)
    : undefined;
}

// With allErrors and `oneOf`, ajv reports every branch; keep the most useful error per place.
export function relevant(errors: SchemaError[]): SchemaError[] {
  const byPath = new Map<string, SchemaError>();
  const badKeyAt = new Set(errors.filter((e) => e.params.propertyName !== undefined).map((e) => e.instancePath));
  for (const e of errors) {
    // A bad key also yields a summary error on the object itself; the key's own error says it better.
    if (badKeyAt.has(e.instancePath) && e.params.propertyName === undefined && e.keyword !== 'additionalProperties')
      continue;
    const key = `${e.instancePath}|${keyNamed(e) ?? ''}`;
    const prior = byPath.get(key);
    if (!prior || rank(e) < rank(prior)) byPath.set(key, e);
  }
  return [...byPath.values()];
}

/**
 * How many errors relevant keeps. Past the errors shown, a node's errors are only counted: most
 * often they are all unknown fields of the node itself, found by one `additionalProperties` (each
 * key once, so all are kept), which needs no sorting out.
 */
export function relevantCount(errors: SchemaError[]): number {
  const first = errors[0];
  const onlyUnknownFields = errors.every(
    (e) => e.keyword === 'additionalProperties' && e.instancePath === '' && e.schemaPath === first?.schemaPath,
  );
  return onlyUnknownFields ? errors.length : relevant(errors).length;
}

function rank(e: SchemaError): number {
  const order = ['additionalProperties', 'required', 'type', 'enum', 'const', 'minimum', 'maximum'];
  const i = order.indexOf(e.keyword);
  return i < 0 ? order.length : i;
}

export function pathOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function toDiagnostic(e: SchemaError, data: unknown, where: Located): Diagnostic {
  const path = pathOf(e.instancePath);
  const nodeId = path[0] === 'nodes' ? path[1] : undefined;
  const extra = keyNamed(e);
  const offset = where.offsetOf(path, extra);
  const { line, col } = where.lineCounter.linePos(offset);
  const d: Diagnostic = {
    line,
    column: col,
    severity: 'error',
    rule: ruleOf(e),
    message: messageOf(e, path, valueAt(data, path)),
  };
  if (nodeId !== undefined) d.node = nodeId;
  return d;
}

// additionalProperties and propertyNames errors are about a key inside the object at instancePath.
function keyNamed(e: SchemaError): string | undefined {
  const key = e.params.additionalProperty ?? e.params.propertyName;
  return typeof key === 'string' ? key : undefined;
}

function ruleOf(e: SchemaError): string {
  if (e.params.propertyName !== undefined) return 'schema/invalid-id';
  if (e.keyword === 'additionalProperties') return 'schema/unknown-field';
  if (e.keyword === 'required') return 'schema/missing-field';
  if (e.keyword === 'minimum' || e.keyword === 'maximum' || e.keyword.startsWith('exclusive')) return 'schema/range';
  return 'schema/invalid';
}

function where(path: string[]): string {
  if (path[0] === 'nodes' && path[1] !== undefined) {
    const rest = path.slice(2).join('.');
    return rest ? `node '${path[1]}' ${rest}` : `node '${path[1]}'`;
  }
  return path.length ? path.join('.') : 'the map';
}

function messageOf(e: SchemaError, path: string[], value: unknown): string {
  const at = where(path);
  const badKey = e.params.propertyName;
  if (typeof badKey === 'string') return keyMessage(at, badKey);
  const shown = shownValue(value);
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field '${String(e.params.additionalProperty)}' in ${at} (extensions start with x-)`;
    case 'required':
      return `${at} is missing '${String(e.params.missingProperty)}'`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${at} is ${shown}; it must be ${String(e.params.comparison)} ${String(e.params.limit)}`;
    case 'enum':
      return `${at} is ${shown}; expected one of ${JSON.stringify(e.params.allowedValues)}`;
    case 'pattern':
    case 'propertyNames':
      return patternMessage(at, path, shown, value);
    case 'not':
      return `${at}: ${shown} is a reserved word and cannot be an id`;
    default:
      if (e.keyword === 'type' && path.length === 0)
        return 'a map file must be a YAML mapping with version, title and nodes';
      return `${at} ${e.message ?? 'is invalid'}${value === undefined || typeof value === 'object' ? '' : ` (is ${shown})`}`;
  }
}

/**
 * A short picture of the offending value. Never the whole value: an unknown field's error is about
 * the enclosing object, and serializing it for each of 100,000 unknown keys made loading quadratic
 * (8,000 keys: 53 s).
 */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return JSON.stringify(value) ?? String(value);
}

function keyMessage(at: string, key: string): string {
  if (key === '') return `an empty or null (~) key in ${at} is not a valid id`;
  if (key === 'constructor' || key === 'prototype') return `'${key}' in ${at} is a reserved word and cannot be an id`;
  return `'${key.slice(0, 63)}' in ${at} is not a valid id (lowercase letters, digits and hyphens, starting with a letter, at most 63)`;
}

const LONE_SURROGATE = /\p{Cs}/u;

function patternMessage(at: string, path: string[], shown: string, value: unknown): string {
  const last = path[path.length - 1] ?? '';
  // Only a "\uD800"-style escape can make one; UTF-8 cannot hold it, so an export would replace it.
  if (typeof value === 'string' && LONE_SURROGATE.test(value)) {
    return `${at} contains a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape), which cannot be saved as UTF-8`;
  }
  if (last === 'version' && path[path.length - 2] === 'chart') {
    return `${at} is ${shown}; a chart version must be exact (such as 1.2.3), not latest or a range`;
  }
  if (['name', 'title', 'team', 'text'].includes(last)) {
    return `${at} contains a line break or control character`;
  }
  if (['uses', 'inside', 'nodes'].includes(path[path.length - 2] ?? '') || last === 'inside' || path.length === 2) {
    return `${at}: ${shown} is not a valid id (lowercase letters, digits and hyphens, starting with a letter)`;
  }
  return `${at} has an invalid format: ${shown}`;
}

function valueAt(data: unknown, path: string[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}
