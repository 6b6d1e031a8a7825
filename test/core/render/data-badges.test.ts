// Sensitive-data badges in a dense cluster: on the example maps whose components hold PHI and PII,
// no badge lies on another node's glyph or on another badge (at a fixed top-left corner, badges on
// the eHealth example sat on Prescription renewal's and Journal integration's glyphs). A badge
// keeps its top-left corner where that is free, and the canvas's placement is the same whether
// the holders are named by the caller or found by reading every node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { dataBadgeBoxes, dataBadgeShapes } from '../../../core/render/data-badges.ts';
import { mapScales, nodePoint } from '../../../core/render/frame.ts';
import { nodeGlyph } from '../../../core/render/glyphs.ts';
import type { Box } from '../../../core/render/label-grid.ts';

const SCALES = mapScales();

function example(file: string): WardleyMap {
  const parsed = parseMap(readFileSync(`maps/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.map;
}

function meet(a: Box, b: Box): boolean {
  return (
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5
  );
}

function glyphBox(map: WardleyMap, id: string): Box {
  const node = map.nodes[id]!;
  const r = nodeGlyph(node).radius;
  const at = nodePoint(SCALES, node);
  return { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r };
}

describe('sensitive-data badges', () => {
  for (const file of ['ehealth-platform.yaml', 'hie-monolith.yaml']) {
    const map = example(file);
    const shapes = dataBadgeShapes(map, SCALES);
    const boxes = dataBadgeBoxes(map, SCALES);
    const holders = [...shapes.keys()];

    it(`lie on no other node's glyph and no other badge on ${file}`, () => {
      expect(holders.length).toBeGreaterThan(5);
      const onGlyphs = holders.flatMap((id, i) =>
        Object.keys(map.nodes).flatMap((other) =>
          other !== id && meet(boxes[i]!, glyphBox(map, other)) ? [`${id} on ${other}`] : [],
        ),
      );
      const onBadges = boxes.flatMap((a, i) => boxes.flatMap((b, j) => (i < j && meet(a, b) ? [`${i}/${j}`] : [])));
      expect(onGlyphs).toEqual([]);
      expect(onBadges).toEqual([]);
    });

    it(`are the same with the holders named by the caller on ${file}`, () => {
      const copy: WardleyMap = { ...map };
      expect(dataBadgeShapes(copy, SCALES, holders)).toEqual(shapes);
    });
  }

  it('keep the top-left corner when it is free, above the glyph and left of it', () => {
    const map = example('ehealth-platform.yaml');
    const lone: WardleyMap = {
      ...map,
      nodes: { only: { ...map.nodes[[...dataBadgeShapes(map, SCALES).keys()][0]!]! } },
    };
    const [shape] = dataBadgeShapes(lone, SCALES).values();
    expect(shape?.text).toMatch(/^(PHI|PII)/);
    expect(shape!.box.x + shape!.box.width).toBeLessThan(0);
    expect(shape!.box.y + shape!.box.height).toBeLessThan(0);
  });
});
