// Writing a map from the browser: to its file in the served folder through the server's API, to
// a handle from the save picker, or as a download; and picking or downloading files.
import type { SaveResult } from '../../core/host/contract.ts';
import { saveServedMap } from './served-api.ts';

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
