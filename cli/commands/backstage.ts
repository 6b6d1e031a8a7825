// `mapwright export backstage <map> -o <dir>`: the map as Backstage catalog entities in
// <dir>/catalog-info.yaml, with every entity annotated with the map file (relative to <dir>).
import path from 'node:path';
import { Command } from 'commander';
import { CATALOG_FILE, exportBackstage } from '../../core/export/backstage/index.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { loadMapFile, printWarnings } from '../map-io.ts';
import { planBundleWrite, writeBundle } from '../write-bundle.ts';

interface BackstageOptions {
  output: string;
  dryRun?: boolean;
  quiet?: boolean;
}

/** The `backstage` subcommand, in the shape of export.ts's EXPORT_FORMATS entries. */
export function registerExportBackstage(exportCommand: Command, setExit: SetExit): void {
  exportCommand.addCommand(
    new Command('backstage')
      .description(`Backstage catalog entities (System, Groups, Components, Resources) in <dir>/${CATALOG_FILE}`)
      .argument('<map>', 'map file (.yaml)')
      .requiredOption('-o, --output <dir>', 'folder to write catalog-info.yaml into (created if missing)')
      .option('--dry-run', 'say whether the file would be new, overwritten or unchanged, and write nothing')
      .option('-q, --quiet', 'do not print warnings')
      .addHelpText('after', '\nExample:\n  mapwright export backstage maps/hie-monolith.yaml -o catalog/')
      .action(async (mapPath: string, options: BackstageOptions) => {
        setExit(await exportBackstageFile(mapPath, options));
      }),
  );
}

async function exportBackstageFile(mapPath: string, options: BackstageOptions): Promise<number> {
  const loaded = await loadMapFile(mapPath);
  if (!loaded.ok) return loaded.exit;
  const mapLocation = path.relative(path.resolve(options.output), path.resolve(mapPath)).split(path.sep).join('/');
  const result = exportBackstage(loaded.map, { mapLocation });
  printWarnings(mapPath, result.warnings, options.quiet);
  try {
    const plan =
      options.dryRun === true
        ? await planBundleWrite(options.output, result.files)
        : await writeBundle(options.output, result.files);
    if (!plan.ok) {
      for (const err of plan.errors) process.stderr.write(`mapwright: refused ${err}\n`);
      return EXIT.usage;
    }
    for (const f of plan.files) process.stdout.write(`${f.status.padEnd(9)} ${f.path}\n`);
    return EXIT.ok;
  } catch (e) {
    process.stderr.write(`mapwright: cannot write ${options.output}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
}
