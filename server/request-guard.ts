// Who may talk to the browser server. It listens on loopback, but a page on any site can still
// send requests there (an <img>, a form, DNS rebinding). So: the Host header must name us (a
// rebound name does not), an Origin header must be our own, and every /api request carries the
// per-start token, which only our own page can read.
import type { IncomingMessage } from 'node:http';
import { hostOrOriginRefusal, hostsOnPort, LOOPBACK_NAMES, randomSecret, sameSecret } from './origin-rules.ts';

export const TOKEN_HEADER = 'x-mapwright-token';

export interface RequestGuard {
  readonly token: string;
  /** The name of the cookie that carries the token for same-origin reads (one per port). */
  readonly cookieName: string;
  /** Null when the request may proceed, else why not (answered with 403). */
  refusal(req: IncomingMessage, needsToken: boolean): string | null;
}

export function newSessionToken(): string {
  return randomSecret(32);
}

/** The `host:port` values a request may name: loopback names, plus the one given with --host. */
export function allowedHosts(port: number, explicitHost: string | null): Set<string> {
  const named = explicitHost !== null && explicitHost !== '' ? [explicitHost] : [];
  return hostsOnPort([...LOOPBACK_NAMES, ...named], port);
}

export function createRequestGuard(port: number, explicitHost: string | null, token = newSessionToken()): RequestGuard {
  const hosts = allowedHosts(port, explicitHost);
  const cookieName = `mapwright-token-${port}`;
  return {
    token,
    cookieName,
    refusal(req, needsToken) {
      const refused = hostOrOriginRefusal(hosts, req.headers.host, req.headers.origin);
      if (refused !== null) return refused;
      if (needsToken && !carriesToken(req, token, cookieName, isWrite(req.method))) return 'missing or wrong token';
      return null;
    },
  };
}

export function isWrite(method: string | undefined): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** Writes need the header (only script on our page can set it); reads may use the cookie too. */
function carriesToken(req: IncomingMessage, token: string, cookieName: string, write: boolean): boolean {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string' && sameSecret(header, token)) return true;
  // A cookie rides along with any request to localhost, whatever port sent it: only same-origin ones count.
  const site = req.headers['sec-fetch-site'];
  if (write || (site !== undefined && site !== 'same-origin')) return false;
  const cookie = cookieValue(req.headers.cookie ?? '', cookieName);
  return cookie !== null && sameSecret(cookie, token);
}

function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
