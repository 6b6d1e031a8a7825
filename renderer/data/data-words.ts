// What a screen reader hears of the data a node holds: the canvas badge is hidden from it, so the
// node's accessible name carries the same facts.
import { classesHeld } from '../../core/compliance/classes.ts';
import type { MapNode } from '../../core/model/types.ts';

/** Words added to a node's name for the data it holds ("holds phi and pii"); none for others. */
export function dataWords(node: MapNode): string[] {
  const classes = node.kind === 'component' ? classesHeld(node) : [];
  return classes.length === 0 ? [] : [`holds ${classes.join(' and ')}`];
}
