// Test-side readers of an exported bundle: every YAML document with its file, and a small
// `kustomize build` stand-in (resources + namespace) good enough to reason about one overlay.
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import type { Bundle } from '../../../../core/export/bundle.ts';

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  [k: string]: unknown;
};

export interface Located {
  file: string;
  object: K8sObject;
}

/** Every document of every YAML file in the bundle, parsed with the YAML 1.1 rules Kubernetes uses. */
export function bundleObjects(files: Bundle): Located[] {
  const out: Located[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!file.endsWith('.yaml')) continue;
    for (const doc of parseAllDocuments(text, { version: '1.1' })) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message ?? ''}`);
      out.push({ file, object: doc.toJS() as K8sObject });
    }
  }
  return out;
}

export function kubernetesObjects(files: Bundle): Located[] {
  return bundleObjects(files).filter((o) => o.file !== 'helmfile.yaml' && o.object.kind !== 'Kustomization');
}

/** The objects `kustomize build <dir>` would emit, namespaced (only `resources` and `namespace`). */
export function kustomizeBuild(files: Bundle, dir: string): K8sObject[] {
  const k = parse(files[`${dir}/kustomization.yaml`] ?? '') as { namespace?: string; resources?: string[] } | null;
  if (k === null) throw new Error(`no kustomization in ${dir}`);
  const out: K8sObject[] = [];
  for (const res of k.resources ?? []) {
    const p = path.posix.normalize(path.posix.join(dir, res));
    const objects =
      files[`${p}/kustomization.yaml`] !== undefined
        ? kustomizeBuild(files, p)
        : parseAllDocuments(files[p] ?? '').map((d) => d.toJS() as K8sObject);
    if (files[`${p}/kustomization.yaml`] === undefined && files[p] === undefined)
      throw new Error(`${dir}: missing resource ${res}`);
    out.push(...objects);
  }
  if (k.namespace !== undefined) {
    for (const o of out) if (o.kind !== 'Namespace') o.metadata.namespace = k.namespace;
  }
  return out;
}

/** Overlay folders of a bundle (those with a kustomization, other than base). */
export function overlayDirs(files: Bundle): string[] {
  return Object.keys(files)
    .filter((f) => f.startsWith('overlays/') && f.endsWith('/kustomization.yaml'))
    .map((f) => f.slice(0, -'/kustomization.yaml'.length))
    .sort();
}
