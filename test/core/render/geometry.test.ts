import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axesModel } from '../../../core/render/axes.ts';
import { DEFAULT_FRAME, mapScales, plotArea } from '../../../core/render/frame.ts';
import { nodeGlyph, shapePath, SOURCING_STYLES } from '../../../core/render/glyphs.ts';
import { evolveArrow, inertiaBar, trimmedSegment } from '../../../core/render/links.ts';
import { convexHull, monolithMembers, monolithRegions } from '../../../core/render/regions.ts';
import type { WardleyMap } from '../../../core/model/types.ts';

const scales = mapScales();
const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('scales', () => {
  it('puts genesis left, commodity right, visible at the top', () => {
    const area = plotArea(DEFAULT_FRAME);
    expect(scales.x(0)).toBe(area.left);
    expect(scales.x(1)).toBe(area.right);
    expect(scales.y(1)).toBe(area.top);
    expect(scales.y(0)).toBe(area.bottom);
  });
  it('inverts back to the same map coordinates', () => {
    fc.assert(
      fc.property(unit, unit, (e, v) => {
        expect(scales.evolutionAt(scales.x(e))).toBeCloseTo(e, 9);
        expect(scales.visibilityAt(scales.y(v))).toBeCloseTo(v, 9);
      }),
      { numRuns: 150 },
    );
  });
});

describe('axes', () => {
  it('draws four stage bands at the map boundaries with the chosen labels', () => {
    const model = axesModel({ stages: { boundaries: [0.25, 0.5, 0.75], labels: 'practices' } }, scales);
    expect(model.bands.map((b) => b.label)).toEqual(['Novel', 'Emerging', 'Good', 'Best']);
    expect(model.boundaries).toEqual([scales.x(0.25), scales.x(0.5), scales.x(0.75)]);
    expect(model.bands[0]?.x0).toBe(scales.x(0));
    expect(model.bands[3]?.x1).toBe(scales.x(1));
  });
  it('defaults to the OnlineWardleyMaps boundaries and activity labels', () => {
    const model = axesModel({}, scales);
    expect(model.boundaries).toEqual([scales.x(0.175), scales.x(0.4), scales.x(0.7)]);
    expect(model.bands[3]?.label).toBe('Commodity (+utility)');
    expect(model.visibilityTitle).toBe('Value chain (visible → invisible)');
  });
  it("titles the visibility axis with an imported OWM map's y-axis labels, top first", () => {
    expect(axesModel({ 'x-owm-y-axis': ['Value', 'Invisible', 'Visible'] }, scales).visibilityTitle).toBe(
      'Value (Visible → Invisible)',
    );
    expect(axesModel({ 'x-owm-y-axis': ['Worth'] }, scales).visibilityTitle).toBe('Worth');
  });
});

describe('glyphs', () => {
  it('gives build, buy and outsource different shapes, patterns and colours (readable in greyscale)', () => {
    const styles = Object.values(SOURCING_STYLES);
    for (const key of ['shape', 'pattern', 'color'] as const) {
      expect(new Set(styles.map((s) => s[key])).size).toBe(3);
    }
  });
  it('draws users, needs and components with different bodies; only components get a sourcing halo', () => {
    const bodies = (['user', 'need', 'component'] as const).map((kind) => nodeGlyph({ kind }).body.shape);
    expect(new Set(bodies).size).toBe(3);
    expect(nodeGlyph({ kind: 'component', sourcing: 'buy' }).halo?.shape).toBe('diamond');
    expect(nodeGlyph({ kind: 'need', sourcing: 'buy' }).halo).toBeUndefined();
    expect(nodeGlyph({ kind: 'component' }).halo).toBeUndefined();
  });
  it('writes closed SVG paths', () => {
    for (const shape of ['circle', 'square', 'diamond', 'person', 'pill'] as const) {
      expect(shapePath(shape, 10)).toMatch(/^M .* Z$/);
    }
  });

  it('draws a shape around a given centre as the same path moved there', () => {
    // Which numbers of each command are x and y (the others are radii and flags, kept as they are).
    const roles: Record<string, string> = { M: 'xy', L: 'xy', H: 'x', V: 'y', A: '-----xy', Z: '' };
    const shapes = fc.constantFrom('circle', 'square', 'diamond', 'person', 'pill' as const);
    const coordinate = fc.double({ min: -2000, max: 2000, noNaN: true });
    fc.assert(
      fc.property(shapes, fc.double({ min: 1, max: 40, noNaN: true }), coordinate, coordinate, (shape, size, x, y) => {
        const plain = shapePath(shape, size).split(' ');
        const moved = shapePath(shape, size, { x, y }).split(' ');
        expect(moved.length).toBe(plain.length);
        let role = '';
        plain.forEach((token, i) => {
          if (/^[A-Z]$/.test(token)) {
            role = roles[token] ?? '';
            return expect(moved[i]).toBe(token);
          }
          const kind = role[0];
          role = role.slice(1);
          const shift = kind === 'x' ? x : kind === 'y' ? y : 0;
          expect(Number(moved[i])).toBeCloseTo(Number(token) + shift, 1);
        });
      }),
    );
  });
});

describe('links', () => {
  it('stops a link at both glyph edges, along the line between the centres', () => {
    fc.assert(
      fc.property(unit, unit, unit, unit, (a, b, c, d) => {
        const from = { x: a * 1000, y: b * 1000 };
        const to = { x: c * 1000, y: d * 1000 };
        const s = trimmedSegment(from, to, 10, 15);
        const length = Math.hypot(to.x - from.x, to.y - from.y);
        if (length > 25) {
          expect(Math.hypot(s.x1 - from.x, s.y1 - from.y)).toBeCloseTo(10, 6);
          expect(Math.hypot(to.x - s.x2, to.y - s.y2)).toBeCloseTo(15, 6);
        }
      }),
      { numRuns: 150 },
    );
  });
  it('draws no evolve arrow for a target under the node, and puts inertia ahead of the movement', () => {
    expect(evolveArrow({ x: 100, y: 100 }, 105, 10)).toBeUndefined();
    expect(evolveArrow({ x: 100, y: 100 }, 300, 10)?.x2).toBeGreaterThan(200);
    expect(inertiaBar({ x: 100, y: 100 }, 10, 300).x1).toBeGreaterThan(100);
    expect(inertiaBar({ x: 100, y: 100 }, 10, 20).x1).toBeLessThan(100);
  });
});

describe('monolith regions', () => {
  const node = (evolution: number, visibility: number, inside?: string) => ({
    kind: 'component' as const,
    name: 'n',
    evolution,
    visibility,
    ...(inside ? { inside } : {}),
  });
  const map: WardleyMap = {
    version: 1,
    title: 't',
    nodes: { legacy: node(0.3, 0.5), a: node(0.2, 0.6, 'legacy'), b: node(0.5, 0.3, 'legacy'), c: node(0.9, 0.1) },
  };
  it('groups the monolith with the components inside it', () => {
    expect([...monolithMembers(map)]).toEqual([['legacy', ['legacy', 'a', 'b']]]);
    const [region] = monolithRegions(map, scales);
    expect(region?.members).toEqual(['legacy', 'a', 'b']);
    expect(region?.path).toMatch(/^M .* Z$/);
  });
  it('a convex hull contains every input point', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 500 }), y: fc.integer({ min: 0, max: 500 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 30 }), (points) => {
        const hull = convexHull(points);
        if (hull.length < 3) return;
        for (const p of points) {
          for (let i = 0; i < hull.length; i++) {
            const a = hull[i]!;
            const b = hull[(i + 1) % hull.length]!;
            expect((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
