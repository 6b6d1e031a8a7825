// The plan as GitHub issues: one epic per phase, milestone "Phase N", a checklist of its steps,
// clean-ups and exit criteria. Bodies are Markdown, so names are escaped.
import { escapeMarkdown as md, markdownCode as code } from './markup.ts';
import type { Phase, Plan } from './model.ts';

export interface GithubIssue {
  title: string;
  body: string;
  labels: string[];
  milestone: string;
}

function body(phase: Phase): string {
  const lines = [`Phase ${phase.index} of the strangler-fig migration.`, ''];
  if (phase.owner !== undefined) lines.push(`Owner: ${md(phase.owner)}`, '');
  if (phase.tasks.length > 0) lines.push('### Tasks', '', ...phase.tasks.map((t) => `- [ ] ${md(t)}`), '');
  if (phase.steps.length > 0) {
    lines.push(
      '### Steps',
      '',
      ...phase.steps.map(
        (s) => `- [ ] Extract ${md(s.name)} (${code(s.node)}): ${s.pattern} → ${s.target}, risk ${s.risk.level}`,
      ),
      '',
    );
  }
  if (phase.dataSteps.length > 0)
    lines.push('### Data', '', ...phase.dataSteps.map((d) => `- [ ] ${code(d.node)}: ${md(d.description)}`), '');
  if (phase.cleanups.length > 0)
    lines.push('### Clean-up', '', ...phase.cleanups.map((c) => `- [ ] ${code(c.scaffold)}: ${md(c.description)}`), '');
  if (phase.exitCriteria.length > 0)
    lines.push('### Exit criteria', '', ...phase.exitCriteria.map((c) => `- [ ] ${md(c)}`), '');
  if (phase.rollback.length > 0) lines.push('### Rollback', '', ...phase.rollback.map((r) => `- ${md(r)}`), '');
  if (phase.teams.length > 0) lines.push(`Teams: ${phase.teams.map(md).join(', ')}`, '');
  return lines.join('\n');
}

export function planIssues(plan: Plan): GithubIssue[] {
  return plan.phases.map((phase) => ({
    title: `Phase ${phase.index}: ${phase.title}`,
    body: body(phase),
    labels: ['migration', `phase-${phase.index}`, ...new Set(phase.steps.map((s) => s.pattern))],
    milestone: `Phase ${phase.index}`,
  }));
}

export function planIssuesJson(plan: Plan): string {
  return `${JSON.stringify(planIssues(plan), null, 2)}\n`;
}
