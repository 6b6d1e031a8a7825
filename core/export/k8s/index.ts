// exportKubernetes: map → Kustomize bundle (base + overlays), helmfile for bought products,
// placeholders and stubs for outsourced ones, and a README. Pure and deterministic.
import type { WardleyMap } from '../../model/types.ts';
import type { Bundle, ExportResult } from '../bundle.ts';
import { sensitiveBase, sensitiveContext, type SensitiveContext } from './compliance.ts';
import { sensitiveHelmfile, sensitiveReadme, sensitiveStub, withResidency } from './compliance-overlays.ts';
import { plainIngressWarnings, routesFor } from './edge.ts';
import {
  externalSecretFor,
  externalServiceFor,
  helmfileFor,
  secretPlaceholderFor,
  terraformStubFor,
} from './external.ts';
import { baseKustomization, namespaceFor, overlayKustomization } from './kustomize.ts';
import { deploymentModel, type DeploymentModel, type ModelOptions, type Target } from './model.ts';
import { fqdnPolicyFor } from './fqdn.ts';
import { withMirrorHost } from './mirror-host.ts';
import { componentPolicy, defaultDenyPolicy } from './network.ts';
import { readmeFor } from './readme.ts';
import { jsonFile, yamlDocuments } from './render.ts';
import { ManifestWriter } from './yaml-text.ts';
import { configMapFor, deploymentFor, scalingFor, serviceAccountFor, serviceFor, type Manifest } from './workloads.ts';

export type KubernetesOptions = ModelOptions;
export { deploymentModel } from './model.ts';

export function exportKubernetes(map: WardleyMap, options: KubernetesOptions = {}): ExportResult {
  const { model, warnings } = deploymentModel(map, options);
  if (warnings.some((w) => w.severity === 'error')) return { files: {}, warnings };
  warnings.push(...plainIngressWarnings(model));
  const files: Bundle = {};
  const sensitive = sensitiveContext(map);
  // One writer for the bundle: its labels and names repeat in every file.
  const writer = new ManifestWriter();
  const base = sensitiveBase(baseManifests(model), model, sensitive);
  for (const [name, objects] of base) files[`base/${name}`] = yamlDocuments(objects, writer);
  files['base/kustomization.yaml'] = yamlDocuments([baseKustomization([...base.keys()])], writer);
  for (const target of model.targets) Object.assign(files, overlayFiles(model, target, sensitive, writer));
  for (const s of model.services) {
    if (model.secrets.flavour === 'placeholder')
      files[`secrets/${s.id}.yaml`] = yamlDocuments([secretPlaceholderFor(s, model)], writer);
    files[`infra/${s.id}.tf.json`] = jsonFile(sensitiveStub(terraformStubFor(s), s.id, sensitive));
  }
  if (model.products.length > 0) {
    const [environments, releases] = helmfileFor(model);
    files['helmfile.yaml'] = yamlDocuments([environments, sensitiveHelmfile(releases, sensitive)], writer);
  }
  files['README.md'] = readmeFor(model, Object.keys(files), warnings) + sensitiveReadme(model, sensitive);
  return { files: sortedBundle(files), warnings };
}

/** Base file name → objects, one file per deployed component plus the namespace's default deny. */
export function baseManifests(model: DeploymentModel): Map<string, Manifest[]> {
  const out = new Map<string, Manifest[]>([['default-deny.yaml', [defaultDenyPolicy(model)]]]);
  for (const c of model.builds) {
    out.set(`${c.id}.yaml`, [
      serviceAccountFor(c, model),
      configMapFor(c, model),
      deploymentFor(c, model),
      serviceFor(c, model),
      componentPolicy(c, model),
      ...optional(fqdnPolicyFor(c, model)),
    ]);
  }
  for (const p of model.products)
    out.set(`${p.id}.yaml`, [componentPolicy(p, model), ...optional(fqdnPolicyFor(p, model))]);
  for (const s of model.services)
    out.set(`${s.id}.yaml`, [
      externalServiceFor(s, model),
      ...(model.secrets.flavour === 'external-secrets' ? [externalSecretFor(s, model)] : []),
    ]);
  return out;
}

function overlayFiles(
  model: DeploymentModel,
  target: Target,
  sensitive: SensitiveContext,
  writer: ManifestWriter,
): Bundle {
  const files: Bundle = {};
  const own: string[] = ['namespace.yaml'];
  files[`${target.dir}/namespace.yaml`] = yamlDocuments([namespaceFor(model, target)], writer);
  const routes = routesFor(model, target);
  if (routes.length > 0) {
    own.push('routes.yaml');
    files[`${target.dir}/routes.yaml`] = yamlDocuments(routes, writer);
  }
  const scaling = model.builds.flatMap((c) => scalingFor(c, model, target.replicas ?? c.replicas));
  if (scaling.length > 0) {
    own.push('scaling.yaml');
    files[`${target.dir}/scaling.yaml`] = yamlDocuments(scaling, writer);
  }
  const kustomization = withMirrorHost(
    withResidency(overlayKustomization(model, target, own), model, target, sensitive),
    model,
    target,
  );
  files[`${target.dir}/kustomization.yaml`] = yamlDocuments([kustomization], writer);
  return files;
}

function optional(m: Manifest | undefined): Manifest[] {
  return m === undefined ? [] : [m];
}

function sortedBundle(files: Bundle): Bundle {
  const out: Bundle = {};
  for (const path of Object.keys(files).sort()) out[path] = files[path] as string;
  return out;
}
