// `mapwright diff <old> <new>`, `mapwright diff <map> --rev <git-rev>` and the git diff driver
// `mapwright diff --git-driver <7 args from git>`: the semantic difference between two versions.
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';
import type { Command } from 'commander';
import { diffMaps } from '../../core/diff/diff.ts';
import { diffJson } from '../../core/diff/render-json.ts';
import { diffMarkdown } from '../../core/diff/render-markdown.ts';
import { diffText } from '../../core/diff/render-text.ts';
import type { MapDiff } from '../../core/diff/model.ts';
import { parseMap } from '../../core/format/parse.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { readMapBytes } from '../files.ts';
import { diagnosticLine, withFile } from '../report.ts';

const FORMATS = ['text', 'json', 'md'] as const;
type Format = (typeof FORMATS)[number];

interface DiffOptions {
  format: string;
  rev?: string;
  gitDriver?: boolean;
}

const EXAMPLES = `
Examples:
  mapwright diff old.yaml maps/shop.yaml
  mapwright diff maps/shop.yaml --rev HEAD~1 --format md     # paste into a pull request
As a git diff driver (git diff and git log -p then show the semantic diff of maps):
  echo 'maps/*.yaml diff=mapwright' >> .gitattributes
  git config diff.mapwright.command 'npx --no mapwright diff --git-driver'`;

export function registerDiff(program: Command, setExit: SetExit): void {
  program
    .command('diff')
    .description('what changed between two versions of a map: added, removed, renamed, moved, re-sourced, re-wired')
    .argument('<files...>', '<old> <new>, or <map> with --rev, or the 7 arguments git passes with --git-driver')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--rev <git-rev>', 'compare the map with its version at this git revision')
    .option('--git-driver', 'run as git diff driver (diff.<name>.command); always exits 0 so git carries on')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: DiffOptions) => {
      setExit(await runDiff(files, options));
    });
}

async function runDiff(files: string[], options: DiffOptions): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(options.format))
    return usage(`--format must be one of ${FORMATS.join(', ')}`);
  const format = options.format as Format;
  if (options.gitDriver === true) return gitDriver(files, format);
  if (options.rev !== undefined) {
    if (files.length !== 1) return usage('with --rev, give exactly one map file');
    const [file = ''] = files;
    const after = await loadMap(file);
    if (typeof after === 'number') return after;
    const before = await mapAtRevision(file, options.rev);
    if (typeof before === 'number') return before;
    process.stdout.write(render(diffMaps(before, after), format, `${file} (${options.rev} → working copy)`));
    return EXIT.ok;
  }
  if (files.length !== 2) return usage('give two map files: <old> <new>');
  const [oldFile = '', newFile = ''] = files;
  const before = await loadMap(oldFile);
  const after = await loadMap(newFile);
  if (typeof before === 'number') return before;
  if (typeof after === 'number') return after;
  process.stdout.write(render(diffMaps(before, after), format, newFile));
  return EXIT.ok;
}

/** git calls: path old-file old-hex old-mode new-file new-hex new-mode. */
async function gitDriver(args: string[], format: Format): Promise<number> {
  if (args.length !== 7) {
    process.stdout.write(`mapwright diff --git-driver: expected the 7 arguments git passes, got ${args.length}\n`);
    return EXIT.ok;
  }
  const [path = '', oldFile = '', , , newFile = ''] = args;
  const before = oldFile === '/dev/null' ? null : await loadMap(oldFile, path);
  const after = newFile === '/dev/null' ? null : await loadMap(newFile, path);
  process.stdout.write(`mapwright diff a/${path} b/${path}\n`);
  // git stops the whole diff when a driver fails, so a broken version is reported, not fatal.
  if (typeof before === 'number' || typeof after === 'number') {
    process.stdout.write('(one version is not a valid map; the errors are above)\n');
    return EXIT.ok;
  }
  const empty = (other: WardleyMap | null): WardleyMap => ({ version: 1, title: other?.title ?? path, nodes: {} });
  process.stdout.write(render(diffMaps(before ?? empty(after), after ?? empty(before)), format, path));
  return EXIT.ok;
}

function render(diff: MapDiff, format: Format, title: string): string {
  if (format === 'json') return diffJson(diff);
  if (format === 'md') return diffMarkdown(diff, title);
  return diffText(diff, title);
}

/** A map file, or an exit code after printing why it cannot be read. */
async function loadMap(file: string, label = file): Promise<WardleyMap | number> {
  const read = await readMapBytes(file);
  if (!read.ok) {
    process.stderr.write(`${label}: error file/unreadable cannot read the file: ${read.reason}\n`);
    return EXIT.usage;
  }
  return parsed(read.bytes, label);
}

function parsed(bytes: Uint8Array, label: string): WardleyMap | number {
  const result = parseMap(bytes);
  if (result.ok) return result.map;
  for (const d of withFile(label, result.errors)) process.stderr.write(`${diagnosticLine(d)}\n`);
  return EXIT.findings;
}

/** The map as committed at `rev`, read with `git show` from the file's own folder. */
async function mapAtRevision(file: string, rev: string): Promise<WardleyMap | number> {
  if (rev.startsWith('-')) return usage('--rev must name a revision, not an option');
  try {
    const { stdout } = await promisify(execFile)('git', ['show', `${rev}:./${basename(file)}`], {
      cwd: dirname(file),
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    return parsed(new Uint8Array(stdout), `${file}@${rev}`);
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    const reason = stderr || (e instanceof Error ? e.message : String(e));
    process.stderr.write(`${file}: error git/show ${gitShowProblem(reason, file, rev)}\n`);
    return EXIT.usage;
  }
}

/** git's own message, said in terms of the map (git's wording is kept at the end for searching). */
function gitShowProblem(reason: string, file: string, rev: string): string {
  const firstLine = reason.split('\n')[0] ?? reason;
  if (/not a git repository/i.test(reason))
    return `${dirname(file)} is not inside a git repository, so there is no history to compare with (${firstLine})`;
  if (/ENOENT/.test(reason)) return `cannot run git: is it installed? (${firstLine})`;
  if (/exists on disk, but not in|does not exist in/i.test(reason))
    return `the map is not in revision ${rev}: it was added later or never committed (${firstLine})`;
  if (/invalid object name|unknown revision|bad revision|ambiguous argument/i.test(reason))
    return `there is no revision ${rev} in this repository (${firstLine})`;
  return `cannot read the map at ${rev}: ${firstLine}`;
}

function usage(message: string): number {
  process.stderr.write(`mapwright diff: ${message}\n`);
  return EXIT.usage;
}
