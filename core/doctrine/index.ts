// Doctrine checks: the rules DOCTRINE.md suggests, with stable ids, severities and reasons.
export { checkDocument, checkMap, type CheckOptions } from './check.ts';
export { dependencyCycles } from './cycles.ts';
export type { DoctrineRule, Finding, FindingPath } from './finding.ts';
export { DOCTRINE_RULE_IDS, DOCTRINE_RULES } from './registry.ts';
export { stageBoundaries, stageLabels, stageOf, type Stage, type StageBoundaries, type StageLabels } from './stages.ts';
