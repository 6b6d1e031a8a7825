// The plan as Markdown for people: overview, one section per phase, scaffolds, warnings and how
// the plan was made. A pure rendering of the Plan; names are escaped.
import { escapeMarkdown as md, markdownCode as code } from './markup.ts';
import { lastPhaseIndex, type Phase, type Plan, type RouteEntry, type Step } from './model.ts';
import { PLAN_METHOD, STRATEGY_INVARIANTS } from './plan-method.ts';
import { streamCutover, streamTableRows } from './render-streams.ts';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function bullets(items: readonly string[]): string[] {
  return items.map((i) => `- ${md(i)}`);
}

function routeTarget(r: RouteEntry, owners: ReadonlySet<string>): string {
  // A path moved to a managed service has no backend in the cluster: the facade redirects.
  if (r.redirect !== undefined) return md(`redirect to https://${r.redirect.hostname}`);
  const backends = r.backends.map((b) => (r.backends.length > 1 ? `${b.service} ${b.weight}%` : b.service)).join(', ');
  if (r.state === 'staged')
    return md(
      `${backends} (${r.node ?? ''} ${owners.has(r.node ?? '') ? 'filled by its import' : 'runs beside it'}; cut-over next phase)`,
    );
  const target = r.mirror ? `${backends} (mirrored to ${r.mirror.service}${mirroredWrites(r.mirror)})` : backends;
  if (r.writes === undefined) return md(target);
  const how = r.writes.by === 'facade' ? 'the facade sends them' : `${r.node ?? ''} writes through`;
  return md(`reads: ${target}; writes: ${r.writes.service} (${how})`);
}

function mirroredWrites(m: NonNullable<RouteEntry['mirror']>): string {
  if (m.writes === 'dropped') return ', which drops mirrored writes';
  return m.writes === 'not-mirrored' ? ', reads only' : '';
}

function stepSection(step: Step): string[] {
  const team = step.team !== undefined ? `, team ${md(step.team)}` : '';
  return [
    `#### ${md(step.name)} (${code(step.node)})`,
    '',
    `${step.pattern} → ${step.target}${team}; risk ${step.risk.total} (${step.risk.level}), value ${step.value.total}.`,
    '',
    ...bullets(step.reasoning),
    `- Rollback: ${md(step.rollback)}`,
    ...step.exitCriteria.map((c) => `- Exit: ${md(c)}`),
    '',
  ];
}

function teamLine(phase: Phase): string[] {
  const out: string[] = [];
  if (phase.owner !== undefined) out.push(`Owner: ${md(phase.owner)}`, '');
  if (phase.teams.length === 0) return out;
  const load = new Map(phase.load.map((l) => [l.team, l.extractions]));
  const named = phase.teams.map((t) => {
    const n = load.get(t);
    return n === undefined ? md(t) : `${md(t)} (${n} ${n === 1 ? 'extraction' : 'extractions'})`;
  });
  out.push(`Teams: ${named.join(', ')}`, '');
  return out;
}

function recordsSection(phase: Phase): string[] {
  if (phase.records.length === 0) return [];
  const sync = { none: 'none', cdc: 'change data capture → new store', 'reverse-sync': 'reverse sync → monolith' };
  const rows = phase.records.map((r) => [code(r.owner), code(r.system), sync[r.sync]]);
  return ['### Systems of record after this phase', '', ...table(['Data of', 'System of record', 'Sync'], rows), ''];
}

function phaseSection(phase: Phase): string[] {
  const out = [`## Phase ${phase.index}: ${md(phase.title)}`, '', ...teamLine(phase)];
  if (phase.tasks.length > 0) out.push('### Tasks', '', ...bullets(phase.tasks), '');
  if (phase.steps.length > 0) {
    const rows = phase.steps.map((s) => [
      md(s.name),
      s.target,
      s.pattern,
      `${s.risk.total} ${s.risk.level}`,
      String(s.value.total),
    ]);
    // A heading over the steps, so each step's own heading sits one level below it (no ## → ####).
    out.push(
      '### Steps',
      '',
      ...table(['Component', 'Target', 'Pattern', 'Risk', 'Value'], rows),
      '',
      ...phase.steps.flatMap(stepSection),
    );
  }
  if (phase.dataSteps.length > 0)
    out.push('### Data', '', ...phase.dataSteps.map((d) => `- ${code(d.node)}: ${md(d.description)}`), '');
  if (phase.cleanups.length > 0)
    out.push('### Clean-up', '', ...phase.cleanups.map((c) => `- ${code(c.scaffold)}: ${md(c.description)}`), '');
  const owners = new Set(phase.records.map((r) => r.owner));
  const routes = phase.routes.map((r) => [
    code(r.path),
    routeTarget(r, owners),
    r.state,
    r.node !== undefined ? code(r.node) : 'catch-all',
  ]);
  routes.push(...streamTableRows(phase));
  out.push('### Routing after this phase', '', ...table(['Path', 'Goes to', 'State', 'For'], routes), '');
  out.push(...recordsSection(phase));
  if (phase.rollback.length > 0) out.push('### Rollback', '', ...bullets(phase.rollback), '');
  if (phase.exitCriteria.length > 0)
    out.push('### Exit criteria', '', ...phase.exitCriteria.map((c) => `- [ ] ${md(c)}`), '');
  return out;
}

function phaseCount(plan: Plan): string {
  if (plan.phases.length === 0) return '0 phases';
  return `${plan.phases.length} phases (0 prepares, ${lastPhaseIndex(plan)} is the last)`;
}

function overview(plan: Plan): string[] {
  const steps = plan.phases.reduce((n, p) => n + p.steps.length, 0);
  const rows = plan.phases.map((p) => [
    String(p.index),
    md(p.title),
    [...new Set(p.steps.map((s) => s.pattern))].join(', ') || '—',
    (p.owner !== undefined ? md(p.owner) : p.teams.map(md).join(', ')) || '—',
  ]);
  return [
    `Strategy: **${plan.strategy}**: ${md(STRATEGY_INVARIANTS[plan.strategy])}`,
    '',
    ...(plan.facade.routes === 'ingress'
      ? [
          'Routes are plain Ingresses (`--ingress`): a path is never split, mirrored or redirected. A moving component runs beside the monolith, which keeps every request of its paths in its phase (state `staged`); the next phase sends them whole to it.',
          '',
        ]
      : []),
    `${phaseCount(plan)}, ${steps} components move, ${plan.scaffolds.length} scaffolds.`,
    '',
    ...table(['Phase', 'What', 'Patterns', 'Teams'], rows),
    '',
  ];
}

function scaffoldSection(plan: Plan): string[] {
  if (plan.scaffolds.length === 0) return [];
  const rows = plan.scaffolds.map((s) => [
    code(s.id),
    md(s.description),
    String(s.addedIn),
    String(s.removedIn),
    md(s.removal),
  ]);
  return ['## Scaffolds', '', ...table(['Scaffold', 'What', 'Added in', 'Removed in', 'Removal'], rows), ''];
}

function warningSection(plan: Plan): string[] {
  const out: string[] = [];
  if (plan.warnings.length > 0)
    out.push('## Warnings', '', ...plan.warnings.map((w) => `- ${code(w.rule)}: ${md(w.message)}`), '');
  if (plan.excluded.length > 0)
    out.push('## Left in the monolith on purpose', '', ...plan.excluded.map((id) => `- ${code(id)}`), '');
  return out;
}

export function planMarkdown(plan: Plan): string {
  const lines = [
    `# Migration plan: ${md(plan.title)}`,
    '',
    ...overview(plan),
    ...streamCutover(plan),
    ...warningSection(plan),
    ...plan.phases.flatMap(phaseSection),
    ...scaffoldSection(plan),
    '## How this plan was made',
    '',
    ...PLAN_METHOD.map((m) => `- ${m}`),
    '',
  ];
  return lines.join('\n');
}
