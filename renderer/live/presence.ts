// Who else is in the session and where: each participant's name and colour, the nodes they have
// selected and their pointer on the map, shared through Yjs awareness (never part of the map).
import { create } from 'zustand';
import type { Awareness } from '../../core/live/protocol.ts';
import { useMapStore } from '../store/store.ts';

export interface Peer {
  client: number;
  name: string;
  colour: string;
  selection: string[];
  /** Map coordinates of the pointer, or null when it is off the canvas. */
  pointer: { evolution: number; visibility: number } | null;
}

export const usePresence = create<{ peers: Peer[] }>(() => ({ peers: [] }));

const COLOURS = ['#d1495b', '#00798c', '#edae49', '#66a182', '#8d5a97', '#2e4057', '#e07a5f', '#3d5a80'];
const NAME_KEY = 'mapwright:live-name';

export function colourOf(client: number): string {
  return COLOURS[client % COLOURS.length] as string;
}

export function participantName(win: Window): string {
  const asked = new URLSearchParams(win.location.search).get('name');
  const stored = win.localStorage.getItem(NAME_KEY);
  return (asked ?? stored ?? `Guest ${Math.floor(Math.random() * 90) + 10}`).slice(0, 40);
}

export function rememberName(win: Window, awareness: Awareness, name: string): void {
  const trimmed = name.trim().slice(0, 40);
  if (!trimmed) return;
  win.localStorage.setItem(NAME_KEY, trimmed);
  const user = awareness.getLocalState()?.user as { colour: string } | undefined;
  awareness.setLocalStateField('user', { name: trimmed, colour: user?.colour ?? colourOf(awareness.clientID) });
}

/** Publishes this participant's selection and lists everyone else; returns the detach. */
export function trackPresence(awareness: Awareness, name: string): () => void {
  awareness.setLocalState({ user: { name, colour: colourOf(awareness.clientID) }, selection: [], pointer: null });
  const unsubscribe = useMapStore.subscribe((s, before) => {
    if (s.selection.ids !== before.selection.ids) awareness.setLocalStateField('selection', [...s.selection.ids]);
  });
  const onChange = () => usePresence.setState({ peers: peersOf(awareness) });
  awareness.on('change', onChange);
  return () => {
    unsubscribe();
    awareness.off('change', onChange);
  };
}

export function publishPointer(awareness: Awareness, pointer: Peer['pointer']): void {
  awareness.setLocalStateField('pointer', pointer);
}

function peersOf(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [client, state] of awareness.getStates()) {
    if (client === awareness.clientID || typeof state !== 'object' || state === null) continue;
    const user = (state as { user?: { name?: unknown; colour?: unknown } }).user;
    if (typeof user?.name !== 'string') continue;
    const selection = (state as { selection?: unknown }).selection;
    const pointer = (state as { pointer?: unknown }).pointer as Peer['pointer'] | undefined;
    peers.push({
      client,
      name: user.name.slice(0, 40),
      colour: typeof user.colour === 'string' && /^#[0-9a-f]{6}$/i.test(user.colour) ? user.colour : colourOf(client),
      selection: Array.isArray(selection) ? selection.filter((s): s is string => typeof s === 'string') : [],
      pointer:
        pointer && typeof pointer.evolution === 'number' && typeof pointer.visibility === 'number' ? pointer : null,
    });
  }
  return peers;
}
