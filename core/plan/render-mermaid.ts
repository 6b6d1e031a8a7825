// The plan as Mermaid: a gantt of the phases and a flowchart of the facade's routing after the
// last phase (which phase moved each path). Names are escaped; node ids come from slugs.
import { escapeMermaid, ganttText, mermaidId } from './markup.ts';
import { facadeWords, type Plan } from './model.ts';

export function planGantt(plan: Plan): string {
  const lines = ['gantt', `  title ${ganttText(`Migration plan ${plan.title}`)}`, '  dateFormat X', '  axisFormat %s'];
  for (const phase of plan.phases) {
    lines.push(`  section ${ganttText(`Phase ${phase.index}`)}`);
    // Phase k spans [k, k+1) on the axis; phase 0 (preparation) starts at 0.
    const start = phase.index;
    const end = phase.index + 1;
    for (const step of phase.steps)
      lines.push(`  ${ganttText(step.name)} :${mermaidId('s', step.node)}, ${start}, ${end}`);
    if (phase.steps.length === 0)
      lines.push(`  ${ganttText(phase.title)} :${mermaidId('p', String(phase.index))}, ${start}, ${end}`);
  }
  return `${lines.join('\n')}\n`;
}

export function planFlowchart(plan: Plan): string {
  const lines = ['flowchart LR', `  facade["${escapeMermaid(`Facade ${facadeWords(plan.facade)}`)}"]`];
  const final = plan.phases[plan.phases.length - 1];
  const routes = final?.routes ?? [];
  for (const m of plan.facade.monoliths) {
    const retired = !routes.some((r) => r.node === undefined && r.backends.some((b) => b.service === m.id));
    lines.push(`  ${mermaidId('m', m.id)}[("${escapeMermaid(retired ? `${m.name} (retired)` : m.name)}")]`);
  }
  for (const phase of plan.phases) {
    if (phase.steps.length === 0) continue;
    lines.push(`  subgraph ${mermaidId('phase', String(phase.index))}["${escapeMermaid(`Phase ${phase.index}`)}"]`);
    for (const s of phase.steps) lines.push(`    ${mermaidId('n', s.node)}["${escapeMermaid(s.name)}"]`);
    lines.push('  end');
  }
  lines.push(...routedOutsidePhases(plan, routes));
  for (const route of routes) {
    const to = route.node !== undefined ? mermaidId('n', route.node) : mermaidId('m', route.backends[0]?.service ?? '');
    const label = route.node !== undefined ? route.path : `${route.path} catch-all`;
    lines.push(`  facade -->|"${escapeMermaid(label)}"| ${to}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Components the facade routes to that no phase moves (already outside the monolith, or kept in
 * it): declared by id, or Mermaid would draw them under its own node ids (`n_legacy_admin`).
 */
function routedOutsidePhases(plan: Plan, routes: readonly { node?: string }[]): string[] {
  const moved = new Set(plan.phases.flatMap((p) => p.steps.map((s) => s.node)));
  const outside = new Set(routes.flatMap((r) => (r.node !== undefined && !moved.has(r.node) ? [r.node] : [])));
  return [...outside].map((id) => `  ${mermaidId('n', id)}["${escapeMermaid(id)}"]`);
}

/** Both diagrams as fenced blocks, ready to paste into GitHub Markdown. */
export function planMermaid(plan: Plan): string {
  return [
    '```mermaid',
    planGantt(plan).trimEnd(),
    '```',
    '',
    '```mermaid',
    planFlowchart(plan).trimEnd(),
    '```',
    '',
  ].join('\n');
}
