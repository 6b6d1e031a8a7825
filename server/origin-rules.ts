// The rules both servers (`npm run web` and a live session) apply to every request before
// anything else: the Host header must name this server (a DNS-rebound name does not), an Origin
// header, when a browser sends one, must be this server's own, and secrets compare in constant time.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** IPv6 addresses appear in Host headers in brackets. */
export function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** `name:port` for each name (lower case, IPv6 bracketed): the Host values a request may carry. */
export function hostsOnPort(names: Iterable<string>, port: number): Set<string> {
  return new Set([...names].map((name) => `${bracketed(name.toLowerCase())}:${port}`));
}

/** Null when Host and Origin are ours, else why not. */
export function hostOrOriginRefusal(
  hosts: Set<string>,
  host: string | undefined,
  origin: string | undefined,
): string | null {
  if (!host || !hosts.has(host.toLowerCase())) return 'unknown Host';
  if (origin === undefined) return null;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && hosts.has(url.host.toLowerCase()) ? null : 'cross-origin request';
  } catch {
    return 'cross-origin request';
  }
}

export function randomSecret(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
