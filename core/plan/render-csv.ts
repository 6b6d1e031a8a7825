// The plan as CSV for an issue tracker import: one epic row per phase, then its step and
// clean-up rows with the epic as Parent. RFC 4180: CRLF, quotes doubled, fields quoted when needed.
import type { Phase, Plan } from './model.ts';

export const CSV_COLUMNS = [
  'Issue ID',
  'Parent',
  'Issue Type',
  'Summary',
  'Description',
  'Phase',
  'Labels',
  'Team',
  'Pattern',
  'Risk',
  'Value',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Spreadsheets run a cell that starts with = + - @ as a formula; a leading quote keeps it text. */
function neutral(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}

export function csvField(field: string): string {
  const safe = neutral(field);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function epicRow(phase: Phase): Row {
  const description = [
    ...phase.tasks.map((t) => `Task: ${t}`),
    ...phase.exitCriteria.map((c) => `Exit: ${c}`),
    ...phase.rollback.map((r) => `Rollback: ${r}`),
  ].join('\n');
  return {
    'Issue ID': `P${phase.index}`,
    Parent: '',
    'Issue Type': 'Epic',
    Summary: `Phase ${phase.index}: ${phase.title}`,
    Description: description,
    Phase: String(phase.index),
    Labels: `migration phase-${phase.index}`,
    Team: phase.owner ?? phase.teams.join('; '),
    Pattern: '',
    Risk: '',
    Value: '',
  };
}

function childRows(phase: Phase): Row[] {
  const steps = phase.steps.map((s) => ({
    'Issue ID': `P${phase.index}-${s.node}`,
    Parent: `P${phase.index}`,
    'Issue Type': 'Story',
    Summary: `Extract ${s.name} (${s.pattern})`,
    Description: [...s.reasoning, `Rollback: ${s.rollback}`, ...s.exitCriteria.map((c) => `Exit: ${c}`)].join('\n'),
    Phase: String(phase.index),
    Labels: `migration phase-${phase.index} ${s.pattern} ${s.target}`,
    Team: s.team ?? '',
    Pattern: s.pattern,
    Risk: `${s.risk.total} ${s.risk.level}`,
    Value: String(s.value.total),
  }));
  const cleanups = phase.cleanups.map((c) => ({
    'Issue ID': `P${phase.index}-${c.scaffold}`,
    Parent: `P${phase.index}`,
    'Issue Type': 'Task',
    Summary: `Remove ${c.scaffold}`,
    Description: c.description,
    Phase: String(phase.index),
    Labels: `migration phase-${phase.index} cleanup`,
    Team: '',
    Pattern: '',
    Risk: '',
    Value: '',
  }));
  return [...steps, ...cleanups];
}

export function planCsv(plan: Plan): string {
  const rows: Row[] = plan.phases.flatMap((p) => [epicRow(p), ...childRows(p)]);
  const lines = [
    CSV_COLUMNS.map(csvField).join(','),
    ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
