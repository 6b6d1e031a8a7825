// Deployment targets: one Kustomize overlay per environment, or per site when an environment
// runs in several sites (data centres, clusters).
import type { DeploymentSettings, Environment, WardleyMap } from '../../model/types.ts';
import type { ExportWarning } from '../bundle.ts';
import { DEFAULTS } from './defaults.ts';
import { environmentNamespace } from '../../system/stream-listeners.ts';

export interface Target {
  env: string;
  site?: string;
  /** Overlay folder: `overlays/<env>` or `overlays/<env>/<site>`. */
  dir: string;
  namespace: string;
  /** Replica count for every built component in this environment; absent: the node's own. */
  replicas?: number;
  /** Image tag for this environment; absent: the node's, then the map's, then the default. */
  tag?: string;
  host: string;
  /** True when the host is a placeholder the user must replace. */
  placeholderHost: boolean;
}

/** The targets of a map, optionally only those of `only`; an unknown `only` is an error finding. */
export function deploymentTargets(map: WardleyMap, only: string | undefined, warnings: ExportWarning[]): Target[] {
  const settings = map.deployment ?? {};
  const envs = Object.entries(settings.environments ?? {}).filter(
    (e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined,
  );
  if (envs.length === 0) envs.push([DEFAULTS.environment, {}]);
  envs.sort(([a], [b]) => (a < b ? -1 : 1));
  const chosen = only === undefined ? envs : envs.filter(([name]) => name === only);
  if (chosen.length === 0) {
    const known = envs.map(([n]) => n).join(', ');
    warnings.push({
      severity: 'error',
      rule: 'export/unknown-env',
      message: `no environment "${only ?? ''}" in the map (it has: ${known})`,
    });
  }
  const out: Target[] = [];
  for (const [env, e] of chosen) {
    const common = targetSettings(env, e, settings, warnings);
    const sites = [...(e.sites ?? [])].sort();
    if (sites.length === 0) out.push({ ...common, dir: `overlays/${env}` });
    for (const site of sites) out.push({ ...common, site, dir: `overlays/${env}/${site}` });
  }
  return out;
}

/** What every overlay of one environment shares: namespace, host, tag and replicas. */
function targetSettings(
  env: string,
  e: Environment,
  settings: DeploymentSettings,
  warnings: ExportWarning[],
): Omit<Target, 'dir' | 'site'> {
  const hostFromMap = e.host ?? mapHost(settings.host, env);
  if (e.tag === 'latest') {
    warnings.push({
      severity: 'warning',
      rule: 'export/latest-tag',
      message: `environment ${env}: tag "latest" is never deployed`,
    });
  }
  const tag = e.tag === 'latest' ? undefined : e.tag;
  return {
    env,
    namespace: environmentNamespace(settings, env),
    host: hostFromMap ?? `${env}.${DEFAULTS.hostDomain}`,
    placeholderHost: hostFromMap === undefined,
    ...(e.replicas === undefined ? {} : { replicas: e.replicas }),
    ...(tag === undefined ? {} : { tag }),
  };
}

/** The map's host serves prod; other environments get a subdomain of it (dev.example.org). */
function mapHost(host: string | undefined, env: string): string | undefined {
  if (host === undefined) return undefined;
  return env === DEFAULTS.environment ? host : `${env}.${host}`;
}
