// `mapwright export mermaid <map>`: the map as a Mermaid `wardley-beta` diagram, for a README or
// an ADR. Text goes to stdout unless -o names a file; what the syntax cannot hold goes to stderr.
// `mapwright import mermaid <file|->`: such a diagram back into a map.
import { Command } from 'commander';
import { exportMermaid, fencedMermaid, importMermaid } from '../../core/export/mermaid/index.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { inputLabel, loadMapFile, printDiagnostics, printWarnings, readTextInput, writeTextOutput } from '../map-io.ts';

interface MermaidOptions {
  output?: string;
  fence?: boolean;
  quiet?: boolean;
}

/** The `mermaid` subcommand, in the shape of export.ts's EXPORT_FORMATS entries. */
export function registerExportMermaid(exportCommand: Command, setExit: SetExit): void {
  exportCommand.addCommand(
    new Command('mermaid')
      .description('a Mermaid wardley-beta diagram (renders in GitHub Markdown); what it cannot hold is reported')
      .argument('<map>', 'map file (.yaml)')
      .option('-o, --output <file>', 'write the diagram here instead of standard output')
      .option('--fence', 'wrap the diagram in a ```mermaid fence, ready to paste into Markdown')
      .option('-q, --quiet', 'do not print warnings')
      .addHelpText(
        'after',
        '\nExamples:\n  mapwright export mermaid maps/conference.yaml --fence\n  mapwright export mermaid maps/conference.yaml -o docs/map.mmd',
      )
      .action(async (mapPath: string, options: MermaidOptions) => {
        setExit(await exportMermaidFile(mapPath, options));
      }),
  );
}

async function exportMermaidFile(mapPath: string, options: MermaidOptions): Promise<number> {
  const loaded = await loadMapFile(mapPath);
  if (!loaded.ok) return loaded.exit;
  const result = exportMermaid(loaded.map);
  printWarnings(mapPath, result.warnings, options.quiet);
  return writeTextOutput(options.fence === true ? fencedMermaid(result.text) : result.text, options.output);
}

/** The `mermaid` subcommand of `import`. */
export function importMermaidCommand(setExit: SetExit): Command {
  return new Command('mermaid')
    .description('a Mermaid wardley-beta diagram → a map (YAML); what has no place in a map is reported with its line')
    .argument('<file>', 'a diagram text file (starting `wardley-beta`), or - for standard input')
    .option('-o, --output <map>', 'write the map here instead of standard output')
    .option('-q, --quiet', 'do not print warnings')
    .addHelpText('after', '\nExample:\n  mapwright import mermaid docs/map.mmd -o maps/from-readme.yaml')
    .action(async (file: string, options: { output?: string; quiet?: boolean }) => {
      setExit(await importMermaidFile(file, options));
    });
}

async function importMermaidFile(file: string, options: { output?: string; quiet?: boolean }): Promise<number> {
  const text = await readTextInput(file, 'mermaid/encoding');
  if (typeof text === 'number') return text;
  const result = importMermaid(text);
  if (!result.ok) {
    printDiagnostics(inputLabel(file), result.errors);
    return EXIT.findings;
  }
  printWarnings(inputLabel(file), result.warnings, options.quiet);
  return writeTextOutput(stringifyMap(result.map), options.output);
}
