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

type Patch = { target: { kind: string; name: string }; patch: string };

/**
 * A strategic-merge patch as kustomize applies the parts the exporter writes: objects merge key by
 * key, and lists of named items (containers, env) merge by `name`; other lists are replaced.
 */
function strategicMerge(into: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    const old = into[key];
    if (
      Array.isArray(value) &&
      Array.isArray(old) &&
      value.every((v) => typeof (v as { name?: unknown })?.name === 'string')
    ) {
      for (const item of value as Record<string, unknown>[]) {
        const same = (old as Record<string, unknown>[]).find((x) => x['name'] === item['name']);
        if (same === undefined) old.push(item);
        else strategicMerge(same, item);
      }
    } else if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof old === 'object' &&
      old !== null
    )
      strategicMerge(old as Record<string, unknown>, value as Record<string, unknown>);
    else into[key] = value;
  }
}

/** A JSON 6902 `add`, or a strategic-merge patch (the two kinds the exporter writes), on one object, in place. */
function applyPatch(o: K8sObject, patch: Patch): void {
  const parsed = JSON.parse(patch.patch) as unknown;
  if (!Array.isArray(parsed)) {
    strategicMerge(o, parsed as Record<string, unknown>);
    return;
  }
  for (const op of parsed as { op: string; path: string; value: unknown }[]) {
    if (op.op !== 'add') throw new Error(`unsupported patch op ${op.op}`);
    const keys = op.path.split('/').slice(1);
    let parent: Record<string, unknown> = o;
    for (const key of keys.slice(0, -1)) {
      const next = parent[key];
      if (typeof next !== 'object' || next === null) throw new Error(`${o.metadata.name}: no ${op.path}`);
      parent = next as Record<string, unknown>;
    }
    parent[keys[keys.length - 1] as string] = op.value;
  }
}

/**
 * The objects `kustomize build <dir>` would emit, namespaced: `resources`, `namespace`,
 * `replicas` (a Deployment's count by name) and JSON 6902 `patches` (by target kind and name).
 */
export function kustomizeBuild(files: Bundle, dir: string): K8sObject[] {
  const k = parse(files[`${dir}/kustomization.yaml`] ?? '') as {
    namespace?: string;
    resources?: string[];
    patches?: Patch[];
    replicas?: { name: string; count: number }[];
  } | null;
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
  for (const r of k.replicas ?? [])
    for (const o of out)
      if (o.kind === 'Deployment' && o.metadata.name === r.name) o.spec = { ...o.spec, replicas: r.count };
  for (const patch of k.patches ?? []) {
    const target = out.filter((o) => o.kind === patch.target.kind && o.metadata.name === patch.target.name);
    if (target.length !== 1)
      throw new Error(`${dir}: patch target ${patch.target.kind}/${patch.target.name} not found`);
    applyPatch(target[0] as K8sObject, patch);
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
