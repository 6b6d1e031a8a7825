// The per-phase system model's public surface: the bundle, the plan and the app read it.
export * from './types.ts';
export { systemAt, systemPhases } from './system.ts';
export { pathTable, publicPaths, unroutablePath, type PathTable } from './paths.ts';
export { facadeOfMap, monolithsOf, userReached, isPlatform, facadeController, DEFAULT_PORT } from './topology.ts';
export { CANARY_PERCENT } from './routes.ts';
export {
  managedHost,
  placeholderManagedHost,
  workloadPort,
  externalPort,
  EXTERNAL_PORTS,
  DEFAULT_EXTERNAL_PORT,
  DEFAULT_HOST_DOMAIN,
} from './ports.ts';
export { routeManifests, routeGroups, type RouteContext } from './route-manifests.ts';
export {
  dataMoveOf,
  dataMovesOf,
  mirrorHost,
  MIRROR_HOST_ENV,
  MIRROR_HOST_PREFIX,
  type DataMove,
} from './data-moves.ts';
