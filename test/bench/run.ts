// `npm run bench`: how long each path takes on a generated map, so a change that makes one of them
// slower shows up as a number. Core paths run in this process (median of several runs); the drag
// runs in Chromium against `npm run web` (test/bench/drag.ts). Prints figures, asserts nothing.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import YAML from 'yaml';
import { checkDocument } from '../../core/doctrine/index.ts';
import { diffMaps } from '../../core/diff/diff.ts';
import { exportKubernetes } from '../../core/export/k8s/index.ts';
import { formatMapText } from '../../core/format/format.ts';
import { fileText, parseMap, type MapDocument } from '../../core/format/parse.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { moveNodes } from '../../core/model/operations.ts';
import { CHROMIUM } from '../e2e/web-mode.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { extractionPhases } from '../../core/plan/index.ts';
import { renderMapSvg } from '../../core/render/svg/map-svg.ts';
import { dragBench } from './drag.ts';
import { laterVersion, realisticMap } from './generate.ts';
import { figureTable, measure, type Figure } from './measure.ts';

function loaded(text: string): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(`generated map does not load: ${parsed.errors[0]?.message ?? ''}`);
  return parsed.document;
}

function expectOk<T extends { ok: boolean }>(what: string, result: T): T {
  if (!result.ok) throw new Error(`${what} failed on the generated map`);
  return result;
}

function loadFigures(size: number, runs: number): Figure[] {
  const text = stringifyMap(realisticMap(size));
  // uniqueKeys off: yaml's own duplicate-key check is quadratic; parseMap does a linear one.
  const bare = measure('YAML.parse (bare, uniqueKeys: false)', size, runs, () =>
    YAML.parse(text, { uniqueKeys: false }),
  );
  const full = measure('parseMap (YAML doc + schema + references)', size, runs, () =>
    expectOk('parseMap', parseMap(text)),
  );
  return [bare.figure, full.figure];
}

function pathFigures(size: number, runs: number): Figure[] {
  const map: WardleyMap = realisticMap(size);
  const text = stringifyMap(map);
  const document = loaded(text);
  const later = laterVersion(map);
  const moved = Object.keys(map.nodes)[Math.floor(size / 2)] ?? '';
  const node = map.nodes[moved];
  const move = { id: moved, evolution: (node?.evolution ?? 0.5) / 2, visibility: node?.visibility ?? 0.5 };
  return [
    measure('doctrine checks (checkDocument)', size, runs, () => checkDocument(document)).figure,
    measure('formatMapText', size, runs, () => expectOk('formatMapText', formatMapText(text))).figure,
    measure('moveNodes (one node) + fileText', size, runs, () => {
      const edited = expectOk('moveNodes', moveNodes(document, [move]));
      return edited.ok ? fileText(edited.document) : '';
    }).figure,
    measure('k8s export (exportKubernetes)', size, runs, () => exportKubernetes(map)).figure,
    measure('plan (extractionPhases)', size, runs, () => extractionPhases(map)).figure,
    measure('diff of two versions (diffMaps)', size, runs, () => diffMaps(map, later)).figure,
    measure('SVG render (renderMapSvg)', size, runs, () => renderMapSvg(map)).figure,
  ];
}

async function dragLines(): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`drag: not measured (${CHROMIUM} is missing)`];
  const drag = await dragBench();
  const changed = drag.changedNodes;
  return [
    `Drag in Chromium (npm run web, ${drag.nodes} nodes, 40 pointer moves, ${drag.frames} frame intervals):`,
    `  frame interval mean ${drag.meanFrameMs.toFixed(1)} ms, p50 ${drag.p50FrameMs.toFixed(1)} ms, p95 ${drag.p95FrameMs.toFixed(1)} ms`,
    `  node elements changed during the drag: ${changed.length}${changed.length > 0 ? ` (${changed.slice(0, 5).join(', ')})` : ''}`,
  ];
}

function ratioLine(figures: readonly Figure[], size: number): string {
  const at = (name: string) => figures.find((f) => f.nodes === size && f.name.startsWith(name))?.medianMs ?? Number.NaN;
  const ratio = at('parseMap') / at('YAML.parse');
  return `parseMap / bare YAML.parse at ${size} nodes: ${ratio.toFixed(2)}x`;
}

async function main(): Promise<void> {
  console.log(
    `Mapwright benchmark: node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPUs`,
  );
  console.log('Generated maps (test/support/maps.ts generateMap): sourcing, deploy hints, a monolith.');
  console.log('Median of the runs shown, after one warm-up run.\n');
  const figures = [...loadFigures(2000, 7), ...pathFigures(2000, 7), ...loadFigures(20_000, 3)];
  console.log(figureTable(figures));
  console.log('');
  console.log(ratioLine(figures, 2000));
  console.log(ratioLine(figures, 20_000));
  console.log('');
  for (const line of await dragLines()) console.log(line);
}

await main();
