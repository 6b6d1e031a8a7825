// The compliance doctrine rules, in report order. The doctrine registry imports this file (not
// index.ts, which also reaches the report and so back into the registry).
import type { DoctrineRule } from '../doctrine/finding.ts';
import { missingAgreement } from './missing-agreement.ts';
import { residencyEscape } from './residency-escape.ts';
import { noOwner, publicRegistry } from './workload-rules.ts';

export const COMPLIANCE_RULES: readonly DoctrineRule[] = [missingAgreement, residencyEscape, publicRegistry, noOwner];
