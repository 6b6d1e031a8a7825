// Loads a map fixture of the k8s tests through the real parser.
import { readFileSync } from 'node:fs';
import { parseMap } from '../../../../core/format/parse.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';

export function loadMapFile(file: string | URL): WardleyMap {
  const r = parseMap(readFileSync(file));
  if (!r.ok) throw new Error(`${String(file)}: ${JSON.stringify(r.errors)}`);
  return r.map;
}

export function conferenceMini(): WardleyMap {
  return loadMapFile(new URL('../../../fixtures/k8s/conference-mini.yaml', import.meta.url));
}
