// The participant's view of the session itself (not the map): connection status, role, and the
// handles the live layer needs. Kept out of the map store so none of it enters history.
import { create } from 'zustand';
import type { Awareness } from '../../core/live/protocol.ts';
import type { LiveConnection, LiveStatus } from './connection.ts';

export interface LiveState {
  status: LiveStatus;
  reason: string;
  role: 'edit' | 'view';
  fileName: string;
  awareness: Awareness | null;
  connection: LiveConnection | null;
  /** The participant chose to work offline (the connection is dropped until they reconnect). */
  paused: boolean;
}

export const useLive = create<LiveState>(() => ({
  status: 'connecting',
  reason: '',
  role: 'edit',
  fileName: 'map.yaml',
  awareness: null,
  connection: null,
  paused: false,
}));

/** True when the page was opened from a session link (`/s/<token>/`). */
export function isLiveSessionPage(win: Window): boolean {
  return /^\/s\/[A-Za-z0-9_-]{16,64}\/$/.test(win.location.pathname);
}

/** The session's WebSocket endpoint, beside the page. */
export function sessionSocketUrl(win: Window): string {
  const url = new URL('live/ws', win.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  return url.toString();
}
