// On the eHealth example, whose components hold PHI and PII, the canvas's label placement (on the
// page and in the map worker, plain and presentation fonts) keeps every node name clear of every
// sensitive-data badge (core/render/data-badges.ts, as DataBadge.tsx draws them). Before names
// avoided the badges, several sat under one (Prescription renewal, Secure messaging, ...).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { dataBadgeBoxes } from '../../../core/render/data-badges.ts';
import type { Box, PlacedLabel } from '../../../core/render/labels.ts';
import { SCALES } from '../../../renderer/canvas/geometry.ts';
import { labelLayout } from '../../../renderer/canvas/label-layout.ts';
import { doLabelWork } from '../../../renderer/worker/label-work.ts';

function ehealth(): WardleyMap {
  const parsed = parseMap(readFileSync('maps/ehealth-platform.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('the example does not parse');
  return parsed.map;
}

function meet(a: Box, b: Box): boolean {
  return (
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5
  );
}

/** Each label lying on a badge, as `label id / badge index`. */
function underBadges(labels: ReadonlyMap<string, PlacedLabel>, badges: readonly Box[]): string[] {
  return [...labels].flatMap(([id, label]) => badges.flatMap((b, i) => (meet(label.box, b) ? [`${id}/${i}`] : [])));
}

describe('labels and sensitive-data badges on the eHealth example', () => {
  const map = ehealth();
  const badges = dataBadgeBoxes(map, SCALES);

  it('has badges to keep clear of', () => {
    expect(badges.length).toBeGreaterThan(5);
  });

  for (const presentation of [false, true]) {
    it(`keep clear of each other on the page and in the worker${presentation ? ' (presentation)' : ''}`, () => {
      expect(underBadges(labelLayout(map, presentation), badges)).toEqual([]);
      const previous = new Map();
      const worker = doLabelWork({ kind: 'labels', nodes: map.nodes, presentation, previous });
      expect(underBadges(worker, badges)).toEqual([]);
    });
  }
});
