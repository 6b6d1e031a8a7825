// The inspector's "At the facade" line: a drop keeps the path table it had (nothing it shows depends
// on where nodes sit), and every edit that can change a path shows the new one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../../core/format/parse.ts';
import * as ops from '../../../../core/model/operations.ts';
import { pathTable } from '../../../../core/system/paths.ts';
import { facadeTable } from '../../../../renderer/panels/inspector/facade-table.ts';

function conference(): MapDocument {
  const parsed = parseMap(readFileSync('maps/conference.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('conference map does not parse');
  return parsed.document;
}

function edited(result: ops.EditResult): MapDocument {
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.document;
}

describe('facade table', () => {
  it('keeps the table of the map before a drop, with the paths it showed', () => {
    const doc = conference();
    const before = facadeTable(doc.map);
    const moved = edited(ops.moveNodes(doc, [{ id: 'schedule-management', evolution: 0.5, visibility: 0.3 }]));
    expect(facadeTable(moved.map)).toBe(before);
    expect(facadeTable(moved.map).paths.get('schedule-management')).toEqual(['/schedule']);
  });

  it('shows a changed deploy path, sourcing or link at once, as a table of its own would', () => {
    const doc = conference();
    facadeTable(doc.map);
    const deploy = { ...doc.map.nodes['schedule-management']?.deploy, path: '/programme' };
    const repathed = edited(ops.setNodeField(doc, 'schedule-management', 'deploy', deploy));
    expect(facadeTable(repathed.map).paths.get('schedule-management')).toEqual(['/programme']);
    const bought = edited(ops.setSourcing(repathed, 'schedule-management', 'outsource'));
    expect(facadeTable(bought.map).paths).toEqual(pathTable(bought.map).paths);
    const linked = edited(ops.link(bought, 'schedule-management', 'speaker-management'));
    expect(facadeTable(linked.map).paths).toEqual(pathTable(linked.map).paths);
  });
});
