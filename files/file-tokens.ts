// Tokens stand for paths the user chose (a dialog, the recent list, the default map). The renderer
// only ever holds tokens, so a compromised page cannot name an arbitrary path to read or write.
import { randomBytes } from 'node:crypto';
import type { Fingerprint } from './fingerprint.ts';

export interface OpenEntry {
  token: string;
  path: string;
  /** The version on disk we last read or wrote; null when the file does not exist yet. */
  baseline: Fingerprint | null;
}

export class FileTokens {
  private readonly byToken = new Map<string, OpenEntry>();
  private readonly byPath = new Map<string, string>();

  /** The token for `path`, reusing the one already issued so the recent list stays stable. */
  issue(path: string): OpenEntry {
    const known = this.byPath.get(path);
    const existing = known === undefined ? undefined : this.byToken.get(known);
    if (existing) return existing;
    const entry: OpenEntry = { token: randomBytes(18).toString('base64url'), path, baseline: null };
    this.byToken.set(entry.token, entry);
    this.byPath.set(path, entry.token);
    return entry;
  }

  /** The entry of an issued token, or undefined for anything the host did not hand out. */
  find(token: string): OpenEntry | undefined {
    return this.byToken.get(token);
  }
}
