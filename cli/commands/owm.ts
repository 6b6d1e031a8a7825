// `mapwright import owm <file|->` and `mapwright export owm <map>`: OnlineWardleyMaps text in
// and out. Output goes to stdout unless -o names a file (written atomically); warnings, each
// with its line, go to stderr so a pipe carries only the map.
import { Command } from 'commander';
import { exportOwm } from '../../core/export/owm/export.ts';
import { importOwm } from '../../core/export/owm/import.ts';
import { parseMap } from '../../core/format/parse.ts';
import { stringifyMap } from '../../core/format/stringify.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { readMapBytes, writeOutputFile } from '../files.ts';
import { diagnosticLine, withFile } from '../report.ts';

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
  const text = await readInput(file);
  if (typeof text === 'number') return text;
  const label = file === '-' ? '<stdin>' : file;
  const result = importOwm(text);
  if (!result.ok) {
    for (const d of withFile(label, result.errors)) process.stderr.write(`${diagnosticLine(d)}\n`);
    return EXIT.findings;
  }
  if (options.quiet !== true)
    for (const d of withFile(label, result.warnings)) process.stderr.write(`${diagnosticLine(d)}\n`);
  return writeOutput(stringifyMap(result.map), options.output);
}

async function exportOwmFile(mapPath: string, options: OutputOptions): Promise<number> {
  const read = await readMapBytes(mapPath);
  if (!read.ok) {
    process.stderr.write(`${mapPath}: error file/unreadable cannot read the file: ${read.reason}\n`);
    return EXIT.usage;
  }
  const parsed = parseMap(read.bytes);
  if (!parsed.ok) {
    for (const d of withFile(mapPath, parsed.errors)) process.stderr.write(`${diagnosticLine(d)}\n`);
    return EXIT.findings;
  }
  const result = exportOwm(parsed.map);
  if (options.quiet !== true)
    for (const d of withFile(mapPath, result.warnings)) process.stderr.write(`${diagnosticLine(d)}\n`);
  return writeOutput(result.text, options.output);
}

async function readInput(file: string): Promise<string | number> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return decode(Buffer.concat(chunks), '<stdin>');
  }
  const read = await readMapBytes(file);
  if (!read.ok) {
    process.stderr.write(`${file}: error file/unreadable cannot read the file: ${read.reason}\n`);
    return EXIT.usage;
  }
  return decode(read.bytes, file);
}

function decode(bytes: Uint8Array, label: string): string | number {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    process.stderr.write(`${label}: error owm/encoding the file is not UTF-8 text\n`);
    return EXIT.findings;
  }
}

async function writeOutput(text: string, output: string | undefined): Promise<number> {
  if (output === undefined) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeOutputFile(output, text);
    return EXIT.ok;
  } catch (e) {
    process.stderr.write(
      `${output}: error file/unwritable cannot write the file: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return EXIT.usage;
  }
}
