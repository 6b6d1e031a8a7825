// The plan as JSON for tools: the canonical model itself, described by schema/plan.schema.json.
import type { Plan } from './model.ts';

export const PLAN_SCHEMA_ID = 'https://mapwright.dev/schema/plan.schema.json';

export function planJson(plan: Plan): string {
  return `${JSON.stringify({ $schema: PLAN_SCHEMA_ID, ...plan }, null, 2)}\n`;
}
