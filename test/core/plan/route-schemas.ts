// Checks every routing manifest of a plan against the official schemas (test/support/k8s-schemas.ts)
// and forbids the Gateway API fields only the experimental channel has.
import { parseAllDocuments } from 'yaml';
import type { Plan, PlanRouteContext } from '../../../core/plan/index.ts';
import { routeFiles } from '../../../core/plan/index.ts';
import type { SchemaValidator } from '../../support/k8s-schemas.ts';

const EXPERIMENTAL_KEYS = [
  'retry',
  'cors',
  'externalAuth',
  'sessionPersistence',
  'useDefaultGateways',
  'percent',
  'fraction',
];

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

/** Problems with the plan's route files: schema errors and experimental fields, by file. */
export const TEST_ROUTE_CONTEXT: PlanRouteContext = {
  partOf: 'hie',
  namespace: 'hie-prod',
  host: 'hie.example.org',
  facade: { kind: 'gateway', name: 'edge', namespace: 'gateway-system' },
};

export function routeProblems(
  plan: Plan,
  validator: SchemaValidator,
  ctx: PlanRouteContext = TEST_ROUTE_CONTEXT,
): string[] {
  const problems: string[] = [];
  for (const file of routeFiles(plan, ctx)) {
    for (const doc of parseAllDocuments(file.text, { version: '1.1' })) {
      const object: unknown = doc.toJS();
      for (const e of validator.kubernetes(object)) problems.push(`${file.path}: ${e}`);
      for (const key of EXPERIMENTAL_KEYS)
        if (keysOf(object).has(key)) problems.push(`${file.path}: experimental field ${key}`);
    }
  }
  return problems;
}
