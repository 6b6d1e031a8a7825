// A monolith region's name ("<name> (monolith)", drawn above its topmost member) and the node
// labels keep clear of each other: the label search treats the names' boxes as taken. On the
// crowded seed map Ticketing's label took the place above its node, under the region's name.
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/format/parse.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { DEFAULT_FRAME, mapScales } from '../../../core/render/frame.ts';
import { overlapArea } from '../../../core/render/label-grid.ts';
import { LABEL_FONT, PRESENTATION_FONT } from '../../../core/render/label-text.ts';
import { placeLabels } from '../../../core/render/labels.ts';
import {
  monolithRegions,
  REGION_FONT,
  REGION_PRESENTATION_FONT,
  regionLabelBoxes,
} from '../../../core/render/regions.ts';
import { CONFERENCE_SEED, crowdedMonolithText } from '../../support/crowded-monolith.ts';

const scales = mapScales(DEFAULT_FRAME);

function load(text: string): WardleyMap {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error('does not load');
  return parsed.map;
}

const fonts = [
  ['plain', LABEL_FONT, REGION_FONT],
  ['presentation', PRESENTATION_FONT, REGION_PRESENTATION_FONT],
] as const;

describe('node labels and region names', () => {
  it.each(fonts)('keep apart on the crowded seed map (%s)', (_, font, regionFont) => {
    const map = load(crowdedMonolithText());
    const names = regionLabelBoxes(map, scales, regionFont);
    expect(names).toHaveLength(1);
    const labels = placeLabels(map, scales, { font, regionFont });
    const under = [...labels].filter(([, l]) => names.some((b) => overlapArea(b, l.box) > 0)).map(([id]) => id);
    expect(under).toEqual([]);
    // Without the names the search puts Ticketing's label there: the map tests what it should.
    const blind = placeLabels(map, scales, { font });
    expect(overlapArea(names[0]!, blind.get('ticketing')!.box)).toBeGreaterThan(0);
  });

  it('the drawn region puts its name where the boxes say', () => {
    for (const text of [CONFERENCE_SEED, crowdedMonolithText()]) {
      const map = load(text);
      const [region] = monolithRegions(map, scales);
      const [box] = regionLabelBoxes(map, scales, REGION_FONT);
      expect(box!.x + box!.width / 2).toBeCloseTo(region!.labelAt.x);
      expect(box!.y).toBeCloseTo(region!.labelAt.y - REGION_FONT.size);
      // Above the outline's top, never inside the region.
      const top = Math.min(...region!.rings.flat().map((p) => p.y));
      expect(region!.labelAt.y).toBeLessThan(top);
    }
  });
});
