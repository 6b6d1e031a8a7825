// Whether Save writes the file or only downloads a copy: the browser host knows per file; the
// desktop host always writes the file.
import type { FileToken, MapwrightHost } from '../../core/host/contract.ts';
import type { BrowserHost, SaveTarget } from './browser.ts';

export function saveTargetOf(host: MapwrightHost | null, token: FileToken | null): SaveTarget {
  if (host && 'saveTarget' in host && typeof (host as BrowserHost).saveTarget === 'function')
    return (host as BrowserHost).saveTarget(token);
  return 'disk';
}
