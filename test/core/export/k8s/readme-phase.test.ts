// The bundle README's "Migration phase" section says what this map's migration needs and no more:
// two lines for a map without a plan, the phase model for a monolith, the data paragraph only
// when a data owner moves (only the moves it makes), the stream section only with stream ports.
// Golden files: UPDATE_GOLDEN=1 npx vitest run test/core/export/k8s/readme-phase.test.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { loadMap } from '../../plan/load-map.ts';
import { component, smallMap } from '../../plan/small-map.ts';
import { conferenceMini } from './fixture.ts';

const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../golden/k8s-readme');
const update = process.env['UPDATE_GOLDEN'] === '1';

/** The README's "## Migration phase" section, up to the next `## ` heading. */
function migrationSection(map: WardleyMap, phase: number | 'last'): string {
  const readme = exportKubernetes(map, { phase }).files['README.md'] ?? '';
  const start = readme.indexOf('## Migration phase');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end + 1);
}

function compareWithGolden(name: string, text: string): void {
  const file = path.join(GOLDEN, name);
  if (update) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const seed = loadMap('test/fixtures/system/conference-seed.yaml');
const hie = loadMap('maps/hie-monolith.yaml');
const DATA = /system of record|reverse sync|MIRROR_HOST|write(s)? through|staged/;

describe('bundle README, migration paragraph (golden)', () => {
  it('a map without a plan: two lines, no phase model', () => {
    const text = migrationSection(conferenceMini(), 0);
    compareWithGolden('no-plan.md', text);
    expect(text).not.toMatch(DATA);
    expect(text).not.toContain('Phase 0 is today');
  });

  it('the conference map drawn with no hints: the phase model, no data or stream paragraph', () => {
    const text = migrationSection(seed, 1);
    compareWithGolden('conference-seed-phase-1.md', text);
    expect(text).toContain('Phase 0 is today with the facade in place');
    expect(text).not.toMatch(DATA);
    expect(text).not.toContain('Stream ports');
  });

  it('one data owner behind a Gateway: only the by-method writes and reverse sync', () => {
    const map = smallMap(
      { orders: component({ plan: { data: true, paths: ['/orders'] }, deploy: { port: 8080 } }) },
      { user: true, mono: { sourcing: 'build', deploy: { port: 8080 } } },
    );
    const text = migrationSection(map, 1);
    compareWithGolden('gateway-data-owner.md', text);
    expect(text).toContain('only reads (GET, HEAD) are split or mirrored');
    expect(text).toContain('reverse sync writes its changes back');
    expect(text).not.toMatch(/MIRROR_HOST|writes through|staged/);
  });

  it('hie (ingress-nginx, mirrors, a bought data owner, MLLP): every paragraph it needs', () => {
    const text = migrationSection(hie, 3);
    for (const part of [
      'writes through the monolith',
      '`MIRROR_HOST=mirror.<host>` on the mirrored Deployment',
      'state `staged`',
      'reverse sync writes its changes back',
      '### Stream ports (TCP, MLLP)',
    ])
      expect(text).toContain(part);
    // hie is behind ingress-nginx: the Gateway's method rule is not its story.
    expect(text).not.toContain('an HTTPRoute rule per method set');
  });
});
