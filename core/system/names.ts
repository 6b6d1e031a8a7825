// Derived Kubernetes names shared by the bundle and the route manifests.

/**
 * `<id>-<suffix>` as a DNS-1123 label. A long id is cut and a short hash of the full id keeps
 * two long ids with the same first characters apart (Kubernetes allows 63 characters).
 */
export function derivedName(id: string, suffix: string): string {
  const full = `${id}-${suffix}`;
  if (full.length <= 63) return full;
  const hash = fnv1a(id).toString(36).padStart(7, '0').slice(0, 7);
  const room = 63 - suffix.length - hash.length - 2;
  return `${id.slice(0, room).replace(/-+$/, '')}-${hash}-${suffix}`;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
