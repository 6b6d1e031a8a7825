// The in-process figures of `npm run bench`: load, edit, undo memory and the derived outputs on a
// generated map of N nodes (test/support/maps.ts generateMap: sourcing, deploy hints, a monolith).
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import YAML from 'yaml';
import { checkDocument } from '../../core/doctrine/index.ts';
import { diffMaps } from '../../core/diff/diff.ts';
import { exportKubernetes } from '../../core/export/k8s/index.ts';
import { fileText, parseMap, type MapDocument } from '../../core/format/parse.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { link, moveNodes, renameNode, setSourcing, type EditResult } from '../../core/model/operations.ts';
import { extractionPhases } from '../../core/plan/index.ts';
import { renderMapSvg } from '../../core/render/svg/map-svg.ts';
import { loaded, withEdit } from '../../renderer/store/history.ts';
import { laterVersion, realisticMap } from './generate.ts';
import { figure, type Figure } from './measure.ts';

function document(text: string): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(`generated map does not load: ${parsed.errors[0]?.message ?? ''}`);
  return parsed.document;
}

function edited(result: EditResult): MapDocument {
  if (!result.ok) throw new Error(`edit failed on the generated map: ${result.errors[0]?.message ?? ''}`);
  return result.document;
}

/** One edit of each kind the issue names, cycling over nodes so no result is cached. */
function editCycle(doc: MapDocument): (k: number) => MapDocument {
  const ids = Object.keys(doc.map.nodes);
  const components = ids.filter((id) => doc.map.nodes[id]?.kind === 'component');
  return (k) => {
    const id = ids[(k * 37) % ids.length] ?? '';
    const node = doc.map.nodes[id];
    const component = components[(k * 11) % components.length] ?? id;
    switch (k % 4) {
      case 0:
        return edited(moveNodes(doc, [{ id, evolution: ((node?.evolution ?? 0.5) + 0.013) % 1, visibility: 0.5 }]));
      case 1:
        return edited(setSourcing(doc, component, doc.map.nodes[component]?.sourcing === 'buy' ? 'build' : 'buy'));
      case 2:
        return edited(renameNode(doc, id, `${id}-x${k}`));
      default: {
        const target = components[(k * 13 + 5) % components.length] ?? '';
        return target === id ? doc : edited(link(doc, id, target));
      }
    }
  };
}

export function loadFigures(size: number, batches: number): Figure[] {
  const text = stringifyMap(realisticMap(size));
  return [
    figure(`yaml_parse_${size}`, 'YAML.parse (bare, uniqueKeys: false)', size, () =>
      YAML.parse(text, { uniqueKeys: false }),
    ),
    figure(`parse_${size}`, 'parseMap (YAML, schema, references)', size, () => document(text), batches),
    figure(`load_${size}`, 'load = parseMap + doctrine', size, () => checkDocument(document(text)), batches),
  ];
}

export function editFigures(size: number, batches: number): Figure[] {
  const doc = document(stringifyMap(realisticMap(size)));
  const cycle = editCycle(doc);
  let k = 0;
  const ids = Object.keys(doc.map.nodes);
  const moved = ids[Math.floor(ids.length / 2)] ?? '';
  // Two copies sharing no node object: checking them in turn always runs every rule.
  const copies = [0, 1].map((): MapDocument => ({ ...doc, map: structuredClone(doc.map) }));
  return [
    figure(
      `edit_${size}`,
      'edit: move/re-source/rename/link + doctrine + file text',
      size,
      () => {
        const next = cycle(k++);
        checkDocument(next);
        return fileText(next);
      },
      batches,
    ),
    figure(`move_${size}`, 'edit: move one node + doctrine + file text', size, () => {
      const next = edited(moveNodes(doc, [{ id: moved, evolution: (k++ % 100) / 100, visibility: 0.5 }]));
      checkDocument(next);
      return fileText(next);
    }),
    figure(
      `doctrine_${size}`,
      'doctrine findings, every rule (checkDocument)',
      size,
      () => checkDocument(copies[k++ % 2] as MapDocument),
      batches,
    ),
  ];
}

export function outputFigures(size: number, batches: number): Figure[] {
  const map = realisticMap(size);
  const later = laterVersion(map);
  return [
    figure(`plan_${size}`, 'plan (extractionPhases)', size, () => extractionPhases(map), batches),
    figure(`export_${size}`, 'k8s export (exportKubernetes)', size, () => exportKubernetes(map), batches),
    figure(`diff_${size}`, 'diff of two versions (diffMaps)', size, () => diffMaps(map, later), batches),
    figure(`render_${size}`, 'SVG render (renderMapSvg)', size, () => renderMapSvg(map), batches),
  ];
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

/** MB the store's history holds after `edits` edits (move, re-source, rename, link in turn), each checked. */
export function undoMemoryMb(size: number, edits: number): number {
  const start = document(stringifyMap(realisticMap(size)));
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let slice = loaded(start, 'bench.yaml', null);
  for (let k = 0; k < edits; k++) {
    const current = slice.current;
    if (!current) break;
    slice = withEdit(slice, editCycle(current)(k));
    // As in the app, where the warnings panel checks every document (and builds its line index).
    if (slice.current) checkDocument(slice.current);
  }
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  if (slice.past.length === 0) throw new Error('no history was recorded');
  return (after - before) / 1024 / 1024;
}
