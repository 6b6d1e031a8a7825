// The compliance report as JSON, for scripts and dashboards: the model as it is, keys stable.
import type { ComplianceReport } from './report-model.ts';

export function complianceJson(report: ComplianceReport): string {
  return `${JSON.stringify({ version: 1, ...report }, null, 2)}\n`;
}
