// The rest of what sensitive data changes in the bundle: residency pinned by node affinity on the
// overlays of the allowed sites only, bought products on the dedicated pool with the encrypted
// storage class (Helm values), dedicated tenancy for managed services that hold or receive it,
// and the README section that says all of it. Hooks, one line each, in the k8s exporter.
import { poolPlacement, sensitiveBuilds, TLS_MOUNT, type SensitiveContext } from './compliance.ts';
import type { DeploymentModel, Target } from './model.ts';
import { derivedName } from './names.ts';
import { markdownText } from './markdown-text.ts';
import type { Manifest } from './workloads.ts';

/** Required node affinity: only nodes whose residency label names one of `sites`. */
export function residencyAffinity(label: string, sites: readonly string[]): Manifest {
  return {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: label, operator: 'In', values: [...sites] }] }],
      },
    },
  };
}

/** Built workloads pinned at this target: its site is one their data may live in. */
export function pinnedAt(model: DeploymentModel, target: Target, s: SensitiveContext): string[] {
  const site = target.site;
  if (site === undefined) return [];
  return sensitiveBuilds(model, s).filter((id) => (s.residency.get(id) ?? []).includes(site));
}

/** The overlay's kustomization with a JSON 6902 patch per pinned workload (none: unchanged). */
export function withResidency(
  kustomization: Manifest,
  model: DeploymentModel,
  target: Target,
  s: SensitiveContext,
): Manifest {
  const pinned = pinnedAt(model, target, s);
  if (pinned.length === 0 || target.site === undefined) return kustomization;
  const affinity = residencyAffinity(s.residencyLabel, [target.site]);
  const patches = pinned.map((name) => ({
    target: { group: 'apps', version: 'v1', kind: 'Deployment', name },
    patch: JSON.stringify([{ op: 'add', path: '/spec/template/spec/affinity', value: affinity }]),
  }));
  return { ...kustomization, patches };
}

/** Helm values for bought products holding sensitive data, after the release's own values. */
export function sensitiveHelmfile(helmfile: Manifest, s: SensitiveContext): Manifest {
  const releases = (helmfile['releases'] as Manifest[] | undefined) ?? [];
  return {
    ...helmfile,
    releases: releases.map((release) => {
      const labels = release['labels'] as Record<string, string>;
      const id = labels['mapwright-node'] ?? '';
      if (!s.classes.has(id)) return release;
      const values = (release['values'] as Manifest[] | undefined) ?? [];
      return { ...release, values: [...values, productValues(id, labels['site'], s)] };
    }),
  };
}

function productValues(id: string, site: string | undefined, s: SensitiveContext): Manifest {
  const out: Manifest = { ...poolPlacement(s.settings) };
  const sites = s.residency.get(id) ?? [];
  if (site !== undefined && sites.includes(site)) out['affinity'] = residencyAffinity(s.residencyLabel, [site]);
  if (s.settings.storageClass !== undefined) out['global'] = { defaultStorageClass: s.settings.storageClass };
  return out;
}

/** Inputs of a managed service's Terraform stub when sensitive data is held there or sent there. */
export function sensitiveStub(stub: Record<string, unknown>, id: string, s: SensitiveContext): Record<string, unknown> {
  const reaching = s.reaching.get(id) ?? [];
  if (reaching.length === 0) return stub;
  const module = stub['module'] as Record<string, Record<string, unknown>>;
  const inputs: Record<string, unknown> = {
    ...module[id],
    encryption_at_rest: true,
    encryption_in_transit: true,
    dedicated_tenancy: true,
    data_classes: [...reaching],
    agreements: [...(s.agreements.get(id) ?? [])],
  };
  const residency = s.residency.get(id);
  if (residency !== undefined) inputs['residency'] = [...residency];
  return { ...stub, module: { ...module, [id]: inputs } };
}

/** The bundle README's section on sensitive data; empty when the map names none. */
export function sensitiveReadme(model: DeploymentModel, s: SensitiveContext): string {
  const builds = sensitiveBuilds(model, s);
  const products = model.products.filter((p) => s.classes.has(p.id)).map((p) => p.id);
  if (builds.length + products.length === 0) return '';
  const pool = s.settings.nodePool;
  const lines = ['## Sensitive data', ''];
  for (const id of [...builds, ...products]) lines.push(`- \`${id}\` holds ${(s.classes.get(id) ?? []).join(', ')}`);
  lines.push('');
  if (pool !== undefined) {
    const taint = pool.taint === undefined ? '' : ` and tolerate the taint \`${markdownText(pool.taint.key)}\``;
    lines.push(
      `- **Dedicated nodes**: they select \`${markdownText(pool.label.key)}=${markdownText(pool.label.value)}\`${taint}.`,
    );
  } else lines.push('- **Dedicated nodes**: none named; set `deployment.sensitive.nodePool` in the map.');
  lines.push(...transitLines(builds), ...storageLines(s), ...residencyLines(model, s));
  return `\n${lines.join('\n')}\n`;
}

function transitLines(builds: readonly string[]): string[] {
  if (builds.length === 0) return [];
  return [
    `- **TLS inside the cluster**: their Service ports are \`https\` with \`appProtocol: https\`, probes use HTTPS and callers get \`https://\` URLs. Each workload serves the certificate of the Secret \`<id>-tls\` (\`${builds.map((id) => derivedName(id, 'tls')).join('`, `')}\`) mounted at \`${TLS_MOUNT}\`: issue it with cert-manager (a Certificate per Service name) or your CA. A Gateway API facade needs a BackendTLSPolicy to verify it; with a service mesh doing strict mTLS instead, the workload may serve plain HTTP to its sidecar, so set \`appProtocol\` back to \`http\` there.`,
  ];
}

function storageLines(s: SensitiveContext): string[] {
  const storage = s.settings.storageClass;
  if (storage === undefined)
    return ['- **Encrypted volumes**: no storage class named; set `deployment.sensitive.storageClass` in the map.'];
  return [
    `- **Encrypted volumes**: bought products get \`global.defaultStorageClass: ${markdownText(storage)}\` (the Bitnami convention; check your chart's values). Built workloads get no volumes from this bundle: any PersistentVolumeClaim you add for them must name \`storageClassName: ${markdownText(storage)}\`.`,
  ];
}

function residencyLines(model: DeploymentModel, s: SensitiveContext): string[] {
  const out: string[] = [];
  for (const target of model.targets) {
    const pinned = pinnedAt(model, target, s);
    if (pinned.length > 0)
      out.push(
        `- **Residency** \`${target.dir}\`: ${pinned.map((id) => `\`${id}\``).join(', ')} run only on nodes labelled \`${markdownText(s.residencyLabel)}=${markdownText(target.site ?? '')}\`.`,
      );
  }
  if (out.length > 0)
    out.push('- Overlays of other sites pin nothing: they must hold no real data of these classes (test data only).');
  return out;
}
