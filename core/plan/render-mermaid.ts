// The plan as Mermaid: a gantt of the phases and a flowchart of the facade's routing after the
// last phase (which phase moved each path). Names are escaped; node ids come from slugs.
import { escapeMermaid, ganttText, mermaidId } from './markup.ts';
import type { Plan } from './model.ts';

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
  const lines = ['flowchart LR', `  facade["${escapeMermaid(`Facade ${plan.facade.name}`)}"]`];
  const final = plan.phases[plan.phases.length - 1];
  for (const m of plan.facade.monoliths) lines.push(`  ${mermaidId('m', m.id)}[("${escapeMermaid(m.name)}")]`);
  for (const phase of plan.phases) {
    if (phase.steps.length === 0) continue;
    lines.push(`  subgraph ${mermaidId('phase', String(phase.index))}["${escapeMermaid(`Phase ${phase.index}`)}"]`);
    for (const s of phase.steps) lines.push(`    ${mermaidId('n', s.node)}["${escapeMermaid(s.name)}"]`);
    lines.push('  end');
  }
  for (const route of final?.routes ?? []) {
    const to = route.node !== undefined ? mermaidId('n', route.node) : mermaidId('m', route.backends[0]?.service ?? '');
    const label = route.node !== undefined ? route.path : `${route.path} catch-all`;
    lines.push(`  facade -->|"${escapeMermaid(label)}"| ${to}`);
  }
  return `${lines.join('\n')}\n`;
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
