// Node ids are slugs (DNS-1123 labels starting with a letter): they become Kubernetes names and
// file names, so they are derived from names once and then kept stable.
const ID_PATTERN = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
const RESERVED = new Set(['constructor', 'prototype']);
const MAX_ID = 63;

export function isValidId(id: string): boolean {
  return id.length <= MAX_ID && ID_PATTERN.test(id) && !RESERVED.has(id);
}

/** A slug for `name`: lowercase ASCII letters, digits and hyphens, starting with a letter. */
export function slugOf(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = /^[a-z]/.test(ascii) ? ascii : `n-${ascii}`.replace(/-+$/, '');
  slug = slug.slice(0, MAX_ID).replace(/-+$/, '');
  if (slug === 'n' && ascii === '') slug = 'node';
  return RESERVED.has(slug) ? `${slug}-node` : slug;
}

/** `base`, or `base-2`, `base-3`, … whichever is not taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  const slug = isValidId(base) ? base : slugOf(base);
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${slug.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
