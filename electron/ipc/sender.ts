// Only the app's own page may call the host: a frame navigated elsewhere (or an injected iframe)
// must not reach file operations. WHATWG URL gives custom schemes the origin "null", so the
// scheme and host are compared instead.
import { APP_ORIGIN } from '../../core/host/contract.ts';

const APP = new URL(APP_ORIGIN);

export interface SenderLike {
  /** URL of the frame that sent the message (`event.senderFrame.url`). */
  senderUrl: string;
}

export function isAppSender(event: SenderLike): boolean {
  let url: URL;
  try {
    url = new URL(event.senderUrl);
  } catch {
    return false;
  }
  return url.protocol === APP.protocol && url.host === APP.host && url.username === '' && url.password === '';
}
