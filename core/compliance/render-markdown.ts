// The compliance report as Markdown: tables an auditor or a security architect can read.
import type { ComplianceReport } from './report-model.ts';

export function complianceMarkdown(report: ComplianceReport): string {
  const out: string[] = [`# Compliance: ${cell(report.title)}`, ''];
  if (report.classes.length === 0) out.push('No component on this map holds sensitive data (`data.classes`).', '');
  for (const section of report.classes) {
    out.push(`## ${section.dataClass.toUpperCase()}: ${section.description}`, '');
    out.push(`Suppliers need: \`${section.agreement}\`.`, '');
    out.push('| held by | sourcing | team | residency |', '|---|---|---|---|');
    for (const h of section.heldBy)
      out.push(
        `| ${cell(h.name)} (\`${h.id}\`) | ${h.sourcing ?? '—'} | ${cell(h.team ?? '—')} | ${h.residency.join(', ') || 'not pinned'} |`,
      );
    out.push('', `Flows (${section.flows.length}, along \`uses\`):`, '');
    for (const f of section.flows) out.push(`- \`${f.from}\` → \`${f.to}\``);
    out.push('');
  }
  out.push('## Suppliers', '');
  if (report.suppliers.length === 0)
    out.push('No bought or outsourced component holds or receives sensitive data.', '');
  else {
    out.push(
      '| supplier | sourcing | provider | data reaching it | agreements | missing |',
      '|---|---|---|---|---|---|',
    );
    for (const s of report.suppliers)
      out.push(
        `| ${cell(s.name)} (\`${s.id}\`) | ${s.sourcing} | ${cell(s.provider ?? '—')} | ${s.classes.join(', ') || '—'} | ${s.agreements.join(', ') || '—'} | ${s.missing.join(', ') || '—'} |`,
      );
    out.push('');
  }
  out.push('## Safeguards', '', '| safeguard | status | controls | open |', '|---|---|---|---|');
  for (const g of report.safeguards) out.push(`| ${g.title} | ${g.status} | ${items(g.controls)} | ${items(g.open)} |`);
  out.push('', '## Open findings', '');
  if (report.findings.length === 0) out.push('None.');
  for (const f of report.findings) out.push(`- **${f.severity}** \`${f.rule}\` ${f.message}`);
  out.push('', '## Accepted, with the reason written on the map', '');
  if (report.accepted.length === 0) out.push('None.');
  for (const a of report.accepted) out.push(`- \`${a.node}\` \`${a.rule}\`: ${a.reason}`);
  out.push('');
  return out.join('\n');
}

function items(list: readonly string[]): string {
  return list.length === 0 ? '—' : list.map(cell).join('<br>');
}

/** Text inside a table cell: a pipe or a line break would split the row. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n\u2028\u2029]+/g, ' ');
}
