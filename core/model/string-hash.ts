// One string hash for the open-addressing tables that stand in for Maps of ids and names (the
// doctrine context's positions and name groups, the loader's large-mapping key index).

/** FNV-1a's offset basis and prime, for a hash folded one code unit at a time. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of text[from, to), as a signed 32-bit integer. */
export function fnv1a(text: string, from = 0, to = text.length): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}
