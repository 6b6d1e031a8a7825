// One node's group on the canvas's node layer (node-layer.ts): what it shows (its Drawing), its
// markup when it goes in, and the attribute and figure updates when its drawing changes in place.
// Each group carries a page id made from its node's id, so the layer finds a group through the
// document's id index instead of keeping an index of its own: reading every group's
// `data-node-id` back after a whole map went in cost 10-18 ms in the first move of a drag at
// 2,000 nodes.
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import type { PlacedLabel } from '../../core/render/labels.ts';
import type { MapStore } from '../store/store.ts';
import { isMoving, shownPosition } from './geometry.ts';
import { labelOf } from './label-layout.ts';
import { labelShown } from './label-reveal.ts';
import { escapedText, nodeFigureParts, type FigureParts } from './node-markup.ts';
import { nodeAccessibleName } from './node-names.ts';

/** What a node's group shows: its attributes and its figure's markup. */
export interface Drawing {
  className: string;
  name: string;
  pressed: string;
  figure: FigureParts;
}

export function drawingOf(s: MapStore, id: string, node: MapNode, stages: WardleyMap['stages']): Drawing {
  const selected = s.selection.ids.has(id);
  const at = shownPosition(node, null);
  // A large map just opened draws its labels after its first paint (label-reveal.ts).
  const label: PlacedLabel | undefined = labelShown(id) ? labelOf(s, id) : undefined;
  const renaming = s.ui.renaming === id;
  return {
    className: `node node-${node.kind}${selected ? ' selected' : ''}${isMoving(s.gesture, id) ? ' drag-source' : ''}`,
    name: nodeAccessibleName(node, stages),
    pressed: String(selected),
    figure: nodeFigureParts({ node, at, selected, renaming, label }),
  };
}

/** The page id of node `id`'s group. */
function groupId(id: string): string {
  return `node-group:${id}`;
}

/** Node `id`'s group in `layer`, if drawn. */
export function groupIn(layer: Element, id: string): Element | undefined {
  const group = layer.ownerDocument.getElementById(groupId(id));
  return group && layer.contains(group) ? group : undefined;
}

export function groupMarkup(id: string, d: Drawing): string {
  return (
    `<g id="${escapedText(groupId(id))}" data-node-id="${escapedText(id)}" class="${d.className}" tabindex="-1" ` +
    `role="button" aria-label="${escapedText(d.name)}" aria-pressed="${d.pressed}">${markupOf(d.figure)}</g>`
  );
}

function markupOf(f: FigureParts): string {
  return f.glyph + f.label + f.over;
}

/** Whether two figures draw the same. */
function sameFigure(a: FigureParts, b: FigureParts): boolean {
  return a.glyph === b.glyph && a.label === b.label && a.over === b.over;
}

/** A group whose label alone changed, and its new label's markup ('' for none). */
export interface LabelChange {
  group: Element;
  label: string;
}

/**
 * Labels going in, out or replaced without the rest of their figures (labels joining a large map
 * a slice per frame, labels moved by an edit). Every new label is parsed in one go: a parse per
 * label cost about a millisecond each.
 */
export function labelsUpdated(changes: readonly LabelChange[]): void {
  if (changes.length === 0) return;
  const parsed = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  parsed.innerHTML = changes.map((c) => c.label).join('');
  const texts = [...parsed.children];
  let next = 0;
  for (const { group, label } of changes) {
    const was = group.querySelector(':scope > .node-label');
    const text = label ? texts[next++] : undefined;
    if (text) (was ?? group.querySelector(':scope > .body'))?.after(text);
    was?.remove();
  }
}

/** Brings `group` from drawing `was` to `d`; a change of its label alone is left in `labels`. */
export function updated(group: Element, was: Drawing, d: Drawing, labels: LabelChange[]): void {
  if (was.className !== d.className) group.setAttribute('class', d.className);
  if (was.name !== d.name) group.setAttribute('aria-label', d.name);
  if (was.pressed !== d.pressed) group.setAttribute('aria-pressed', d.pressed);
  if (sameFigure(was.figure, d.figure)) return;
  if (was.figure.glyph === d.figure.glyph && was.figure.over === d.figure.over) {
    labels.push({ group, label: d.figure.label });
  } else group.innerHTML = markupOf(d.figure);
}

/** The ids at the end of the table's order that have no group yet (nor one waiting to be drawn). */
export function undrawnTail(order: readonly string[], drawnOrWaiting: (id: string) => boolean): string[] {
  let from = order.length;
  while (from > 0 && !drawnOrWaiting(order[from - 1] as string)) from -= 1;
  return order.slice(from);
}

/** The node whose group (or something in it) has the focus, if in `layer`. */
export function focusedId(layer: Element): string | null {
  const active = document.activeElement;
  return active && layer.contains(active)
    ? (active.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null)
    : null;
}
