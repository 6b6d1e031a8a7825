// The "Restore unsaved work?" dialog at start-up, and the bar that keeps a put-off draft in reach.
// Later never deletes anything; Discard first says what would be lost and asks once more.
import { useEffect, useRef } from 'react';
import { Dialog } from '../panels/Dialog.tsx';
import { fileHost } from '../store/files.ts';
import { useMapStore } from '../store/store.ts';
import { askDiscard, discardForGood, draftLoss, restoreDraft, restoreLater, useDraftOffer } from './draft-offer.ts';

export function DraftPrompt() {
  const offer = useDraftOffer((s) => s.offer);
  const confirming = useDraftOffer((s) => s.confirmingDiscard);
  const current = useMapStore((s) => s.doc.current);
  const token = useMapStore((s) => s.doc.token);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [offer, confirming]);
  if (!offer) return null;
  const changed = offer.baseChanged ? ' The file changed on disk since; restoring may overwrite that.' : '';
  return (
    <Dialog
      onClose={restoreLater}
      role="alertdialog"
      labelledBy="draft-prompt-title"
      describedBy="draft-prompt-text"
      className="overlay-card draft-prompt"
    >
      <h2 id="draft-prompt-title">{confirming ? 'Discard unsaved work?' : 'Restore unsaved work?'}</h2>
      {confirming ? (
        <p id="draft-prompt-text">{draftLoss(offer, current, token)} This cannot be undone.</p>
      ) : (
        <p id="draft-prompt-text">
          Unsaved work on {offer.name} from {offer.savedAt} was kept.{changed}
        </p>
      )}
      <div className="dialog-buttons">
        {confirming ? (
          <>
            <button ref={first} type="button" onClick={restoreLater}>
              Keep it
            </button>
            <button type="button" className="danger" onClick={() => void discardForGood(fileHost())}>
              Discard for good
            </button>
          </>
        ) : (
          <>
            <button ref={first} type="button" onClick={restoreDraft}>
              Restore
            </button>
            <button type="button" onClick={restoreLater}>
              Later
            </button>
            <button type="button" onClick={askDiscard}>
              Discard…
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}

/** After "Later": the draft stays one click away until it is restored or discarded. */
export function WaitingDraftBar() {
  const waiting = useDraftOffer((s) => s.waiting);
  if (!waiting) return null;
  return (
    <div className="file-banner draft-waiting" role="status">
      <span>
        Unsaved work on {waiting.name} from {waiting.savedAt} is kept (autosave leaves it alone).
      </span>
      <button type="button" onClick={restoreDraft}>
        Restore
      </button>
      <button type="button" onClick={askDiscard}>
        Discard…
      </button>
    </div>
  );
}
