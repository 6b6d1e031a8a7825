// One builder for the small hand-made maps of the plan tests: a monolith `mono` and the
// components given, each inside it unless said otherwise.
import type { MapNode, WardleyMap } from '../../../core/model/types.ts';

/** A built component inside `mono`, with any field overridden. */
export function component(fields: Partial<MapNode> = {}): MapNode {
  return {
    kind: 'component',
    name: 'X',
    evolution: 0.3,
    visibility: 0.5,
    sourcing: 'build',
    inside: 'mono',
    ...fields,
  };
}

export interface SmallMapOptions {
  /** Fields of the monolith itself. */
  mono?: Partial<MapNode>;
  /** A user whose one need uses every given component (they become user-reached). */
  user?: boolean;
}

export function smallMap(nodes: Record<string, MapNode>, options: SmallMapOptions = {}): WardleyMap {
  const reach: Record<string, MapNode> =
    options.user === true
      ? {
          user: { kind: 'user', name: 'User', evolution: 0.5, visibility: 1, uses: ['need'] },
          need: { kind: 'need', name: 'Need', evolution: 0.5, visibility: 0.9, uses: Object.keys(nodes) },
        }
      : {};
  return {
    version: 1,
    title: 'Small',
    nodes: {
      ...reach,
      mono: { kind: 'component', name: 'Monolith', evolution: 0.3, visibility: 0.5, ...options.mono },
      ...nodes,
    },
  };
}
