// A node's drawing as SVG markup: its glyph, sourcing halo, label, evolve arrow and inertia bar.
// The canvas's node layer (node-layer.ts) puts a large map's thousands of nodes in as one string
// (the browser's parser builds elements far quicker than React or DOM calls from script), and
// the moving layer draws the dragged nodes from the same markup, so both look the same.
import { stageLabels, stageOf } from '../../core/doctrine/stages.ts';
import { nodeGlyph, shapePath } from '../../core/render/glyphs.ts';
import type { PlacedLabel } from '../../core/render/labels.ts';
import { evolveArrow, inertiaBar, type Segment } from '../../core/render/links.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { patternId } from './Patterns.tsx';
import { SCALES } from './geometry.ts';

/** Text or an attribute value as markup: the characters that could end or open markup, as references. */
export function escapedText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface NodeFigure {
  node: MapNode;
  /**
   * Where the node's centre is drawn. The canvas draws every node in place, with no transform of
   * its own: a transform per node made a paint chunk per node, and the browser's layerizing of a
   * large map's thousands of chunks cost 17-36 ms a frame.
   */
  at: { x: number; y: number };
  selected: boolean;
  /** Renaming: no label (the rename field stands over it, RenamingNode.tsx). */
  renaming?: boolean;
  /** The stage hint shown while dragging. */
  stageName?: string | undefined;
  label: PlacedLabel | undefined;
}

function line(className: string, s: Segment, extra = ''): string {
  return `<line class="${className}" x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}"${extra}/>`;
}

/** A node's name where the placer put it: one line or two, cut with "…", the full name as a tooltip then. */
function labelMarkup(label: PlacedLabel, name: string, at: { x: number; y: number }): string {
  const title = label.truncated ? `<title>${escapedText(name)}</title>` : '';
  const x = at.x + label.x;
  const y = at.y + label.y;
  // A space between lines, so the text reads as the name (the accessible name has it).
  const lines = label.lines.map(
    (text, i) =>
      `<tspan x="${x}" y="${y + i * label.lineHeight}">${escapedText(i < label.lines.length - 1 ? `${text} ` : text)}</tspan>`,
  );
  return (
    `<text class="node-label" x="${x}" y="${y}" text-anchor="${label.anchor}" ` +
    `data-label-position="${label.position}">${title}${lines.join('')}</text>`
  );
}

/**
 * Where the stage hint's baseline goes while dragging: clear of the glyph (a buy diamond reaches
 * 1.3 × its radius), on the side away from the label.
 */
export function stageHintAt(label: PlacedLabel, radius: number): { y: number } {
  const reach = radius * 1.3;
  return label.position.startsWith('below') ? { y: -reach - 8 } : { y: reach + 26 };
}

/** What a node draws inside its group, around its centre: its glyph, its label, and what goes over them. */
export interface FigureParts {
  glyph: string;
  label: string;
  over: string;
}

export function nodeFigureParts(figure: NodeFigure): FigureParts {
  const { node, at, selected, label } = figure;
  const glyph = nodeGlyph(node);
  const targetX = node.evolve !== undefined ? SCALES.x(node.evolve) : undefined;
  const arrow = targetX !== undefined ? evolveArrow(at, targetX, glyph.radius) : undefined;
  const inertia = node.inertia ? inertiaBar(at, glyph.radius, targetX) : undefined;
  const halo = glyph.halo;
  const circle = (className: string, r: number) => `<circle class="${className}" cx="${at.x}" cy="${at.y}" r="${r}"/>`;
  const under = [
    arrow ? line('evolve', arrow, ' marker-end="url(#arrow-evolve)"') : '',
    inertia ? line('inertia', inertia) : '',
    circle('focus-ring', glyph.radius + 10),
    selected ? circle('selection-ring', glyph.radius + 6) : '',
    halo
      ? `<path class="halo halo-${halo.sourcing}" d="${shapePath(halo.shape, halo.size, at)}" ` +
        `fill="url(#${patternId(halo.sourcing)})" stroke="${halo.color}"${halo.dashed ? ' stroke-dasharray="5 3"' : ''}/>`
      : '',
    // The whole glyph takes the pointer, also the gap between a user's head and shoulders.
    circle('node-hit', glyph.radius),
    `<path class="body" d="${shapePath(glyph.body.shape, glyph.body.size, at)}"/>`,
  ];
  const over = [
    figure.stageName && label
      ? `<text class="stage-hint" x="${at.x}" y="${at.y + stageHintAt(label, glyph.radius).y}" text-anchor="middle">${escapedText(figure.stageName)}</text>`
      : '',
    // The handle for dragging a new link from a selected node (node-layer.ts makes it draggable).
    selected
      ? `<circle class="link-handle" cx="${at.x + glyph.radius + 4}" cy="${at.y - glyph.radius - 4}" r="7"/>`
      : '',
  ];
  return {
    glyph: under.join(''),
    label: label && !figure.renaming ? labelMarkup(label, node.name, at) : '',
    over: over.join(''),
  };
}

export function nodeFigureMarkup(figure: NodeFigure): string {
  const parts = nodeFigureParts(figure);
  return parts.glyph + parts.label + parts.over;
}

/** The left edge of a label relative to its node, where the rename field opens. */
export function labelLeft(label: PlacedLabel): number {
  if (label.anchor === 'start') return label.x;
  return label.anchor === 'end' ? label.x - label.box.width : label.x - label.box.width / 2;
}

export function stageNameAt(evolution: number, stages: WardleyMap['stages']): string {
  const map = stages ? { stages } : {};
  const boundaries = stages?.boundaries;
  const stage = stageOf(Math.min(1, Math.max(0, evolution)), boundaries);
  return stageLabels(map)[stage - 1] ?? '';
}
