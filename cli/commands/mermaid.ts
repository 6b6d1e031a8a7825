// `mapwright export mermaid <map>`: the map as a Mermaid `wardley-beta` diagram, for a README or
// an ADR. Text goes to stdout unless -o names a file; what the syntax cannot hold goes to stderr.
import { Command } from 'commander';
import { exportMermaid, fencedMermaid } from '../../core/export/mermaid/index.ts';
import type { SetExit } from '../exit.ts';
import { loadMapFile, printWarnings, writeTextOutput } from '../map-io.ts';

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
