// File → "Share live session…": choose who can reach the session (this computer, one network,
// all of them) and whether participants may edit, start it, then hand out the link (text, copy
// button, QR code). The dialog also ends the session.
import { useEffect, useRef } from 'react';
import { Dialog } from '../panels/Dialog.tsx';
import { fileHost } from '../store/files.ts';
import { QrCode } from './QrCode.tsx';
import {
  chooseShareOptions,
  closeShareDialog,
  endSharing,
  startSharing,
  useShareDialog,
  type ShareDialogState,
} from './share-state.ts';

export function ShareDialog() {
  const state = useShareDialog();
  const first = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (state.open) first.current?.focus();
  }, [state.open, state.session, state.interfaces.length]);
  if (!state.open) return null;
  return (
    <Dialog onClose={closeShareDialog} labelledBy="share-title" className="overlay-card share-dialog">
      <h2 id="share-title">Share live session</h2>
      {state.session ? <RunningSession state={state} first={first} /> : <StartForm state={state} first={first} />}
      {state.error && (
        <p className="share-error" role="alert">
          {state.error}
        </p>
      )}
    </Dialog>
  );
}

type Props = { state: ShareDialogState; first: React.RefObject<HTMLElement | null> };

function StartForm({ state, first }: Props) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void startSharing();
      }}
    >
      <p>Everyone with the link edits this map in their browser; the file is written as they go.</p>
      {state.interfaces.length === 0 ? (
        <p className="share-field">{state.busy ? 'Looking up the networks of this computer…' : ''}</p>
      ) : (
        <label className="share-field">
          Who can join
          <select
            ref={(el) => {
              first.current = el;
            }}
            value={state.interfaceId}
            onChange={(e) => chooseShareOptions({ interfaceId: e.target.value })}
            disabled={state.busy}
          >
            {state.interfaces.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="share-check">
        <input
          type="checkbox"
          checked={state.readOnly}
          onChange={(e) => chooseShareOptions({ readOnly: e.target.checked })}
          disabled={state.busy}
        />
        Read-only: people watch, nobody edits
      </label>
      <div className="dialog-buttons">
        <button type="button" onClick={closeShareDialog}>
          Cancel
        </button>
        <button type="submit" disabled={state.busy || state.interfaces.length === 0}>
          {state.busy ? 'Starting…' : 'Start session'}
        </button>
      </div>
    </form>
  );
}

function RunningSession({ state, first }: Props) {
  const session = state.session!;
  const copy = (text: string) => void navigator.clipboard?.writeText(text).catch(() => undefined);
  return (
    <>
      <p>
        The session is running{session.readOnly ? ', read-only' : ''}. Who can join: {session.interfaceLabel}. Hand out
        this link:
      </p>
      <p className="share-link">
        <input
          ref={(el) => {
            first.current = el;
          }}
          readOnly
          aria-label="Session link"
          value={session.joinUrl}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => copy(session.joinUrl)}>
          Copy
        </button>
      </p>
      <QrCode text={session.joinUrl} label={`QR code of ${session.joinUrl}`} />
      {!session.readOnly && (
        <p className="share-view">
          Watch-only link: <code>{session.viewUrl}</code>
        </p>
      )}
      <p className="share-note">
        {fileHost()?.kind === 'browser'
          ? 'The file is written about a second after each change. Join in this tab to edit with the others.'
          : 'The file is written about a second after each change; this window reloads it while it has no unsaved changes, and what you save here is merged into the session. Open the link in a browser to edit with presence.'}
      </p>
      <div className="dialog-buttons">
        {fileHost()?.kind === 'browser' && (
          <button type="button" onClick={() => window.location.assign(session.joinUrl)}>
            Join in this tab
          </button>
        )}
        <button type="button" className="danger" onClick={() => void endSharing()} disabled={state.busy}>
          End session
        </button>
        <button type="button" onClick={closeShareDialog}>
          Close
        </button>
      </div>
    </>
  );
}
