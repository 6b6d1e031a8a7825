// "Use appropriate methods": sourcing that fits the component's evolution stage (DOCTRINE.md).
// Placement is a judgment, so near a stage boundary a mismatch is only worth an info.
import type { Severity, Sourcing } from '../model/types.ts';
import { BUILD, BUY, COMPONENT, CONTAINS, eachEntry, INSIDE, SOURCED, type NodeColumns } from './columns.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from './finding.ts';
import { nearBoundary, stageOf, STAGE_NUMERALS, type Stage } from './stages.ts';

interface Mismatch {
  rule: string;
  severity: Severity;
  why: string;
}

/** Sourcing × stage pairs that usually do not fit; pairs not listed fit. */
const MISMATCHES: Readonly<Record<Sourcing, Partial<Record<Stage, Mismatch>>>> = {
  build: {
    3: { rule: 'source/build-product', severity: 'info', why: 'products exist: consider buying' },
    4: { rule: 'source/build-commodity', severity: 'warning', why: 'a commodity: outsource it to a utility' },
  },
  buy: {
    1: { rule: 'source/buy-genesis', severity: 'warning', why: 'in genesis there is nothing to buy yet' },
    2: { rule: 'source/buy-custom', severity: 'info', why: 'custom-built: few products fit yet' },
  },
  outsource: {
    1: { rule: 'source/outsource-genesis', severity: 'warning', why: 'in genesis it is uncertain and changing' },
    2: { rule: 'source/outsource-custom', severity: 'info', why: 'custom-built: no utility offers it yet' },
  },
};

export const sourcingByStage: DoctrineRule = {
  ids: [
    'source/build-commodity',
    'source/build-product',
    'source/buy-genesis',
    'source/outsource-genesis',
    'source/buy-custom',
    'source/outsource-custom',
  ],
  reason: 'sourcing should fit the evolution stage: build in I–II, buy in III, outsource in IV',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    const also = (columns: NodeColumns, at: number) => mismatchAt(columns, at, context) !== undefined;
    eachEntry(context, { all: COMPONENT, any: SOURCED, also }, (id, node) => {
      if (node.kind !== 'component' || node.sourcing === undefined) return;
      const stage = stageOf(node.evolution, context.boundaries);
      const mismatch = MISMATCHES[node.sourcing][stage];
      if (!mismatch) return;
      const severity = nearBoundary(node.evolution, context.boundaries) ? 'info' : mismatch.severity;
      const message = `'${id}': ${node.sourcing} on a stage ${STAGE_NUMERALS[stage]} component (evolution ${node.evolution}): ${mismatch.why}`;
      out.push(nodeFinding(mismatch.rule, severity, id, ['nodes', id, 'sourcing'], message));
    });
    return out;
  },
};

export const missingSourcing: DoctrineRule = {
  ids: ['source/missing'],
  reason: 'exports and the migration plan need build, buy or outsource on every component',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, { all: COMPONENT, none: SOURCED | INSIDE | CONTAINS }, (id, node) => {
      if (node.kind !== 'component' || node.sourcing !== undefined) return;
      // A component inside a monolith is reported by monolith/unplanned; the monolith itself is
      // the legacy system being strangled, not something to deploy.
      if (node.inside !== undefined || context.members.has(id)) return;
      const message = `component '${id}' has no sourcing: exports and the plan need build, buy or outsource`;
      out.push(nodeFinding('source/missing', 'warning', id, ['nodes', id], message));
    });
    return out;
  },
};

/** The mismatch of the sourcing and stage in the columns of the node at `at`, if any. */
function mismatchAt(columns: NodeColumns, at: number, context: RuleContext): Mismatch | undefined {
  const flags = columns.flags[at] as number;
  const sourcing: Sourcing = flags & BUILD ? 'build' : flags & BUY ? 'buy' : 'outsource';
  return MISMATCHES[sourcing][stageOf(columns.evolution[at] as number, context.boundaries)];
}
