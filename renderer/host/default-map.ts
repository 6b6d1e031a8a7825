// The map the browser host opens first: the eHealth example from maps/, bundled by Vite. A glob
// import is empty instead of failing the build when the file is missing, so a small built-in map
// stands in.
const bundled = import.meta.glob<string>('../../maps/ehealth-platform.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const DEFAULT_MAP_NAME = 'ehealth-platform.yaml';

const BUILT_IN = `# yaml-language-server: $schema=../schema/map.schema.json
version: 1
title: Patient portal
nodes:
  # Who the map is for
  patient:
    kind: user
    name: Patient
    evolution: 0.6
    visibility: 0.95
    uses:
      - book-appointment
  book-appointment:
    kind: need
    name: Book an appointment
    evolution: 0.5
    visibility: 0.8
    uses:
      - scheduling
  scheduling:
    kind: component
    name: Scheduling
    evolution: 0.3
    visibility: 0.6
    sourcing: build
    inside: monolith
    uses:
      - database
  monolith:
    kind: component
    name: Perl monolith
    evolution: 0.35
    visibility: 0.45
    inertia: true
  database:
    kind: component
    name: Oracle database
    evolution: 0.75
    visibility: 0.2
    sourcing: buy
    evolve: 0.9
`;

export function defaultMapText(): string {
  return Object.values(bundled)[0] ?? BUILT_IN;
}

export function hasBundledDefaultMap(): boolean {
  return Object.keys(bundled).length > 0;
}
