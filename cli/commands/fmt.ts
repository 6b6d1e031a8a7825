// `mapwright fmt <files…> [--check]`: canonical formatting, like prettier for maps. Writes a file
// only when its bytes change, atomically; --check writes nothing and names what would change.
// A file that does not parse is reported and never written.
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { sweepStaleTemps } from '../../files/temp-sweep.ts';
import { formatMapText } from '../../core/format/format.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { readMapBytes, sameBytes, writeMapText } from '../files.ts';
import { diagnosticLine, plural, withFile } from '../report.ts';

interface FmtOptions {
  check: boolean;
}

type FileOutcome = 'unchanged' | 'changed' | 'broken' | 'unreadable';

const EXAMPLES = `
Examples:
  mapwright fmt maps/*.yaml
  mapwright fmt --check maps/*.yaml     # in CI: exit 1 and list files that are not formatted`;

export function registerFmt(program: Command, setExit: SetExit): void {
  program
    .command('fmt')
    .description('format map files canonically (comments, blank lines and key order are kept)')
    .argument('<files...>', 'map files (.yaml)')
    .option('--check', 'write nothing; exit 1 and name the files that would change', false)
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: FmtOptions) => {
      setExit(await formatFiles(files, options));
    });
}

export async function formatFiles(files: readonly string[], options: FmtOptions): Promise<number> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await formatFile(file, options.check));
  const count = (o: FileOutcome) => outcomes.filter((x) => x === o).length;
  const changed = count('changed');
  const verb = options.check ? 'would be reformatted' : 'reformatted';
  const broken = count('broken') > 0 ? `, ${plural(count('broken'), 'file')} with errors` : '';
  process.stderr.write(`${plural(files.length, 'file')}: ${changed} ${verb}${broken}\n`);
  if (count('unreadable') > 0) return EXIT.usage;
  if (count('broken') > 0 || (options.check && changed > 0)) return EXIT.findings;
  return EXIT.ok;
}

async function formatFile(file: string, check: boolean): Promise<FileOutcome> {
  // Temp files of an earlier save that was killed (older than a minute); --check writes nothing.
  if (!check) await sweepStaleTemps(dirname(file));
  const read = await readMapBytes(file);
  if (!read.ok) {
    process.stderr.write(`${file}: error file/unreadable cannot read the file: ${read.reason}\n`);
    return 'unreadable';
  }
  const formatted = formatMapText(read.bytes);
  if (!formatted.ok) {
    for (const d of withFile(file, formatted.errors)) process.stderr.write(`${diagnosticLine(d)}\n`);
    return 'broken';
  }
  // Compare bytes, not decoded text: a BOM or line endings are part of what git sees.
  if (sameBytes(read.bytes, formatted.text)) return 'unchanged';
  if (!check) {
    try {
      await writeMapText(file, formatted.text);
    } catch (e) {
      process.stderr.write(`${file}: error file/unwritable cannot write the file: ${(e as Error).message}\n`);
      return 'unreadable';
    }
  }
  process.stdout.write(`${file}\n`);
  return 'changed';
}
