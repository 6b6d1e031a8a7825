// Writing a map from the browser: to its file in the served folder through the server's API, to
// a handle from the save picker, or as a download; and picking (a map of the served folder, or a
// file from this computer) or downloading files.
import type { OpenResult, SaveResult } from '../../core/host/contract.ts';
import { readServedMap, saveServedMap, servedMapNames, type ServedFile } from './served-api.ts';

export interface FileHandleLike {
  name: string;
  createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
}

export interface KnownFile {
  name: string;
  handle?: FileHandleLike;
  /** A map of the folder `npm run web` serves: its name there and the version last read or saved. */
  served?: { file: string; baseline: string | null };
}

type Failure = Extract<SaveResult, { ok: false }>;

/** The server's rule for map names: plain names directly in the folder. */
const SERVED_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.ya?ml$/;

export async function saveKnown(
  win: Window,
  known: KnownFile,
  text: string,
  overwriteNewer: boolean,
): Promise<{ ok: true } | Failure> {
  if (known.served) {
    const answer = await saveServedMap(win, known.served.file, text, known.served.baseline, overwriteNewer);
    if (answer.ok) known.served.baseline = answer.fingerprint.sha256;
    return answer.ok ? { ok: true } : answer;
  }
  try {
    if (known.handle) {
      const stream = await known.handle.createWritable();
      await stream.write(text);
      await stream.close();
    } else {
      download(win.document, text, known.name);
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: 'io', message: e instanceof Error ? e.message : String(e) };
  }
}

/** "Save as" in the served folder: asks for a name, then creates the file (never over another). */
export async function saveAsServed(
  win: Window,
  text: string,
  suggestedName: string,
): Promise<{ ok: true; known: KnownFile } | Failure | null> {
  const suggested = SERVED_NAME.test(suggestedName) ? suggestedName : 'untitled.yaml';
  const answer = win.prompt('Save as a new map in the served folder (a name ending in .yaml):', suggested);
  if (answer === null) return null;
  const name = /\.ya?ml$/.test(answer.trim()) ? answer.trim() : `${answer.trim()}.yaml`;
  if (!SERVED_NAME.test(name))
    return { ok: false, reason: 'invalid', message: `${name} is not a plain file name (letters, digits, . _ -)` };
  const saved = await saveServedMap(win, name, text, null);
  if (!saved.ok)
    return saved.reason === 'conflict' ? { ...saved, message: `${name} already exists in the served folder` } : saved;
  return { ok: true, known: { name, served: { file: name, baseline: saved.fingerprint.sha256 } } };
}

export function pickFile(document: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.yaml,.yml,.owm,.txt,text/yaml,text/plain';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

export function download(
  document: Document,
  content: string | Uint8Array,
  name: string,
  type = 'application/yaml',
): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** How many of the folder's names the Open question lists before it says how many more there are. */
const LISTED_NAMES = 30;

/**
 * "Open…" in the served folder: asks which of its maps (as Save as asks for a name). An empty
 * answer, or a folder the server cannot list, picks a file from this computer instead ('computer');
 * null when the question was cancelled.
 */
export async function openServedAsked(
  win: Window,
): Promise<{ ok: true; read: ServedFile } | Extract<OpenResult, { ok: false }> | 'computer' | null> {
  const names = await servedMapNames(win);
  if (names === null || names.length === 0) return 'computer';
  const more = names.length > LISTED_NAMES ? `, … (${names.length - LISTED_NAMES} more)` : '';
  const answer = win.prompt(
    `Open a map of the served folder: ${names.slice(0, LISTED_NAMES).join(', ')}${more}.\nLeave empty to open a file from this computer instead.`,
    '',
  );
  if (answer === null) return null;
  const typed = answer.trim();
  if (typed === '') return 'computer';
  const name = names.includes(typed) ? typed : names.find((n) => n === `${typed}.yaml` || n === `${typed}.yml`);
  if (name === undefined) return { ok: false, reason: 'io', message: `${typed} is not a map of the served folder` };
  const read = await readServedMap(win, name);
  if (read === null)
    return { ok: false, reason: 'io', message: `the server could not read ${name} (too large, or not UTF-8)` };
  return { ok: true, read };
}
