// `mapwright render <map> -o map.svg|map.png [--theme light|dark|print]`: the map as a picture for
// slides and pull requests. SVG comes from core (pure); PNG rasterises that SVG with resvg
// (@resvg/resvg-js, a native SVG renderer shipped inside its npm package: no browser needed).
import { basename, extname } from 'node:path';
import { Command, Option } from 'commander';
import { diffMaps } from '../../core/diff/diff.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { renderMapSvg } from '../../core/render/svg/map-svg.ts';
import { diffOverlaySvg } from '../../core/render/svg/diff-overlay.ts';
import type { ThemeName } from '../../core/render/svg/theme.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { writeOutputFile } from '../files.ts';
import { loadMapFile } from '../map-io.ts';

export interface RenderOptions {
  output: string;
  theme: ThemeName;
  scale: number;
  diff?: boolean;
}

export function registerRender(program: Command, setExit: SetExit): void {
  program
    .command('render')
    .description('draw a map as SVG or PNG (axes, stages, legend, sourcing, monolith regions)')
    .argument('<maps...>', 'map file (.yaml); with --diff, the old and the new version')
    .requiredOption('-o, --output <file>', 'picture to write: .svg or .png')
    .addOption(new Option('--theme <theme>', 'colours').choices(['light', 'dark', 'print']).default('light'))
    .option('--scale <n>', 'PNG pixel density (2 = retina)', (v) => Number(v), 2)
    .option('--diff', 'draw the new map with what changed since the old one: <old> <new>')
    .addHelpText(
      'after',
      '\nExamples:\n  mapwright render maps/conference.yaml -o conference.svg\n  mapwright render maps/conference.yaml -o conference.png --theme print\n  mapwright render --diff old.yaml maps/conference.yaml -o changes.png',
    )
    .action(async (maps: string[], options: RenderOptions) => {
      if (options.diff === true) return setExit(await renderDiffCommand(maps, options));
      if (maps.length !== 1) {
        process.stderr.write('mapwright render: give one map (or --diff <old> <new>)\n');
        return setExit(EXIT.usage);
      }
      setExit(await renderCommand(maps[0] ?? '', options));
    });
}

async function renderCommand(mapPath: string, options: RenderOptions): Promise<number> {
  const map = await loadMap(mapPath);
  if (typeof map === 'number') return map;
  const svg = renderMapSvg(map, { theme: options.theme });
  return writePicture(svg, options.output, options.scale);
}

/** The new map with the diff drawn over it: ghosts, arrows from old to new places, badges. */
async function renderDiffCommand(maps: string[], options: RenderOptions): Promise<number> {
  const [oldPath, newPath] = maps;
  if (maps.length !== 2 || oldPath === undefined || newPath === undefined) {
    process.stderr.write('mapwright render --diff: give two maps: <old> <new>\n');
    return EXIT.usage;
  }
  const before = await loadMap(oldPath);
  if (typeof before === 'number') return before;
  const after = await loadMap(newPath);
  if (typeof after === 'number') return after;
  const overlays = diffOverlaySvg(before, after, diffMaps(before, after));
  const svg = renderMapSvg(after, { theme: options.theme, overlays, subtitle: `changes since ${basename(oldPath)}` });
  return writePicture(svg, options.output, options.scale);
}

/**
 * The map, or the exit code after saying why not: 2 when the file cannot be read, 1 when it is no
 * map that loads (its errors at file:line:col, as every command reports them).
 */
export async function loadMap(path: string): Promise<WardleyMap | number> {
  const loaded = await loadMapFile(path);
  return loaded.ok ? loaded.map : loaded.exit;
}

export async function writePicture(svg: string, output: string, scale: number): Promise<number> {
  const kind = extname(output).toLowerCase();
  if (kind === '.svg') {
    await writeOutputFile(output, svg);
  } else if (kind === '.png') {
    const { Resvg } = await import('@resvg/resvg-js');
    const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true } })
      .render()
      .asPng();
    await writeOutputFile(output, png);
  } else {
    process.stderr.write(`mapwright: ${output}: the picture must end in .svg or .png\n`);
    return EXIT.usage;
  }
  process.stderr.write(`wrote ${output}\n`);
  return EXIT.ok;
}
