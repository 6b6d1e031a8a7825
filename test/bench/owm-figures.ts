// OnlineWardleyMaps' engine (npm `wmlandscape` 3.0.1) on the same generated maps, in the same
// process, measured the same way (CPU time, measure.ts), so `npm run bench` prints both side by
// side. It is installed on its own, outside the project's dependencies:
//   npm install --prefix test/bench/owm
// Without it the owm_* figures are reported as not measured. Its package requires React UI
// libraries (MUI, emotion, i18next, next/router) that parsing never calls; they are answered with
// inert stand-ins, so only React itself is installed.
import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { exportOwm } from '../../core/export/owm/export.ts';
import { realisticMap } from './generate.ts';
import { figure, type Figure } from './measure.ts';

const OWM_DIR = resolve(import.meta.dirname, 'owm');
const UI_ONLY = /^(next\/router|react-i18next|@emotion\/|@mui\/|react-svg-pan-zoom|lodash\.merge)/;

interface Owm {
  Converter: new (featureSwitches?: unknown) => { parse(text: string): unknown };
  UnifiedConverter: new (featureSwitches?: unknown) => { parse(text: string): unknown };
  MapElements: new (map: unknown) => unknown;
  DefaultPositionUpdater: new (
    type: string,
    text: string,
    mutate: (text: string) => void,
    replacers: unknown[],
  ) => { update(moved: { param1: number; param2: number }, name: string): void };
  ExistingCoordsMatcher: unknown;
}

// A stand-in that is any value the library's module-level code asks of it: callable, constructible,
// every property itself.
function inert(): unknown {
  const proxy: object = new Proxy(function stand() {}, {
    get: (_target, key) => (key === '__esModule' ? true : key === Symbol.toPrimitive ? () => '' : proxy),
    apply: () => proxy,
    construct: () => proxy,
  });
  return proxy;
}

function loadOwm(): Owm | undefined {
  if (!existsSync(join(OWM_DIR, 'node_modules', 'wmlandscape'))) return undefined;
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const real = loader._load;
  loader._load = function load(request: string, ...rest: unknown[]) {
    return UI_ONLY.test(request) ? inert() : real.call(this, request, ...rest);
  };
  try {
    return createRequire(join(OWM_DIR, 'package.json'))('wmlandscape') as Owm;
  } finally {
    loader._load = real;
  }
}

/** owm_parse_N (Converter.parse) and owm_edit_N (a drag's text rewrite, then what OWM re-derives). */
export function owmFigures(sizes: readonly number[], batches: number): Figure[] {
  const owm = loadOwm();
  if (!owm) return [];
  const figures: Figure[] = [];
  for (const size of sizes) {
    const text = exportOwm(realisticMap(size)).text;
    // OWM's editor passes its feature switches; the parse needs at least this one.
    const switches = { enableNewPipelines: true };
    const converter = new owm.Converter(switches);
    const unified = new owm.UnifiedConverter(switches);
    const name =
      /^component (.+?) \[/m.exec(
        text
          .split('\n')
          .slice(Math.floor(size / 2))
          .join('\n'),
      )?.[1] ?? '';
    let k = 0;
    const b = size > 5000 ? Math.min(3, batches) : batches;
    figures.push(figure(`owm_parse_${size}`, 'OWM: Converter.parse', size, () => converter.parse(text), b));
    figures.push(
      figure(
        `owm_edit_${size}`,
        'OWM: move one component (text rewrite, parse, unify, elements)',
        size,
        () => {
          let next = text;
          const updater = new owm.DefaultPositionUpdater('component', text, (t) => (next = t), [
            owm.ExistingCoordsMatcher,
          ]);
          updater.update({ param1: 0.5, param2: (k++ % 100) / 100 }, name);
          converter.parse(next);
          return new owm.MapElements(unified.parse(next));
        },
        b,
      ),
    );
  }
  return figures;
}
