// Backstage entity names and references. Names must match `[A-Za-z0-9]([-_.A-Za-z0-9]*[A-Za-z0-9])?`
// and be at most 63 characters; node ids already are (DNS-1123 labels), so nodes keep their id
// and the display name goes to `metadata.title`. Teams and the map title are slugged.
import { slugOf, uniqueId } from '../../model/ids.ts';

export const ENTITY_NAME = /^[A-Za-z0-9]([-_.A-Za-z0-9]*[A-Za-z0-9])?$/;
export const MAX_ENTITY_NAME = 63;

/** The owner of components whose node names no team. */
export const UNASSIGNED_GROUP = 'unassigned';

export type EntityKind = 'component' | 'resource' | 'group' | 'system';

export function entityRef(kind: EntityKind, name: string): string {
  return `${kind}:default/${name}`;
}

/** Team text → Group name, one per distinct team, never the unassigned group's name. */
export function groupNames(teams: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>([UNASSIGNED_GROUP]);
  for (const team of [...new Set(teams)].sort()) {
    const name = uniqueId(slugOf(team), (n) => taken.has(n));
    taken.add(name);
    names.set(team, name);
  }
  return names;
}

/** The System's name: the map title as a slug. */
export function systemName(title: string): string {
  return slugOf(title);
}
