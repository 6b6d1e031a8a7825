// Loads a map file through the real parser, failing the test with the parse errors if any.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMap } from '../../../core/format/parse.ts';
import type { WardleyMap } from '../../../core/model/types.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

export function loadMap(file: string): WardleyMap {
  const r = parseMap(readFileSync(resolve(ROOT, file)));
  if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  return r.map;
}

function yamlFilesIn(folder: string): string[] {
  return readdirSync(resolve(ROOT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${folder}/${f}`);
}

/** Every map a whole-map check runs on: the example maps, the imported OWM fixtures and the seed map drawn with no hints. */
export function everyExampleMapFile(): string[] {
  return [...yamlFilesIn('maps'), ...yamlFilesIn('test/fixtures/owm'), 'test/fixtures/system/conference-seed.yaml'];
}
