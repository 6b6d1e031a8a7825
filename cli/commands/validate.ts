// `mapwright validate <files…> [--strict] [--format text|json]`: parse errors and doctrine
// findings for CI. Exit 0 clean, 1 findings that fail (errors; warnings too under --strict),
// 2 unusable invocation or a file that cannot be read.
import { Command, Option } from 'commander';
import { checkDocument } from '../../core/doctrine/check.ts';
import { parseMap } from '../../core/format/parse.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { readMapBytes } from '../files.ts';
import { diagnosticLine, diagnosticsJson, validateSummary, withFile, type FileDiagnostic } from '../report.ts';

interface ValidateOptions {
  strict: boolean;
  format: 'text' | 'json';
}

const EXAMPLES = `
Examples:
  mapwright validate maps/*.yaml
  mapwright validate --strict --format json maps/conference.yaml

Silence a finding on its node with a written reason:
  ignore:
    source/build-commodity: we are the utility provider`;

export function registerValidate(program: Command, setExit: SetExit): void {
  program
    .command('validate')
    .description('check map files: YAML and schema errors, broken references and doctrine findings')
    .argument('<files...>', 'map files (.yaml)')
    .option('--strict', 'CI mode: warnings fail too, and a dependency cycle is an error', false)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: ValidateOptions) => {
      setExit(await validateFiles(files, options));
    });
}

const UNREADABLE = 'file/unreadable';

export async function validateFiles(files: readonly string[], options: ValidateOptions): Promise<number> {
  const all: FileDiagnostic[] = [];
  for (const file of files) all.push(...(await validateFile(file, options.strict)));
  const unreadable = all.filter((d) => d.rule === UNREADABLE);
  const findings = all.filter((d) => d.rule !== UNREADABLE);
  if (options.format === 'json') process.stdout.write(diagnosticsJson(all));
  else for (const d of all) (d.rule === UNREADABLE ? process.stderr : process.stdout).write(`${diagnosticLine(d)}\n`);
  process.stderr.write(`${validateSummary(files.length, findings, unreadable.length)}\n`);
  if (unreadable.length > 0) return EXIT.usage;
  return findings.some((d) => fails(d, options.strict)) ? EXIT.findings : EXIT.ok;
}

function fails(d: Diagnostic, strict: boolean): boolean {
  return d.severity === 'error' || (strict && d.severity === 'warning');
}

async function validateFile(file: string, strict: boolean): Promise<FileDiagnostic[]> {
  const read = await readMapBytes(file);
  if (!read.ok) {
    const message = `cannot read the file: ${read.reason}`;
    return [{ file, line: 0, column: 0, severity: 'error', rule: UNREADABLE, message }];
  }
  const parsed = parseMap(read.bytes);
  if (!parsed.ok) return withFile(file, parsed.errors);
  return withFile(file, checkDocument(parsed.document, { strict }));
}
