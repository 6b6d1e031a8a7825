// `mapwright report compliance <map> [--format md|json] [-o file]`: where sensitive data lives and
// flows, each supplier's agreements, the safeguards and the open findings. Exit 0 with a report
// (findings are in it; `validate` is what fails CI), 1 when the map does not load, 2 bad usage.
import { Command, Option } from 'commander';
import { COMPLIANCE_FORMATS } from '../../core/compliance/index.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { writeOutputFile } from '../files.ts';
import { loadMapFile } from '../map-io.ts';

type Format = keyof typeof COMPLIANCE_FORMATS;

interface ReportFlags {
  format: Format;
  output?: string;
}

const EXAMPLES = `
Examples:
  mapwright report compliance maps/hie-monolith.yaml
  mapwright report compliance --format json -o compliance.json maps/hie-monolith.yaml`;

export function registerReport(program: Command, setExit: SetExit): void {
  const report = program.command('report').description('reports derived from a map');
  report
    .command('compliance')
    .description('where sensitive data is held and flows, supplier agreements, safeguards and open findings')
    .argument('<map>', 'map file (YAML)')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(COMPLIANCE_FORMATS)).default('md'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ReportFlags) => {
      setExit(await runComplianceReport(file, flags));
    });
}

export async function runComplianceReport(file: string, flags: ReportFlags): Promise<number> {
  const parsed = await loadMapFile(file);
  if (!parsed.ok) return parsed.exit;
  const text = COMPLIANCE_FORMATS[flags.format].render(parsed.map);
  if (flags.output !== undefined) await writeOutputFile(flags.output, text);
  else process.stdout.write(text);
  return EXIT.ok;
}
