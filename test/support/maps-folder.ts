// A temporary folder of maps for `npm run web --maps <dir>`, so an e2e test that saves writes
// there and never into the repository's maps/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MapsFolder {
  dir: string;
  path(name: string): string;
  remove(): void;
}

export function mapsFolder(files: Record<string, string>): MapsFolder {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-maps-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small hand-written map: a user, a need and two components, one of them a monolith. */
export const SMALL_MAP = `# yaml-language-server: $schema=../schema/map.schema.json
# A small map under test.
version: 1
title: Small map
nodes:
  visitor:
    kind: user
    name: Visitor
    evolution: 0.5
    visibility: 0.95
    uses: [book]
  book:
    kind: need
    name: Book a visit
    evolution: 0.45
    visibility: 0.8
    uses: [booking]
  booking:
    kind: component
    name: Booking
    evolution: 0.3
    visibility: 0.55
    sourcing: build
    inside: legacy
  legacy:
    kind: component
    name: Legacy system
    evolution: 0.4
    visibility: 0.4
`;
