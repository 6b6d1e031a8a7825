// In a browser, reloading or closing a tab with unsaved work (or Source pane text that does not load,
// which no save or draft keeps) asks first ("Leave page?"). Electron
// asks through its own close handler: there a beforeunload answer would cancel the close silently.
import type { MapwrightHost } from '../../core/host/contract.ts';
import { typingUnapplied } from '../store/pending-typing.ts';
import { isDirty, useMapStore } from '../store/store.ts';

export function attachLeaveGuard(host: MapwrightHost, target: Window): () => void {
  if (host.kind !== 'browser') return () => undefined;
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!isDirty(useMapStore.getState()) && !typingUnapplied()) return;
    e.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    e.returnValue = '';
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
