// Loads a map file through the real parser, failing the test with the parse errors if any.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMap } from '../../../core/format/parse.ts';
import type { WardleyMap } from '../../../core/model/types.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

export function loadMap(file: string): WardleyMap {
  const r = parseMap(readFileSync(resolve(ROOT, file)));
  if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  return r.map;
}
