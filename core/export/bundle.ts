// A Bundle is what every exporter returns: relative file path → file text. Exporters stay pure;
// the CLI and the app decide where (and whether) to write it.
import type { Diagnostic } from '../model/types.ts';

/** Relative POSIX path → file contents. Paths are built only from ids (DNS-1123 labels). */
export type Bundle = Record<string, string>;

/** A finding about the export itself: a default that was applied, a value that was ignored. */
export type ExportWarning = Pick<Diagnostic, 'severity' | 'rule' | 'message'> & { node?: string };

export interface ExportResult {
  files: Bundle;
  warnings: ExportWarning[];
}

// Windows refuses these as file names whatever the extension (CON, CON.txt, com1.yaml …).
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// One path segment: starts with a letter or digit; letters, digits, dot, dash and underscore only.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export type PathCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a bundle path can be written below an export folder on any OS: relative, forward
 * slashes only, no `.`/`..` segments, no drive letters or colons, no reserved Windows names,
 * no trailing dot or space (Windows strips them, so two paths could land on one file).
 */
export function safeBundlePath(path: string): PathCheck {
  if (path.length === 0 || path.length > 240) return { ok: false, reason: 'path is empty or too long' };
  if (path.includes('\\') || path.includes(':')) return { ok: false, reason: 'path contains a backslash or colon' };
  if (path.startsWith('/')) return { ok: false, reason: 'path is absolute' };
  for (const segment of path.split('/')) {
    if (segment === '.' || segment === '..') return { ok: false, reason: `path leaves its folder (${segment})` };
    if (!SEGMENT.test(segment))
      return { ok: false, reason: `path segment "${segment}" has characters not allowed in a file name` };
    if (segment.endsWith('.')) return { ok: false, reason: `path segment "${segment}" ends with a dot` };
    if (RESERVED_WINDOWS.test(segment)) return { ok: false, reason: `"${segment}" is a reserved name on Windows` };
  }
  return { ok: true };
}

/** The bundle's paths in a stable order, so listings and previews never depend on build order. */
export function bundlePaths(bundle: Bundle): string[] {
  return Object.keys(bundle).sort();
}
