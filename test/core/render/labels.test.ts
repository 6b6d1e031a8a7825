import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeEntries, type MapNode, type WardleyMap } from '../../../core/model/types.ts';
import { mapScales, nodePoint } from '../../../core/render/frame.ts';
import { nodeGlyph } from '../../../core/render/glyphs.ts';
import { overlapArea, type Box } from '../../../core/render/label-grid.ts';
import { LABEL_FONT, MAX_EM, PRESENTATION_FONT, textWidth, wrapLabel } from '../../../core/render/label-text.ts';
import { drawingBounds, placeLabels, type PlacedLabel } from '../../../core/render/labels.ts';
import { renderMapSvg } from '../../../core/render/svg/map-svg.ts';

const scales = mapScales();

function node(name: string, evolution: number, visibility: number, extra: Partial<MapNode> = {}): MapNode {
  return { kind: 'component', name, evolution, visibility, ...extra };
}

function mapOf(nodes: Record<string, MapNode>): WardleyMap {
  return { version: 1, title: 'Labels', nodes };
}

/** Every pair of overlapping labels and every label over another node's glyph. */
function overlaps(map: WardleyMap, labels: ReadonlyMap<string, PlacedLabel>): string[] {
  const glyphs = nodeEntries(map).map(([id, n]) => {
    const at = nodePoint(scales, n);
    const r = nodeGlyph(n).radius;
    return { id, box: { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r } as Box };
  });
  const found: string[] = [];
  const entries = [...labels];
  entries.forEach(([a, la], i) => {
    for (const [b, lb] of entries.slice(i + 1)) if (overlapArea(la.box, lb.box) > 0) found.push(`${a}/${b}`);
    for (const g of glyphs) if (g.id !== a && overlapArea(la.box, g.box) > 0) found.push(`${a} over ${g.id}`);
  });
  return found;
}

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('API gateway', LABEL_FONT)).toMatchObject({ lines: ['API gateway'], truncated: false });
  });

  it('wraps a long name to two lines and ends a longer one with an ellipsis', () => {
    const two = wrapLabel('Orchestration (Kubernetes, DC/OS)', LABEL_FONT);
    expect(two.lines).toHaveLength(2);
    expect(two.truncated).toBe(false);
    const name = 'A very long component name '.repeat(7).trim();
    expect(name.length).toBeGreaterThan(180);
    const cut = wrapLabel(name, LABEL_FONT);
    expect(cut.lines).toHaveLength(2);
    expect(cut.truncated).toBe(true);
    expect(cut.lines[1]?.endsWith('…')).toBe(true);
    expect(cut.width).toBeLessThanOrEqual(MAX_EM * LABEL_FONT.size);
  });

  it('never lets a line run wider than the limit, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (name, presenting) => {
        const font = presenting ? PRESENTATION_FONT : LABEL_FONT;
        const wrapped = wrapLabel(name, font);
        expect(wrapped.lines.length).toBeLessThanOrEqual(2);
        for (const line of wrapped.lines) expect(textWidth(line, font)).toBeLessThanOrEqual(MAX_EM * font.size);
      }),
    );
  });
});

describe('placeLabels', () => {
  it('moves a label off a neighbour that sits where it would usually go', () => {
    // `b` stands right of `a`, where a component's label goes first.
    const map = mapOf({ a: node('Payments', 0.4, 0.5), b: node('Ledger', 0.46, 0.5) });
    const labels = placeLabels(map, scales);
    expect(labels.get('a')?.position).not.toBe('right');
    expect(overlaps(map, labels)).toEqual([]);
  });

  it('puts a label at the right edge on the left, inside the drawing', () => {
    const map = mapOf({ edge: node('Virtual machines in two data centres', 1, 0.3) });
    const label = placeLabels(map, scales).get('edge');
    expect(label?.position).toContain('left');
    expect((label?.box.x ?? 0) + (label?.box.width ?? 0)).toBeLessThanOrEqual(scales.frame.width);
  });

  it('keeps a label where it was when another place is as good', () => {
    const map = mapOf({ lone: node('Lone node', 0.5, 0.5) });
    expect(placeLabels(map, scales).get('lone')?.position).toBe('right');
    const kept = placeLabels(map, scales, { previous: new Map([['lone', 'left']]) });
    expect(kept.get('lone')?.position).toBe('left');
  });

  it('is deterministic', () => {
    const map = mapOf({ a: node('One', 0.3, 0.3), b: node('Two', 0.32, 0.31), c: node('Three', 0.31, 0.33) });
    expect([...placeLabels(map, scales)]).toEqual([...placeLabels(map, scales)]);
  });

  it('places labels on a sparse map without any overlap, whatever the names', () => {
    // Nodes on a coarse grid (about 300 × 106 px apart) always leave room for a label.
    const cell = fc.record({ col: fc.integer({ min: 0, max: 4 }), row: fc.integer({ min: 0, max: 7 }) });
    const entry = fc.record({
      cell,
      name: fc.string({ minLength: 1, maxLength: 80 }),
      kind: fc.constantFrom('user', 'need', 'component') as fc.Arbitrary<MapNode['kind']>,
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => `${e.cell.col}:${e.cell.row}`, maxLength: 25 }), (list) => {
        const nodes: Record<string, MapNode> = {};
        list.forEach((e, i) => {
          nodes[`n${i}`] = {
            kind: e.kind,
            name: e.name,
            evolution: 0.05 + e.cell.col * 0.2,
            visibility: 0.95 - e.cell.row * 0.125,
          };
        });
        const map = mapOf(nodes);
        expect(overlaps(map, placeLabels(map, scales))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('gives Fit a box that holds every label', () => {
    const map = mapOf({ edge: node('Far right with a long name', 0.99, 0.02) });
    const labels = placeLabels(map, scales);
    const bounds = drawingBounds(map, scales, labels);
    const box = labels.get('edge')?.box as Box;
    expect(bounds.x).toBeLessThanOrEqual(box.x);
    expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(box.x + box.width);
    expect(bounds.y + bounds.height).toBeGreaterThanOrEqual(box.y + box.height);
  });
});

describe('labels in the SVG picture', () => {
  it('wraps a long name and keeps the full name as a tooltip', () => {
    const long = 'Synchronisation of every patient record across regional systems '.repeat(3).trim();
    const svg = renderMapSvg(mapOf({ long: node(long, 0.5, 0.5) }));
    expect(svg).toContain(`<title>${long}</title>`);
    expect(svg.match(/<tspan /g)).toHaveLength(2);
    expect(svg).toMatch(/…<\/tspan>/);
  });
});
