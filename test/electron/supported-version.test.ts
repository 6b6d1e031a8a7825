// Electron supports its latest three majors (releases.electronjs.org); a release falls out of
// support when the third major after it ships, every 8 weeks. This test fails on the day the
// installed major stops being one of the supported three, without asking the network: first
// stable dates from the registry (`npm view electron time`, 2026-12-01), then the 8-week cadence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIRST_STABLE: ReadonlyArray<readonly [major: number, date: string]> = [
  [38, '2025-09-03'],
  [39, '2025-10-28'],
  [40, '2026-01-16'],
  [41, '2026-03-11'],
  [42, '2026-05-06'],
  [43, '2026-07-01'],
  [44, '2026-08-25'],
  [45, '2026-10-21'],
];
const CADENCE_MS = 8 * 7 * 24 * 60 * 60 * 1000;

/** The newest Electron major released on `day`: the table, then one major per 8 weeks after it. */
function latestMajorOn(day: Date): number {
  const known = FIRST_STABLE.filter(([, date]) => Date.parse(date) <= day.getTime());
  const [lastMajor, lastDate] = FIRST_STABLE[FIRST_STABLE.length - 1]!;
  if (day.getTime() < Date.parse(lastDate)) return known[known.length - 1]?.[0] ?? 0;
  return lastMajor + Math.floor((day.getTime() - Date.parse(lastDate)) / CADENCE_MS);
}

function supportedMajorsOn(day: Date): number[] {
  const latest = latestMajorOn(day);
  return [latest, latest - 1, latest - 2];
}

const repo = join(import.meta.dirname, '../..');
const declared = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies.electron as string;
const installed = JSON.parse(readFileSync(join(repo, 'node_modules/electron/package.json'), 'utf8')).version as string;
const majorOf = (version: string) => Number(/(\d+)\./.exec(version)?.[1]);

describe('the Electron version', () => {
  it('is one of the three supported majors today', () => {
    const supported = supportedMajorsOn(new Date());
    expect(supported, `declared ${declared}; supported today: ${supported.join(', ')}`).toContain(majorOf(declared));
    expect(majorOf(installed)).toBe(majorOf(declared));
  });

  it('knows the schedule: 38 left support when 41 shipped, 45 leaves it when 48 does', () => {
    expect(supportedMajorsOn(new Date('2026-03-10'))).toContain(38);
    expect(supportedMajorsOn(new Date('2026-03-12'))).not.toContain(38);
    expect(supportedMajorsOn(new Date('2026-12-01'))).toEqual([45, 44, 43]);
    expect(supportedMajorsOn(new Date('2027-04-05'))).toContain(45);
    expect(supportedMajorsOn(new Date('2027-04-08'))).not.toContain(45);
  });
});
