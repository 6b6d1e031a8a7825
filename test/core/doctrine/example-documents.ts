// The three example maps, loaded once, as the starting documents of the doctrine edit properties.
import { readFileSync } from 'node:fs';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';

const MAPS = ['maps/hie-monolith.yaml', 'maps/ehealth-platform.yaml', 'maps/conference.yaml'];

function load(path: string): MapDocument {
  const parsed = parseMap(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.document;
}

export const EXAMPLE_DOCUMENTS: readonly MapDocument[] = MAPS.map(load);
