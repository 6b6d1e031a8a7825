// Who may talk to the browser server. It listens on loopback, but a page on any site can still
// send requests there (an <img>, a form, DNS rebinding). So: the Host header must name us (a
// rebound name does not), an Origin header must be our own, and every /api request carries the
// per-start token, which only our own page can read.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-mapwright-token';

export interface RequestGuard {
  readonly token: string;
  /** The name of the cookie that carries the token for same-origin reads (one per port). */
  readonly cookieName: string;
  /** Null when the request may proceed, else why not (answered with 403). */
  refusal(req: IncomingMessage, needsToken: boolean): string | null;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The `host:port` values a request may name: loopback names, plus the one given with --host. */
export function allowedHosts(port: number, explicitHost: string | null): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (explicitHost !== null && explicitHost !== '') names.add(bracketed(explicitHost.toLowerCase()));
  return new Set([...names].map((name) => `${name}:${port}`));
}

export function createRequestGuard(port: number, explicitHost: string | null, token = newSessionToken()): RequestGuard {
  const hosts = allowedHosts(port, explicitHost);
  const cookieName = `mapwright-token-${port}`;
  return {
    token,
    cookieName,
    refusal(req, needsToken) {
      const host = (req.headers.host ?? '').toLowerCase();
      if (!hosts.has(host)) return 'unknown Host';
      const origin = req.headers.origin;
      if (origin !== undefined && !isOwnOrigin(origin, hosts)) return 'cross-origin request';
      if (needsToken && !carriesToken(req, token, cookieName, isWrite(req.method))) return 'missing or wrong token';
      return null;
    },
  };
}

export function isWrite(method: string | undefined): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

function isOwnOrigin(origin: string, hosts: Set<string>): boolean {
  if (!origin.toLowerCase().startsWith('http://')) return false;
  return hosts.has(origin.slice('http://'.length).toLowerCase());
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

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
