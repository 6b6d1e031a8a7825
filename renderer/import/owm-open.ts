// The ways OWM text enters the app besides opening a file: File → Import OWM… (whatever the file
// is called, it is read as OWM) and pasting on the canvas (clipboard.ts). Both read the text
// first: text that does not import is reported with its lines and changes nothing; text that does
// asks about unsaved work (save first, discard or cancel) before it replaces the map.
import type { OpenedFile } from '../../core/host/contract.ts';
import { readThenReplace } from '../store/files.ts';
import { owmImports, showImportedOwm } from './owm-import.ts';

export function importOwmFromDialog(): Promise<void> {
  return readThenReplace(
    (file: OpenedFile) => void showImportedOwm(file.name, file.text),
    (file) => owmImports(file.name, file.text),
  );
}

export function importPastedOwm(text: string): Promise<void> {
  return readThenReplace(
    () => void showImportedOwm(null, text),
    () => owmImports(null, text),
    async () => ({ ok: true, file: { token: '', name: 'pasted text', text } }),
  );
}
