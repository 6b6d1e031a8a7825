// Wardley's evolution cheat sheet: how a component looks in each stage, characteristic by
// characteristic. A workshop answers one row at a time ("which of these four describes it?"),
// which is easier to agree on than a number on the axis.
import type { Stage } from '../doctrine/stages.ts';

export type EvolutionRowId =
  | 'ubiquity'
  | 'certainty'
  | 'publication'
  | 'market'
  | 'knowledge'
  | 'market-perception'
  | 'user-perception'
  | 'industry-perception'
  | 'focus-of-value'
  | 'understanding'
  | 'comparison'
  | 'failure'
  | 'market-action'
  | 'efficiency'
  | 'decision-drivers';

export interface EvolutionRow {
  id: EvolutionRowId;
  /** The characteristic, as the cheat sheet names it. */
  label: string;
  /** The question the workshop answers. */
  question: string;
  /** What the characteristic looks like in stages I, II, III and IV. */
  stages: readonly [string, string, string, string];
}

export const EVOLUTION_ROWS: readonly EvolutionRow[] = [
  row('ubiquity', 'Ubiquity', 'How widespread is it?', [
    'Rare',
    'Slowly increasing consumption',
    'Rapidly increasing consumption',
    'Widespread and stabilising',
  ]),
  row('certainty', 'Certainty', 'How well is it understood?', [
    'Poorly understood',
    'Rapid increases in learning',
    'Rapid increases in use; fit for purpose',
    'Commonly understood in terms of use',
  ]),
  row('publication', 'Publication types', 'What gets written about it?', [
    'The wonder of the thing',
    'How to build and construct it; awareness and learning',
    'Maintenance, operations, installation; comparison of features',
    'How to use it',
  ]),
  row('market', 'Market', 'What is the market like?', ['Undefined', 'Forming', 'Growing', 'Mature']),
  row('knowledge', 'Knowledge management', 'What do we know about it?', [
    'Uncertain',
    'Learning on use',
    'Learning on operation',
    'Known and accepted',
  ]),
  row('market-perception', 'Market perception', 'How does the market see it?', [
    'Chaotic (non-linear)',
    'Domain of experts',
    'Increasing expectation of use',
    'Ordered (appears linear); trivial',
  ]),
  row('user-perception', 'User perception', 'How do users see it?', [
    'Different, confusing, exciting, surprising',
    'Leading edge, emerging',
    'Increasingly common; disappointed if not available',
    'Standard, expected',
  ]),
  row('industry-perception', 'Perception in industry', 'What does it mean for a business?', [
    'Future source of competitive advantage; unpredictable',
    'Competitive advantage; return on investment; case examples',
    'Advantage through implementation and features',
    'Cost of doing business; accepted',
  ]),
  row('focus-of-value', 'Focus of value', 'Where is its value?', [
    'High future worth',
    'Seeking profit; return on investment',
    'High profitability',
    'High volume, reducing margin',
  ]),
  row('understanding', 'Understanding', 'Can it be measured and specified?', [
    'Poorly understood, unpredictable',
    'Increasing understanding; measures being developed',
    'Increasing education; needs and measures constantly refined',
    'Believed well defined, stable, measurable',
  ]),
  row('comparison', 'Comparison', 'How do offerings compare?', [
    'Constantly changing; a differential; unstable',
    'Learning from others; testing the water; some evidence',
    'Competing models; feature differences; evidence',
    'Essential; operational advantage',
  ]),
  row('failure', 'Failure', 'How is failure seen?', [
    'High; tolerated; assumed',
    'Moderate; unsurprising but disappointing',
    'Not tolerated; focus on constant improvement',
    'Operational efficiency; surprised by failure',
  ]),
  row('market-action', 'Market action', 'How are decisions about it made?', [
    'Gambling; driven by gut',
    'Exploring a "found" value',
    'Market analysis; listening to customers',
    'Metric driven; build what is needed',
  ]),
  row('efficiency', 'Efficiency', 'What does improving it reduce?', [
    'The cost of change (experimentation)',
    'The cost of waste (learning)',
    'The cost of waste (learning)',
    'The cost of deviation (volume)',
  ]),
  row('decision-drivers', 'Decision drivers', 'What drives decisions about it?', [
    'Heritage and culture',
    'Analysis and synthesis',
    'Analysis and synthesis',
    'Previous experience',
  ]),
];

export const EVOLUTION_ROW_IDS: readonly EvolutionRowId[] = EVOLUTION_ROWS.map((r) => r.id);

/** Recorded answers: row id → the stage (1–4) the group chose for that row. */
export type EvolutionAnswers = Partial<Record<EvolutionRowId, Stage>>;

function row(id: EvolutionRowId, label: string, question: string, stages: EvolutionRow['stages']): EvolutionRow {
  return { id, label, question, stages };
}
