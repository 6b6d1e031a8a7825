import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';
import { mapScales, type Point } from '../../../core/render/frame.ts';
import { nodeGlyph } from '../../../core/render/glyphs.ts';
import { convexHull, monolithRegions } from '../../../core/render/regions.ts';

const scales = mapScales();

/** Even-odd rule over every ring, as the region's path is filled. */
function insideRings(rings: readonly Point[][], p: Point): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

/** The area the region fills, counted on a 4 px grid. */
function filledArea(rings: readonly Point[][]): number {
  const xs = rings.flat().map((p) => p.x);
  const ys = rings.flat().map((p) => p.y);
  let n = 0;
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += 4)
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += 4) if (insideRings(rings, { x, y })) n++;
  return n * 16;
}

function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return Math.abs(sum) / 2;
}

const component = (evolution: number, visibility: number, inside?: string): MapNode => ({
  kind: 'component',
  name: 'n',
  evolution,
  visibility,
  ...(inside ? { inside } : {}),
});

/** Points on the edge of a node's glyph and its centre. */
function glyphPoints(node: MapNode): Point[] {
  const c = { x: scales.x(node.evolution), y: scales.y(node.visibility) };
  const r = nodeGlyph(node).radius;
  return [c, ...Array.from({ length: 12 }, (_, k) => ({ x: c.x + r * Math.cos(k / 2), y: c.y + r * Math.sin(k / 2) }))];
}

describe('monolith region', () => {
  it('hugs three far-apart members instead of spanning a triangle, and leaves the nodes between them out', () => {
    const map: WardleyMap = {
      version: 1,
      title: 't',
      nodes: {
        legacy: component(0.2, 0.8),
        far: component(0.8, 0.75, 'legacy'),
        low: component(0.3, 0.15, 'legacy'),
        middle: component(0.45, 0.55),
        between: component(0.5, 0.78),
      },
    };
    const [region] = monolithRegions(map, scales);
    const members = ['legacy', 'far', 'low'].map((id) => map.nodes[id]!);
    for (const m of members) expect(insideRings(region!.rings, glyphPoints(m)[0]!)).toBe(true);
    for (const id of ['middle', 'between'])
      for (const p of glyphPoints(map.nodes[id]!)) expect(insideRings(region!.rings, p)).toBe(false);
    const padded = convexHull(
      members.flatMap((m) =>
        Array.from({ length: 16 }, (_, k) => ({
          x: scales.x(m.evolution) + 30 * Math.cos((k * Math.PI) / 8),
          y: scales.y(m.visibility) + 30 * Math.sin((k * Math.PI) / 8),
        })),
      ),
    );
    // The old convex hull covered about 170,000 px²; the hugging region a small part of it.
    expect(filledArea(region!.rings)).toBeLessThan(polygonArea(padded) * 0.2);
  });

  it('on any map, covers no glyph of a node that is not inside and holds every member that stands clear', () => {
    const spot = fc.record({
      evolution: fc.double({ min: 0.02, max: 0.98, noNaN: true }),
      visibility: fc.double({ min: 0.02, max: 0.98, noNaN: true }),
      member: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(spot, { minLength: 2, maxLength: 14 }), (spots) => {
        const nodes: Record<string, MapNode> = {};
        spots.forEach((s, i) => {
          nodes[`n${i}`] = component(s.evolution, s.visibility, i > 0 && s.member ? 'n0' : undefined);
        });
        const map: WardleyMap = { version: 1, title: 't', nodes };
        const [region] = monolithRegions(map, scales);
        if (!region) return;
        const inside = new Set(region.members);
        const others = Object.keys(nodes).filter((id) => !inside.has(id));
        for (const id of others)
          for (const p of glyphPoints(nodes[id]!)) expect(insideRings(region.rings, p), id).toBe(false);
        const at = (id: string) => ({ x: scales.x(nodes[id]!.evolution), y: scales.y(nodes[id]!.visibility) });
        for (const id of inside) {
          const clear = others.every((o) => Math.hypot(at(o).x - at(id).x, at(o).y - at(id).y) > 17 + 6 + 20);
          if (clear) expect(insideRings(region.rings, at(id)), id).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
