// What a participant sees of the session around the editor: a bar with the connection state, who
// is here and their own name, everyone's presence on the canvas, and, when the host ends the
// session, a notice with a download of the map as it stood.
import { fileText } from '../../core/format/parse.ts';
import { fileHost } from '../store/files.ts';
import { useMapStore } from '../store/store.ts';
import { useLive } from './live-state.ts';
import { PresenceOverlay } from './PresenceOverlay.tsx';
import { rememberName, usePresence } from './presence.ts';

const STATUS_TEXT = {
  connecting: 'Connecting…',
  connected: 'Live',
  offline: 'Offline: your edits are kept and merge when the connection is back',
  ended: 'The host ended the session',
} as const;

export function LiveLayer() {
  const awareness = useLive((s) => s.awareness);
  const status = useLive((s) => s.status);
  const role = useLive((s) => s.role);
  const peers = usePresence((s) => s.peers);
  const ownName = (awareness?.getLocalState()?.user as { name?: string } | undefined)?.name ?? '';
  return (
    <>
      {awareness && <PresenceOverlay awareness={awareness} />}
      <div className={`live-bar live-${status}`} data-testid="live-bar" data-status={status} role="status">
        <span className="live-dot" aria-hidden="true" />
        <span>{STATUS_TEXT[status]}</span>
        {role === 'view' && <span className="live-role">view only</span>}
        <span className="live-peers" title={peers.map((p) => p.name).join(', ')}>
          {peers.length + 1} here
        </span>
        {awareness && (
          <input
            aria-label="Your name"
            className="live-name"
            defaultValue={ownName}
            onBlur={(e) => rememberName(window, awareness, e.currentTarget.value)}
          />
        )}
        {status !== 'ended' && <OfflineToggle />}
        {status === 'ended' && (
          <button type="button" onClick={downloadCopy}>
            Download a copy
          </button>
        )}
      </div>
    </>
  );
}

// For a laptop about to leave the room's network: edits go on and merge when it reconnects.
function OfflineToggle() {
  const paused = useLive((s) => s.paused);
  const connection = useLive((s) => s.connection);
  const toggle = () => {
    if (paused) connection?.resume();
    else connection?.pause();
    useLive.setState({ paused: !paused });
  };
  return (
    <button type="button" onClick={toggle}>
      {paused ? 'Reconnect' : 'Work offline'}
    </button>
  );
}

function downloadCopy(): void {
  const document = useMapStore.getState().doc.current;
  const host = fileHost();
  if (document && host) void host.exportFile(fileText(document), useLive.getState().fileName);
}
