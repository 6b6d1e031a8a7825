// `mapwright export mermaid <map>`: the map as a Mermaid `wardley-beta` diagram, for a README or
// an ADR. Text goes to stdout unless -o names a file; what the syntax cannot hold goes to stderr.
import { Command } from 'commander';
import { exportMermaid, fencedMermaid } from '../../core/export/mermaid/index.ts';
import { parseMap } from '../../core/format/parse.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { readMapBytes, writeOutputFile } from '../files.ts';
import { diagnosticLine, withFile } from '../report.ts';

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
  const result = exportMermaid(parsed.map);
  if (options.quiet !== true)
    for (const d of withFile(mapPath, result.warnings)) process.stderr.write(`${diagnosticLine(d)}\n`);
  const text = options.fence === true ? fencedMermaid(result.text) : result.text;
  if (options.output === undefined) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeOutputFile(options.output, text);
    return EXIT.ok;
  } catch (e) {
    process.stderr.write(
      `${options.output}: error file/unwritable cannot write the file: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return EXIT.usage;
  }
}
