// Who may talk to a live session: a request must name one of the session's tokens in its path,
// come to one of the host names the session listens on (no DNS rebinding) and, from a browser,
// from the session's own origin (no other page driving a participant's browser).
import { networkInterfaces } from 'node:os';
import { hostOrOriginRefusal, hostsOnPort, LOOPBACK_NAMES, randomSecret, sameSecret } from '../origin-rules.ts';

export type Role = 'edit' | 'view';

export interface SessionTokens {
  edit: string | null;
  view: string;
}

export function newToken(): string {
  return randomSecret(24);
}

export function issueTokens(readOnly: boolean): SessionTokens {
  return { edit: readOnly ? null : newToken(), view: newToken() };
}

/** The role a token grants, or null for a wrong or missing token (compared in constant time). */
export function roleOf(tokens: SessionTokens, candidate: string | undefined): Role | null {
  if (!candidate) return null;
  if (tokens.edit !== null && sameSecret(tokens.edit, candidate)) return 'edit';
  return sameSecret(tokens.view, candidate) ? 'view' : null;
}

/** `/s/<token>/rest` → { token, rest }; anything else → null. */
export function splitSessionPath(pathname: string): { token: string; rest: string } | null {
  const match = /^\/s\/([A-Za-z0-9_-]{16,64})(\/.*)?$/.exec(pathname);
  if (!match) return null;
  return { token: match[1] as string, rest: match[2] ?? '' };
}

/** Host names a browser may use to reach a server bound to `bind` on `port`. */
export function allowedHosts(bind: string, port: number): Set<string> {
  const everywhere = bind === '0.0.0.0' || bind === '::';
  return hostsOnPort([...LOOPBACK_NAMES, ...(everywhere ? interfaceAddresses() : [bind])], port);
}

export function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i): i is NonNullable<typeof i> => i !== undefined && !i.internal)
    .map((i) => i.address);
}

/** Host header is one of ours; Origin, when a browser sends one, is one of ours too. */
export function requestAllowed(hosts: Set<string>, host: string | undefined, origin: string | undefined): boolean {
  return hostOrOriginRefusal(hosts, host, origin) === null;
}

/** A token bucket: `rate` messages a second, bursts up to `burst`. */
export class RateLimit {
  private tokens: number;
  private last = Date.now();
  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
