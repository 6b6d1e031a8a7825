// The renderer talks to files and windows only through a MapwrightHost: Electron's preload puts
// one on `window.mapwright`; in a plain browser the browser host stands in.
import type { MapwrightHost } from '../../core/host/contract.ts';
import { createBrowserHost } from './browser.ts';

declare global {
  interface Window {
    mapwright?: MapwrightHost;
  }
}

export function currentHost(): MapwrightHost {
  return window.mapwright ?? createBrowserHost(window);
}
