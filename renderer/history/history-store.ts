// The history panel's state: the commits that touched the open file and the earlier version
// chosen for comparison. The diff itself is never stored: the ghost layer and the panel compute
// it from `base` and the current document.
import { create } from 'zustand';
import type { FileToken, HistoryEntry, MapwrightHost } from '../../core/host/contract.ts';
import { parseMap } from '../../core/format/parse.ts';
import type { WardleyMap } from '../../core/model/types.ts';

export interface Comparison {
  /** The history entry's hash, or `working` for "Working copy vs HEAD". */
  key: string;
  label: string;
  base: WardleyMap;
}

export interface HistoryState {
  token: FileToken | null;
  entries: HistoryEntry[];
  loading: boolean;
  comparison: Comparison | null;
  /** Why the last choice could not be shown (e.g. that version does not parse). */
  problem: string | null;
}

export const WORKING_COPY = 'working';

export const useHistoryStore = create<HistoryState>()(() => ({
  token: null,
  entries: [],
  loading: false,
  comparison: null,
  problem: null,
}));

/** Lists the file's commits; a new file clears the comparison, since it was against another file. */
export async function loadHistory(host: MapwrightHost, token: FileToken | null): Promise<void> {
  const sameFile = useHistoryStore.getState().token === token;
  useHistoryStore.setState(
    sameFile ? { loading: true } : { token, entries: [], loading: true, comparison: null, problem: null },
  );
  let entries: HistoryEntry[] = [];
  try {
    entries = token === null ? [] : await host.history(token);
  } catch {
    entries = [];
  }
  if (useHistoryStore.getState().token === token) useHistoryStore.setState({ entries, loading: false });
}

/** Reads the chosen version, parses it with the core, and makes it the comparison base. */
export async function compareWith(host: MapwrightHost, key: string): Promise<void> {
  const { token, entries } = useHistoryStore.getState();
  const entry = key === WORKING_COPY ? entries[0] : entries.find((e) => e.hash === key);
  if (token === null || !entry) return;
  const text = await host.fileAtRevision(token, entry.hash).catch(() => null);
  if (useHistoryStore.getState().token !== token) return;
  if (text === null) {
    useHistoryStore.setState({ comparison: null, problem: `Version ${entry.short} could not be read.` });
    return;
  }
  const parsed = parseMap(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const where = first ? ` (line ${first.line}: ${first.message})` : '';
    useHistoryStore.setState({ comparison: null, problem: `Version ${entry.short} is not a valid map${where}.` });
    return;
  }
  const label = key === WORKING_COPY ? `working copy vs HEAD (${entry.short})` : `${entry.short} ${entry.subject}`;
  useHistoryStore.setState({ comparison: { key, label, base: parsed.map }, problem: null });
}

export function clearComparison(): void {
  useHistoryStore.setState({ comparison: null, problem: null });
}
