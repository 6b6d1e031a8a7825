// The ways OWM text enters the app besides opening a file: File → Import OWM… (whatever the file
// is called, it is read as OWM) and pasting on the canvas (clipboard.ts). Both ask first when the
// map on screen has unsaved changes, through the same flow as Open.
import type { OpenedFile } from '../../core/host/contract.ts';
import { openAnother } from '../store/files.ts';
import { showImportedOwm } from './owm-import.ts';

export function importOwmFromDialog(): Promise<void> {
  return openAnother(undefined, (file: OpenedFile) => void showImportedOwm(file.name, file.text));
}

export function importPastedOwm(text: string): Promise<void> {
  return openAnother(
    async () => ({ ok: true, file: { token: '', name: 'pasted text', text } }),
    () => void showImportedOwm(null, text),
  );
}
