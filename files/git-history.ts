// The git history of one map file through the `git` command line: the commits that touched it
// (following renames) and its text at one of them. Plain Node, no Electron: the desktop host and
// `npm run web` (server/) both use it. A file outside a repository has no history.
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { type HistoryEntry } from '../core/host/contract.ts';
import { REVISION_PATTERN } from '../core/host/payloads.ts';
import { MAX_MAP_BYTES } from '../core/format/source.ts';

export const HISTORY_LIMIT = 200;

/** A history entry plus the file's path (from the repository root) in that commit. */
export interface FileCommit extends HistoryEntry {
  path: string;
}

// Unit and record separators: they cannot appear in a subject line or an author name.
const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = `${RECORD}%H${FIELD}%h${FIELD}%aI${FIELD}%an${FIELD}%s`;

/** Parses `git log --name-only --format=<FORMAT>` output; anything malformed is skipped. */
export function parseGitLog(stdout: string): FileCommit[] {
  return stdout.split(RECORD).flatMap((record) => {
    const [header = '', ...rest] = record.split('\n');
    const [hash, short, date, author, subject] = header.split(FIELD);
    const path = rest.map((line) => line.trim()).find((line) => line.length > 0);
    if (hash === undefined || !REVISION_PATTERN.test(hash) || short === undefined || path === undefined) return [];
    return [{ hash, short, date: date ?? '', author: author ?? '', subject: subject ?? '', path }];
  });
}

/** Commits that touched `file`, newest first, at most `limit`; [] outside a repository or without git. */
export async function fileHistory(file: string, limit = HISTORY_LIMIT): Promise<FileCommit[]> {
  const args = [
    '-c',
    'core.quotePath=false',
    'log',
    '--follow',
    `--max-count=${limit}`,
    '--name-only',
    `--format=${FORMAT}`,
  ];
  const out = await git([...args, '--', basename(file)], dirname(file), 16 * 1024 * 1024);
  return out === null ? [] : parseGitLog(out.toString('utf8'));
}

/** The public entries of `fileHistory`, without the internal paths. */
export async function historyEntries(file: string, limit = HISTORY_LIMIT): Promise<HistoryEntry[]> {
  return (await fileHistory(file, limit)).map(({ hash, short, date, author, subject }) => ({
    hash,
    short,
    date,
    author,
    subject,
  }));
}

/**
 * The file's text as committed at `hash`, under the name it had then; null for a revision that
 * is not in the file's history (only revisions `fileHistory` lists can be read, nothing else).
 */
export async function fileAtRevision(file: string, hash: string): Promise<string | null> {
  if (!REVISION_PATTERN.test(hash)) return null;
  const commit = (await fileHistory(file)).find((c) => c.hash.startsWith(hash));
  if (!commit) return null;
  const out = await git(['show', `${commit.hash}:${commit.path}`], dirname(file), MAX_MAP_BYTES + 1);
  return out === null ? null : out.toString('utf8');
}

/** Runs git in `cwd`; null when git fails, is missing, or prints more than `maxBuffer` bytes. */
function git(args: string[], cwd: string, maxBuffer: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer, windowsHide: true }, (error, stdout) =>
      resolve(error ? null : stdout),
    );
  });
}
