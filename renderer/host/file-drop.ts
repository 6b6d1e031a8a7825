// Drag-and-drop of a map file onto the window (browser mode; Electron opens through its menu).
import type { MapwrightHost } from '../../core/host/contract.ts';
import { openAnother } from '../store/files.ts';
import type { createBrowserHost } from './browser.ts';

type DropHost = ReturnType<typeof createBrowserHost>;

function canOpenDropped(host: MapwrightHost): host is DropHost {
  return 'openDropped' in host && typeof (host as DropHost).openDropped === 'function';
}

export function attachFileDrop(host: MapwrightHost, target: Window): () => void {
  if (!canOpenDropped(host)) return () => undefined;
  const onDragOver = (e: DragEvent) => e.preventDefault();
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void openAnother(() => host.openDropped(file));
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
