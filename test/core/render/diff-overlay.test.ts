import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../core/diff/diff.ts';
import { parseMap } from '../../../core/format/parse.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { badgeWidth, diffOverlay } from '../../../core/render/diff-overlay.ts';
import { nodeGlyph } from '../../../core/render/glyphs.ts';
import { overlapArea } from '../../../core/render/label-grid.ts';
import { placeLabels } from '../../../core/render/labels.ts';
import { mapScales } from '../../../core/render/frame.ts';
import { renderMapSvg } from '../../../core/render/svg/map-svg.ts';
import { diffOverlaySvg } from '../../../core/render/svg/diff-overlay.ts';
import { mapVersion } from '../../support/git-map-repo.ts';
import { randomMap } from '../../support/maps.ts';

const scales = mapScales();

function map(text: string): WardleyMap {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return parsed.map;
}

const before = map(mapVersion(1));
const after = map(mapVersion(3));
const overlay = diffOverlay(before, after, diffMaps(before, after), scales);

describe('diffOverlay', () => {
  it('puts a removed node as a ghost where it stood', () => {
    const ghost = overlay.ghosts.find((g) => g.id === 'legacy-billing');
    expect(ghost).toMatchObject({
      reason: 'removed',
      name: 'Legacy billing',
      at: { x: scales.x(0.2), y: scales.y(0.3) },
    });
  });

  it('draws an arrow from a moved node’s old place towards its new one, naming the stage change', () => {
    const arrow = overlay.arrows.find((a) => a.id === 'payments');
    expect(arrow?.stage).toBe('Custom-Built → Commodity (+utility)');
    const s = arrow?.segment;
    expect(s && s.x1 > scales.x(0.3) && s.x1 < scales.x(0.3) + 30).toBe(true);
    expect(s && s.x2 < scales.x(0.78) && s.x2 > scales.x(0.78) - 30).toBe(true);
    expect(overlay.ghosts.find((g) => g.id === 'payments')?.reason).toBe('moved');
    expect(overlay.arrows.map((a) => a.id).sort()).toEqual(['catalogue', 'payments']);
  });

  it('rings added nodes and badges the re-sourced one', () => {
    expect(overlay.added.map((a) => a.id).sort()).toEqual(['ledger', 'search']);
    expect(overlay.badges).toEqual([
      expect.objectContaining({ id: 'payments', kind: 'sourcing', text: 'build → outsource' }),
    ]);
  });

  it('marks a renamed id at the new node', () => {
    const renamed = map(mapVersion(3).replace('  ledger:', '  general-ledger:').replace('ledger]', 'general-ledger]'));
    const o = diffOverlay(after, renamed, diffMaps(after, renamed), scales);
    expect(o.badges).toEqual([expect.objectContaining({ id: 'general-ledger', text: 'renamed from ledger' })]);
    expect(o.ghosts).toEqual([]);
  });

  it('is empty for the same map, whatever the map', () => {
    fc.assert(
      fc.property(randomMap, (m) => {
        expect(diffOverlay(m, m, diffMaps(m, m), scales)).toEqual({ ghosts: [], arrows: [], added: [], badges: [] });
      }),
      { numRuns: 50 },
    );
  });
});

describe('diffOverlaySvg', () => {
  it('draws the overlay with the data attributes the canvas uses too', () => {
    const svg = renderMapSvg(after, { overlays: diffOverlaySvg(before, after, diffMaps(before, after)) });
    for (const attr of ['data-ghost="legacy-billing"', 'data-ghost-arrow="payments"', 'data-added="search"'])
      expect(svg).toContain(attr);
    expect(svg).toContain('build → outsource');
    expect(svg.indexOf('data-ghost="legacy-billing"')).toBeLessThan(svg.indexOf('data-node-id="buyer"'));
  });
});

describe('diffOverlay badges and ghost names', () => {
  const node = (name: string, evolution: number, visibility: number, sourcing?: 'build' | 'buy') => ({
    kind: 'component' as const,
    name,
    evolution,
    visibility,
    ...(sourcing ? { sourcing } : {}),
  });
  const older: WardleyMap = {
    version: 1,
    title: 't',
    nodes: {
      a: node('Ticketing', 0.5, 0.5, 'build'),
      b: node('Schedule management', 0.5, 0.455),
      c: node('Speakers', 0.56, 0.5),
      gone: node('Old feedback form', 0.44, 0.52),
    },
  };
  const newer: WardleyMap = {
    ...older,
    nodes: { a: node('Ticketing platform', 0.5, 0.5, 'buy'), b: older.nodes['b']!, c: older.nodes['c']! },
  };
  const boxOf = (b: { at: { x: number; y: number }; text: string }) => ({
    x: b.at.x - badgeWidth(b.text) / 2,
    y: b.at.y - 10,
    width: badgeWidth(b.text),
    height: 20,
  });

  it('sit on no name, no node and no other badge of the newer map', () => {
    const labels = placeLabels(newer, scales);
    const o = diffOverlay(older, newer, diffMaps(older, newer), scales, labels);
    expect(o.badges.map((b) => b.text).sort()).toEqual(['build → buy', 'was “Ticketing”']);
    const taken = [
      ...[...labels.values()].map((l) => l.box),
      ...Object.values(newer.nodes).map((n) => {
        const r = nodeGlyph(n!).radius;
        return { x: scales.x(n!.evolution) - r, y: scales.y(n!.visibility) - r, width: 2 * r, height: 2 * r };
      }),
    ];
    const boxes = o.badges.map(boxOf);
    for (const box of boxes) for (const t of taken) expect(overlapArea(box, t)).toBe(0);
    expect(overlapArea(boxes[0]!, boxes[1]!)).toBe(0);
    const ghost = o.ghosts.find((g) => g.id === 'gone');
    expect(ghost?.label?.text).toBe('Old feedback form (removed)');
  });
});
