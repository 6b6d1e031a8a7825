import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { extractionPhases, lastPhaseIndex } from '../../core/plan/index.ts';
import { mapScales } from '../../core/render/frame.ts';
import { nodeGlyph } from '../../core/render/glyphs.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { clearance } from '../../renderer/plan/outside.ts';
import { lightness, phaseColor } from '../../renderer/plan/phase-colors.ts';
import { clampStep, phaseIndex, timelineLayout, type TimelineLayout } from '../../renderer/plan/timeline.ts';
import { arbitraryMap } from '../core/plan/arbitrary-map.ts';

const scales = mapScales();

function monolithMap(): WardleyMap {
  const parsed = parseMap(readFileSync('maps/hie-monolith.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('the monolith example does not parse');
  return parsed.map;
}

const home = (map: WardleyMap, id: string) => ({
  x: scales.x(map.nodes[id]!.evolution),
  y: scales.y(map.nodes[id]!.visibility),
});

/** What every step must show: extracted components clear of what remains, the rest in place. */
function checkLayout(map: WardleyMap, layout: TimelineLayout): void {
  for (const id of layout.extracted) {
    const radius = nodeGlyph(map.nodes[id]!).radius;
    for (const region of layout.regions)
      expect(clearance(region.hull, layout.at.get(id)!, radius)).toBeGreaterThanOrEqual(0);
  }
  for (const region of layout.regions) {
    for (const member of region.members) {
      expect(layout.extracted.has(member)).toBe(false);
      expect(clearance(region.hull, home(map, member), 0)).toBeLessThan(0);
    }
  }
  for (const id of Object.keys(map.nodes)) {
    if (!layout.extracted.has(id)) expect(layout.at.get(id)).toEqual(home(map, id));
  }
  for (const ghost of layout.ghosts) {
    expect(layout.extracted.has(ghost.id)).toBe(true);
    expect(ghost.from).toEqual(home(map, ghost.id));
    expect(layout.at.get(ghost.id)).toEqual(ghost.to);
  }
}

describe('plan timeline layout', () => {
  const map = monolithMap();
  const plan = extractionPhases(map);
  const phases = phaseIndex(plan);

  it('today: every candidate inside the monolith, nothing moved', () => {
    const today = timelineLayout(map, plan, 0, scales);
    expect(today.extracted.size).toBe(0);
    expect(today.ghosts).toEqual([]);
    expect(today.regions.map((r) => r.id)).toEqual(['legacy-hie']);
    expect(new Set(today.regions[0]!.members)).toEqual(new Set(['legacy-hie', ...phases.keys()]));
  });

  it('at each phase, what left is outside the shrinking region and what remains is inside it', () => {
    let previous = Infinity;
    for (let k = 1; k < lastPhaseIndex(plan); k++) {
      const layout = timelineLayout(map, plan, k, scales);
      expect([...layout.extracted].sort()).toEqual(
        [...phases]
          .filter(([, p]) => p <= k)
          .map(([id]) => id)
          .sort(),
      );
      checkLayout(map, layout);
      const members = layout.regions[0]!.members.length;
      // The clean-up phase moves nothing: the monolith keeps its region until it is retired.
      if (plan.phases.find((p) => p.index === k)!.steps.length > 0) expect(members).toBeLessThan(previous);
      else expect(members).toBe(previous);
      previous = members;
    }
  });

  it('after the last phase the monolith is retired and the map is drawn as it will be', () => {
    const last = timelineLayout(map, plan, lastPhaseIndex(plan), scales);
    expect(last.retired).toEqual(['legacy-hie']);
    expect(last.regions).toEqual([]);
    expect(last.ghosts).toEqual([]);
  });

  it('keeps the step between today and the last phase', () => {
    expect(clampStep(-3, plan)).toBe(0);
    expect(clampStep(99, plan)).toBe(lastPhaseIndex(plan));
    expect(timelineLayout(map, plan, 99, scales).step).toBe(lastPhaseIndex(plan));
  });

  it('holds on random monoliths, with or without cycles, and is deterministic', () => {
    fc.assert(
      fc.property(arbitraryMap({ acyclic: false, maxCandidates: 10 }), (random) => {
        const randomPlan = extractionPhases(random);
        for (let k = 0; k <= lastPhaseIndex(randomPlan); k++) {
          const layout = timelineLayout(random, randomPlan, k, scales);
          checkLayout(random, layout);
          expect(timelineLayout(random, randomPlan, k, scales)).toEqual(layout);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('phase colours', () => {
  it('differ in lightness from phase to phase, so greyscale keeps the order', () => {
    for (const count of [1, 2, 5, 7, 12]) {
      const l = Array.from({ length: count }, (_, i) => lightness(phaseColor(i + 1, count)));
      for (let i = 1; i < count; i++) expect(l[i]! - l[i - 1]!).toBeGreaterThan(5);
    }
  });

  it('are valid hex colours from dark to light', () => {
    expect(phaseColor(1, 7)).toBe('#440154');
    expect(phaseColor(7, 7)).toBe('#fde725');
    expect(phaseColor(4, 7)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
