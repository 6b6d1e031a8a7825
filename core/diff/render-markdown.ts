// A MapDiff as Markdown for a pull request: a summary line, then one section per kind of
// change with a bullet per node. Names are bold, ids in code spans.
import { fieldText, movementText } from './render-text.ts';
import { changeCount, isEmptyDiff, type MapDiff, type NodeName } from './model.ts';

export function diffMarkdown(diff: MapDiff, title = 'Map'): string {
  if (isEmptyDiff(diff)) return `### ${escapeMarkdown(title)}: no changes\n`;
  const n = changeCount(diff);
  const node = (x: NodeName) => `**${escapeMarkdown(x.name)}** \`${x.id}\``;
  const sections: [string, string[]][] = [
    ['Added', diff.added.map((a) => `${node(a)} (${a.kind})`)],
    ['Removed', diff.removed.map((r) => `${node(r)} (${r.kind})`)],
    [
      'Renamed',
      diff.renamed.map((r) => `**${escapeMarkdown(r.name)}** \`${r.from}\` → \`${r.to}\` (matched by ${r.by})`),
    ],
    ['Moved', diff.moved.map((m) => `${node(m)}: ${movementText(m)}`)],
    ['Re-sourced', diff.resourced.map((r) => `${node(r)}: ${r.from ?? 'unset'} → **${r.to ?? 'unset'}**`)],
    [
      'Re-wired',
      diff.rewired.map(
        (r) =>
          `${node(r)}: ${[...r.added.map((a) => `+ ${node(a)}`), ...r.removed.map((x) => `− ${node(x)}`)].join(', ')}`,
      ),
    ],
    [
      'Monolith',
      diff.monolith.map(
        (m) =>
          `${node(m)}: ${m.from ? `out of ${node(m.from)}` : ''}${m.from && m.to ? ', ' : ''}${m.to ? `into ${node(m.to)}` : ''}`,
      ),
    ],
    [
      'Other changes',
      diff.fields.map(
        (f) =>
          `${f.id === undefined ? 'map' : node({ id: f.id, name: f.name ?? f.id })}: ${escapeMarkdown(fieldText(f))}`,
      ),
    ],
  ];
  const body = sections
    .filter(([, items]) => items.length > 0)
    .map(([heading, items]) => `#### ${heading}\n\n${items.map((i) => `- ${i}`).join('\n')}`);
  return `### ${escapeMarkdown(title)}: ${n} change${n === 1 ? '' : 's'}\n\n${body.join('\n\n')}\n`;
}

/** User text must not turn into links, emphasis or HTML in the pull request. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}
