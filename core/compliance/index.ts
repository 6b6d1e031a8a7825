// Compliance: which components hold sensitive data, where it flows, the agreements and controls
// it needs. The rules join the doctrine registry, so `validate` and the canvas show them.
import type { WardleyMap } from '../model/types.ts';
import { complianceJson } from './render-json.ts';
import { complianceMarkdown } from './render-markdown.ts';
import { complianceReport } from './report-model.ts';

export { COMPLIANCE_RULES } from './rules.ts';
export {
  AGREEMENTS,
  classesHeld,
  DATA_CLASSES,
  hasSupplier,
  holdsSensitiveData,
  REQUIRED_AGREEMENT,
} from './classes.ts';
export { dataFlows, type DataFlow } from './flows.ts';
export { complianceReport, type ComplianceReport } from './report-model.ts';
export { complianceJson, complianceMarkdown };

/** Report formats by name, for the CLI and the export dialog. */
export const COMPLIANCE_FORMATS = {
  md: { extension: 'md', render: (map: WardleyMap) => complianceMarkdown(complianceReport(map)) },
  json: { extension: 'json', render: (map: WardleyMap) => complianceJson(complianceReport(map)) },
} as const;
