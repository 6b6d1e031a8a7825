// Copy and paste on the canvas go through the browser's clipboard events, so they see the system
// clipboard: copying nodes also puts them there as YAML (id → node), and pasting OWM text makes a
// new map from it, while anything else pastes the nodes copied inside Mapwright as before.
// Text fields and open dialogs keep their own copy and paste.
import { stringify } from 'yaml';
import { copySelected, paste } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';
import { openedTextKind } from './owm-detect.ts';
import { importPastedOwm } from './owm-open.ts';

function belongsElsewhere(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  const el = (target instanceof Element ? target : null) ?? document.activeElement;
  if (!el) return false;
  if (el.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return el instanceof HTMLElement && el.isContentEditable;
}

/** The copied nodes as the system clipboard gets them: a YAML mapping, never mistaken for OWM. */
export function copiedNodesText(copied: readonly [string, unknown][]): string {
  return stringify(Object.fromEntries(copied));
}

export function attachClipboard(target: Window): () => void {
  const onCopy = (e: ClipboardEvent) => {
    if (belongsElsewhere(e.target) || !useMapStore.getState().doc.current) return;
    copySelected();
    const copied = useMapStore.getState().ui.clipboard;
    if (copied.length === 0) return;
    e.preventDefault();
    e.clipboardData?.setData('text/plain', copiedNodesText(copied));
  };
  const onPaste = (e: ClipboardEvent) => {
    if (belongsElsewhere(e.target)) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    e.preventDefault();
    if (text.trim() !== '' && openedTextKind(null, text) === 'owm') void importPastedOwm(text);
    else if (useMapStore.getState().doc.current) paste();
  };
  target.addEventListener('copy', onCopy);
  target.addEventListener('paste', onPaste);
  return () => {
    target.removeEventListener('copy', onCopy);
    target.removeEventListener('paste', onPaste);
  };
}
