// Kubernetes names and labels derived from map ids and titles. Node ids are already DNS-1123
// labels (the schema guarantees it); titles are free text and need a slug.

/** DNS-1123 label: what Kubernetes requires of namespaces, Service names and label-based names. */
export const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A DNS-1123 label from free text; `fallback` when nothing usable is left (e.g. an all-unicode title). */
export function slugOf(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return slug.length > 0 && /^[a-z]/.test(slug) ? slug : fallback;
}

/** The environment variable that carries a dependency's address: `scheduling` → `SCHEDULING_URL`. */
export function envVarName(id: string, suffix: string): string {
  return `${id.toUpperCase().replace(/-/g, '_')}_${suffix}`;
}

/** Recommended `app.kubernetes.io/*` labels of a component's objects. */
export function componentLabels(id: string, partOf: string, role: string): Record<string, string> {
  return {
    'app.kubernetes.io/component': role,
    'app.kubernetes.io/instance': id,
    'app.kubernetes.io/managed-by': 'mapwright',
    'app.kubernetes.io/name': id,
    'app.kubernetes.io/part-of': partOf,
  };
}

/** The immutable subset of labels a Deployment and its Service select pods by. */
export function selectorLabels(id: string): Record<string, string> {
  return { 'app.kubernetes.io/instance': id, 'app.kubernetes.io/name': id };
}

/** Pods of a bought product installed by Helm: charts label them with the release name. */
export function releaseSelector(id: string): Record<string, string> {
  return { 'app.kubernetes.io/instance': id };
}

export { derivedName } from '../../system/names.ts';
