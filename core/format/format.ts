// `mapwright fmt`: canonical formatting of a map file, like prettier for maps. Keeps comments,
// blank lines, key order, the BOM and line endings; normalises indentation, quoting of flow
// collections and coordinates (3 decimals). Formatting formatted text changes nothing.
import { isMap, isScalar, type Document, type Scalar } from 'yaml';
import type { Diagnostic } from '../model/types.ts';
import { settleCommentBreaks } from './comment-breaks.ts';
import { parseMap } from './parse.ts';
import { textForFile } from './source.ts';
import { roundCoordinate, YAML_STYLE } from './style.ts';

export type FormatResult = { ok: true; text: string; changed: boolean } | { ok: false; errors: Diagnostic[] };

const COORDINATES = ['evolution', 'visibility', 'evolve'];

export function formatMapText(input: string | Uint8Array): FormatResult {
  const parsed = parseMap(input);
  if (!parsed.ok) return parsed;
  const { document } = parsed;
  const yaml = document.yaml.clone();
  roundCoordinates(yaml);
  settleCommentBreaks(yaml);
  const text = textForFile(yaml.toString(YAML_STYLE), document);
  const original = typeof input === 'string' ? input : new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
  return { ok: true, text, changed: text !== original };
}

function roundCoordinates(doc: Document): void {
  const nodes = doc.get('nodes', true);
  if (!isMap(nodes)) return;
  for (const pair of nodes.items) {
    if (!isMap(pair.value)) continue;
    for (const field of pair.value.items) {
      if (!isScalar(field.key) || !COORDINATES.includes(String(field.key.value))) continue;
      const scalar = field.value as Scalar;
      if (isScalar(scalar) && typeof scalar.value === 'number') {
        const rounded = roundCoordinate(scalar.value);
        if (rounded !== scalar.value) {
          scalar.value = rounded;
          delete scalar.source;
        }
      }
    }
  }
}
