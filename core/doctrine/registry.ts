// Every doctrine rule, in the order DOCTRINE.md lists them. Adding a rule: one file, one line here.
import { noUser, orphanComponent, unreachableComponent, unservedNeed, upwardEdge, userWithoutNeeds } from './chain.ts';
import { COMPLIANCE_RULES } from '../compliance/rules.ts';
import { dependencyCycle } from './cycles.ts';
import { answersDisagree } from '../evolution/rule.ts';
import type { DoctrineRule } from './finding.ts';
import { unplannedMonolithPart } from './monolith.ts';
import { inertiaWithoutMove, methodChange, moveLeft } from './movement.ts';
import { duplicateName } from './names.ts';
import { platformSuggestion } from './platform.ts';
import { missingSourcing, sourcingByStage } from './sourcing.ts';

export const DOCTRINE_RULES: readonly DoctrineRule[] = [
  sourcingByStage,
  missingSourcing,
  moveLeft,
  methodChange,
  inertiaWithoutMove,
  noUser,
  unreachableComponent,
  upwardEdge,
  dependencyCycle,
  unservedNeed,
  duplicateName,
  unplannedMonolithPart,
  userWithoutNeeds,
  orphanComponent,
  platformSuggestion,
  answersDisagree,
  ...COMPLIANCE_RULES,
];

/** Every rule id a node's `ignore` may name. */
export const DOCTRINE_RULE_IDS: ReadonlySet<string> = new Set(DOCTRINE_RULES.flatMap((rule) => rule.ids));
