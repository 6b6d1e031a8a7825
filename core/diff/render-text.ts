// A MapDiff for the terminal (and for `git diff` through the diff driver): one line per change,
// a sign in front like a line diff, nodes named by name with their id.
import {
  changeCount,
  isEmptyDiff,
  type Delta,
  type FieldChange,
  type MapDiff,
  type MonolithMove,
  type Moved,
  type NodeName,
  type Rewired,
} from './model.ts';

export function diffText(diff: MapDiff, title = 'map'): string {
  if (isEmptyDiff(diff)) return `${title}: no changes\n`;
  const n = changeCount(diff);
  const lines = [`${title}: ${n} change${n === 1 ? '' : 's'}`, ...changeLines(diff, (name, id) => `${name} (${id})`)];
  return `${lines.join('\n')}\n`;
}

/** The change lines shared by the text and Markdown renderers; `label` formats a node. */
export function changeLines(diff: MapDiff, label: (name: string, id: string) => string): string[] {
  const node = (n: NodeName) => label(n.name, n.id);
  return [
    ...diff.added.map((a) => `+ added ${a.kind} ${node(a)}`),
    ...diff.removed.map((r) => `- removed ${r.kind} ${node(r)}`),
    ...diff.renamed.map((r) => `~ renamed ${label(r.name, r.from)} → ${r.to} (matched by ${r.by})`),
    ...diff.moved.map((m) => `> moved ${node(m)}: ${movementText(m)}`),
    ...diff.resourced.map((r) => `$ re-sourced ${node(r)}: ${r.from ?? 'unset'} → ${r.to ?? 'unset'}`),
    ...diff.rewired.map((r) => `* re-wired ${node(r)}: ${rewiringText(r, node)}`),
    ...diff.monolith.map((m) => `# monolith ${node(m)}: ${monolithText(m, node)}`),
    ...diff.fields.map((f) => `. changed ${f.id === undefined ? 'map' : label(f.name ?? f.id, f.id)}: ${fieldText(f)}`),
  ];
}

export function movementText(m: Moved): string {
  const parts: string[] = [];
  if (m.evolution) parts.push(`evolution ${deltaText(m.evolution)}`);
  if (m.visibility) parts.push(`visibility ${deltaText(m.visibility)}`);
  if (m.stage) parts.push(`moved from ${m.stage.from} to ${m.stage.to}`);
  return parts.join(', ');
}

function deltaText(d: Delta): string {
  const change = d.to - d.from;
  return `${d.from} → ${d.to} (${change > 0 ? '+' : ''}${Math.round(change * 1000) / 1000})`;
}

function rewiringText(r: Rewired, node: (n: NodeName) => string): string {
  const parts: string[] = [];
  if (r.added.length > 0) parts.push(`now uses ${r.added.map(node).join(', ')}`);
  if (r.removed.length > 0) parts.push(`no longer uses ${r.removed.map(node).join(', ')}`);
  return parts.join('; ');
}

function monolithText(m: MonolithMove, node: (n: NodeName) => string): string {
  if (m.from && m.to) return `moved from ${node(m.from)} to ${node(m.to)}`;
  if (m.to) return `moved into ${node(m.to)}`;
  return m.from ? `extracted from ${node(m.from)}` : 'unchanged';
}

export function fieldText(f: FieldChange): string {
  if (f.from === undefined) return `${f.field} set to ${valueText(f.to)}`;
  if (f.to === undefined) return `${f.field} removed (was ${valueText(f.from)})`;
  return `${f.field} ${valueText(f.from)} → ${valueText(f.to)}`;
}

function valueText(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value ?? null);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
