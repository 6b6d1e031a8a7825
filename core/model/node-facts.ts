// Named operations for the facts a workshop states about one node: where it is heading, its
// inertia, the monolith it lives in today and the team that owns it. Each is a checked
// setNodeField, so the reason for a refusal names the Wardley rule rather than a schema path.
import type { MapDocument } from '../format/parse.ts';
import { editFailed, type EditResult } from './commit.ts';
import { setNodeField } from './operations.ts';
import { nodeEntries } from './types.ts';

export function setEvolve(document: MapDocument, id: string, evolution: number | undefined): EditResult {
  if (evolution !== undefined && !(evolution >= 0 && evolution <= 1)) {
    return editFailed('edit/evolve', `evolution ${evolution} is outside 0 (genesis) … 1 (commodity)`, id);
  }
  return setNodeField(document, id, 'evolve', evolution);
}

export function setInertia(document: MapDocument, id: string, inertia: boolean): EditResult {
  return setNodeField(document, id, 'inertia', inertia ? true : undefined);
}

export function setTeam(document: MapDocument, id: string, team: string | undefined): EditResult {
  const trimmed = team?.trim();
  return setNodeField(document, id, 'team', trimmed === '' ? undefined : trimmed);
}

/** Places `id` inside the legacy monolith `host` (a component that is not itself inside one). */
export function placeInside(document: MapDocument, id: string, host: string | undefined): EditResult {
  if (host === undefined) return setNodeField(document, id, 'inside', undefined);
  const nodes = document.map.nodes;
  const monolith = Object.hasOwn(nodes, host) ? nodes[host] : undefined;
  if (!monolith) return editFailed('edit/missing', `there is no node '${host}' on the map`, id);
  if (host === id) return editFailed('ref/inside', `'${id}' cannot be inside itself`, id);
  if (monolith.kind !== 'component') {
    return editFailed('ref/inside', `'${host}' is a ${monolith.kind}; a monolith must be a component`, id);
  }
  if (monolith.inside !== undefined) {
    return editFailed('ref/inside', `'${host}' is itself inside '${monolith.inside}'; monoliths do not nest`, id);
  }
  const hosted = nodeEntries(document.map).some(([, n]) => n.inside === id);
  if (hosted)
    return editFailed('ref/inside', `'${id}' is a monolith holding other components; monoliths do not nest`, id);
  return setNodeField(document, id, 'inside', host);
}
