// `mapwright import owm <file|->` and `mapwright export owm <map>`: OnlineWardleyMaps text in
// and out. Output goes to stdout unless -o names a file (written atomically); warnings, each
// with its line, go to stderr so a pipe carries only the map.
import { Command } from 'commander';
import { exportOwm } from '../../core/export/owm/export.ts';
import { importOwm } from '../../core/export/owm/import.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { importMermaidCommand } from './mermaid.ts';
import { inputLabel, loadMapFile, printDiagnostics, printWarnings, readTextInput, writeTextOutput } from '../map-io.ts';

interface OutputOptions {
  output?: string;
  quiet?: boolean;
}

/** Registers `import` with its `owm` subcommand. */
export function registerImport(program: Command, setExit: SetExit): void {
  const importCommand = program.command('import').description('turn maps from other tools into Mapwright maps');
  importCommand
    .command('owm')
    .description('OnlineWardleyMaps text → a map (YAML); what has no equivalent is kept as x-owm-* fields')
    .argument('<file>', 'an .owm text file, or - for standard input')
    .option('-o, --output <map>', 'write the map here instead of standard output')
    .option('-q, --quiet', 'do not print warnings')
    .addHelpText(
      'after',
      '\nExamples:\n  mapwright import owm tea-shop.owm -o maps/tea-shop.yaml\n  pbpaste | mapwright import owm -',
    )
    .action(async (file: string, options: OutputOptions) => {
      setExit(await importOwmFile(file, options));
    });
  importCommand.addCommand(importMermaidCommand(setExit));
}

/** The `owm` subcommand of `export`, for the export command to add. */
export function exportOwmCommand(setExit: SetExit): Command {
  return new Command('owm')
    .description('a map → OnlineWardleyMaps text (names OWM cannot carry are renamed, with a warning)')
    .argument('<map>', 'map file (.yaml)')
    .option('-o, --output <file>', 'write the text here instead of standard output')
    .option('-q, --quiet', 'do not print warnings')
    .addHelpText('after', '\nExample:\n  mapwright export owm maps/tea-shop.yaml -o tea-shop.owm')
    .action(async (mapPath: string, options: OutputOptions) => {
      setExit(await exportOwmFile(mapPath, options));
    });
}

/** Same, in the shape of export.ts's EXPORT_FORMATS entries. */
export function registerExportOwm(exportCommand: Command, setExit: SetExit): void {
  exportCommand.addCommand(exportOwmCommand(setExit));
}

async function importOwmFile(file: string, options: OutputOptions): Promise<number> {
  const text = await readTextInput(file, 'owm/encoding');
  if (typeof text === 'number') return text;
  const result = importOwm(text);
  if (!result.ok) {
    printDiagnostics(inputLabel(file), result.errors);
    return EXIT.findings;
  }
  printWarnings(inputLabel(file), result.warnings, options.quiet);
  return writeTextOutput(stringifyMap(result.map), options.output);
}

async function exportOwmFile(mapPath: string, options: OutputOptions): Promise<number> {
  const loaded = await loadMapFile(mapPath);
  if (!loaded.ok) return loaded.exit;
  const result = exportOwm(loaded.map);
  printWarnings(mapPath, result.warnings, options.quiet);
  return writeTextOutput(result.text, options.output);
}
