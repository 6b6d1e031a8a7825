// The conference seed map (test/fixtures/system/conference-seed.yaml) with Scheduling moved beside
// Ticketing, just below it: the region's name then sits above Ticketing, where Ticketing's label
// went before the labels kept clear of region names.
import { readFileSync } from 'node:fs';

export const CONFERENCE_SEED = readFileSync('test/fixtures/system/conference-seed.yaml', 'utf8');

export function crowdedMonolithText(): string {
  const at = '    name: Scheduling\n    evolution: 0.35\n    visibility: 0.5\n';
  if (!CONFERENCE_SEED.includes(at)) throw new Error('the seed map changed: move Scheduling again');
  return CONFERENCE_SEED.replace(at, '    name: Scheduling\n    evolution: 0.62\n    visibility: 0.59\n');
}
