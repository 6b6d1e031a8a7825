// Compliance: which components hold sensitive data, where it flows, the agreements and controls
// it needs. The rules join the doctrine registry, so `validate` and the canvas show them.
import type { DoctrineRule } from '../doctrine/finding.ts';
import { missingAgreement } from './missing-agreement.ts';
import { residencyEscape } from './residency-escape.ts';
import { noOwner, publicRegistry } from './workload-rules.ts';

export const COMPLIANCE_RULES: readonly DoctrineRule[] = [missingAgreement, residencyEscape, publicRegistry, noOwner];
export {
  AGREEMENTS,
  classesHeld,
  DATA_CLASSES,
  hasSupplier,
  holdsSensitiveData,
  REQUIRED_AGREEMENT,
} from './classes.ts';
export { dataFlows, type DataFlow } from './flows.ts';
