// ONE answer to "which paths does this component serve at the facade", used by the bundle, the
// plan and the app: its deploy hint and `plan.paths`, else `/<id>` when users reach it.
import type { MapNode, WardleyMap } from '../model/types.ts';
import { streamTable } from './streams.ts';
import { facadeController, forEachNode, monolithsOf, routableAtFacade, userReached } from './topology.ts';
import type { StreamPort, SystemWarning } from './types.ts';

/** A component's public paths, before any conflict with another component is resolved. */
export function publicPaths(id: string, node: MapNode, reached: ReadonlySet<string>): string[] {
  const paths = [...(node.plan?.paths ?? [])];
  const own = node.deploy?.path;
  if (own !== undefined && !paths.includes(own)) paths.push(own);
  if (paths.length === 0 && reached.has(id)) paths.push(`/${id}`);
  return paths;
}

/** Whether the node names a path of its own (publicPaths is not empty without reach), made without a list. */
export function namesPath(node: MapNode): boolean {
  return (node.plan?.paths?.length ?? 0) > 0 || node.deploy?.path !== undefined;
}

/** Paths the Gateway API rejects (its CEL rules) even though they look like paths. */
export function unroutablePath(path: string): boolean {
  return /\/\/|\/\.\.?(\/|$)|%2f|%5c|#/i.test(path);
}

export interface PathTable {
  /** Component id → the paths it holds at the facade (each path held by one component only). */
  paths: Map<string, string[]>;
  /** Monolith id → its catch-all prefix (`/` for the main monolith). */
  catchAll: Map<string, string>;
  /** Component id → its TCP or MLLP listener at the facade (each port held by one component). */
  streams: Map<string, StreamPort>;
  warnings: SystemWarning[];
  /** The map's monoliths (monolithsOf) and facade controller (facadeController), read once for every phase. */
  monoliths: readonly string[];
  controller: string | undefined;
}

/**
 * Who holds which path: monolith catch-alls first, then components in file order; a path
 * claimed twice stays with its first holder (`plan/duplicate-path`).
 */
export function pathTable(map: WardleyMap): PathTable {
  const monoliths = monolithsOf(map);
  const monolithSet = new Set(monoliths);
  const controller = facadeController(map);
  const reached = userReached(map);
  const holder = new Map<string, string>();
  const catchAll = new Map<string, string>();
  const warnings: SystemWarning[] = [];
  for (const [i, id] of monoliths.entries()) {
    const node = map.nodes[id];
    const own = node?.deploy?.path;
    const path = i === 0 ? '/' : own !== undefined && own !== '/' && !holder.has(own) ? own : `/${id}`;
    holder.set(path, id);
    catchAll.set(id, path);
  }
  const paths = new Map<string, string[]>();
  forEachNode(map, (node, id) => {
    if (!routableAtFacade(node, id, controller, monolithSet)) return;
    // No path of its own and not reached by users: publicPaths would give none.
    if (node.plan?.paths === undefined && node.deploy?.path === undefined && !reached.has(id)) return;
    const held: string[] = [];
    for (const path of publicPaths(id, node, reached)) {
      const owner = holder.get(path);
      if (unroutablePath(path)) {
        warnings.push({
          rule: 'plan/bad-path',
          message: `${id}: the facade cannot route ${path} (Gateway API path rules)`,
          nodes: [id],
        });
      } else if (owner !== undefined) {
        const who = monolithSet.has(owner) ? `the ${owner} catch-all` : owner;
        warnings.push({
          rule: 'plan/duplicate-path',
          message: `${id}: ${path} is already routed to ${who}`,
          nodes: monolithSet.has(owner) ? [id] : [owner, id],
        });
      } else {
        holder.set(path, id);
        held.push(path);
      }
    }
    if (held.length > 0) paths.set(id, held);
  });
  const streams = streamTable(map, controller, monolithSet);
  return {
    paths,
    catchAll,
    streams: streams.streams,
    warnings: [...warnings, ...streams.warnings],
    monoliths,
    controller,
  };
}
