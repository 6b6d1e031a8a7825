// What the import and export commands share: read a map (or a text input) and say why not, print
// warnings unless quiet, and write the result to a file (atomically) or to standard output.
import type { ExportWarning } from '../core/export/bundle.ts';
import { parseMap, type MapDocument } from '../core/format/parse.ts';
import type { Diagnostic, WardleyMap } from '../core/model/types.ts';
import { EXIT } from './exit.ts';
import { readMapBytes, writeOutputFile } from './files.ts';
import { diagnosticLine, withFile } from './report.ts';

export type LoadedMap = { ok: true; map: WardleyMap; document: MapDocument } | { ok: false; exit: number };

/** The map at `mapPath`, or the exit code after printing why it cannot be read or loaded. */
export async function loadMapFile(mapPath: string): Promise<LoadedMap> {
  const read = await readMapBytes(mapPath);
  if (!read.ok) {
    process.stderr.write(`${mapPath}: error file/unreadable cannot read the file: ${read.reason}\n`);
    return { ok: false, exit: EXIT.usage };
  }
  const parsed = parseMap(read.bytes);
  if (!parsed.ok) {
    printDiagnostics(mapPath, parsed.errors);
    return { ok: false, exit: EXIT.findings };
  }
  return { ok: true, map: parsed.map, document: parsed.document };
}

/** A text file (or standard input for `-`) as UTF-8, or the exit code after saying why not. */
export async function readTextInput(file: string, encodingRule: string): Promise<string | number> {
  const label = inputLabel(file);
  let bytes: Uint8Array;
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    bytes = Buffer.concat(chunks);
  } else {
    const read = await readMapBytes(file);
    if (!read.ok) {
      process.stderr.write(`${file}: error file/unreadable cannot read the file: ${read.reason}\n`);
      return EXIT.usage;
    }
    bytes = read.bytes;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    process.stderr.write(`${label}: error ${encodingRule} the file is not UTF-8 text\n`);
    return EXIT.findings;
  }
}

export function inputLabel(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

export function printDiagnostics(label: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of withFile(label, diagnostics)) process.stderr.write(`${diagnosticLine(d)}\n`);
}

/** An exporter's warnings (whole-file ones have no position), unless `quiet`. */
export function printWarnings(label: string, warnings: readonly (Diagnostic | ExportWarning)[], quiet?: boolean): void {
  if (quiet === true) return;
  printDiagnostics(
    label,
    warnings.map((w) => ({ line: 0, column: 0, ...w })),
  );
}

/** Writes `text` to `output` (atomically), or to standard output when there is none. */
export async function writeTextOutput(text: string, output: string | undefined): Promise<number> {
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
