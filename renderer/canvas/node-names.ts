// What a screen reader says for a node: its name, kind, sourcing and stage, e.g.
// "Ticketing, component, buy, product". The stage is the label's first word(s), lowercased,
// without the parenthesis ("Product (+rental)" → "product"), then the data it holds, if any.
import { stageLabels, stageOf } from '../../core/doctrine/stages.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { dataWords } from '../data/data-words.ts';

export function stageWord(evolution: number, stages: WardleyMap['stages']): string {
  const map = stages ? { stages } : {};
  const label = stageLabels(map)[stageOf(Math.min(1, Math.max(0, evolution)), stages?.boundaries) - 1] ?? '';
  return label.replace(/\s*\(.*\)\s*$/, '').toLowerCase();
}

export function nodeAccessibleName(node: MapNode, stages: WardleyMap['stages']): string {
  const parts = [node.name, node.kind];
  if (node.kind === 'component' && node.sourcing) parts.push(node.sourcing);
  parts.push(stageWord(node.evolution, stages), ...dataWords(node));
  return parts.filter((p) => p !== '').join(', ');
}
