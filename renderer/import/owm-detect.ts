// Whether text someone opened, dropped or pasted is an OnlineWardleyMaps map rather than a
// Mapwright YAML map. The extension decides when it is clear; otherwise the text does: a YAML
// mapping is a map file (even a broken one, so its errors are shown), and anything else is OWM
// when the OWM importer finds a map in it.
import { importOwm } from '../../core/export/owm/import.ts';
import { isMap } from 'yaml';
import { parseYamlSafely } from '../../core/format/yaml-safety.ts';

export type OpenedTextKind = 'map' | 'owm';

const OWM_EXTENSIONS = /\.owm$/i;
const MAP_EXTENSIONS = /\.ya?ml$/i;
// A map file's top-level keys at column 0, e.g. `version: 1` or `nodes:`. OWM has no such lines.
const MAP_KEY_LINE = /^(version|title|nodes|deployment|description|stages)\s*:/m;

/** True when the text has a map key line or parses as a YAML mapping (what every map file is). */
export function looksLikeYamlMap(text: string): boolean {
  if (MAP_KEY_LINE.test(text)) return true;
  const parsed = parseYamlSafely(text);
  return parsed.ok && isMap(parsed.value.doc.contents);
}

// A line opening with an OWM keyword, or a link `A->B`: text with such lines is meant as OWM even
// when a line is broken, so its errors are shown rather than the text taken for something else.
const OWM_LINE =
  /^\s*(title|anchor|component|evolve|pipeline|note|annotations?|market|ecosystem|submap|evolution|y-axis|build|buy|outsource|style)\b|^[^:\n]+->[^\n]+$/m;

/** True when some line reads as OWM: a keyword line or a link. */
export function looksLikeOwm(text: string): boolean {
  return OWM_LINE.test(text);
}

/**
 * `name` is the file name (null for pasted text). `.owm` is always OWM and `.yaml`/`.yml` always a
 * map; for `.txt`, other names and pasted text the content decides.
 */
export function openedTextKind(name: string | null, text: string): OpenedTextKind {
  if (name !== null && OWM_EXTENSIONS.test(name)) return 'owm';
  if (name !== null && MAP_EXTENSIONS.test(name)) return 'map';
  if (looksLikeYamlMap(text)) return 'map';
  return importOwm(text).ok || looksLikeOwm(text) ? 'owm' : 'map';
}
