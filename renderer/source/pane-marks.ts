// What the source pane marks in its text and says above it: the errors of text that does not
// load (at once), and the doctrine warnings of the map it holds (once typing pauses).
import { setDiagnostics } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import type { MapDocument } from '../../core/format/parse.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { DOCTRINE_PAUSE_MS, findingsOffThread } from '../store/doctrine-findings.ts';
import { whenBuilt } from '../store/warm-for-edits.ts';
import { doctrineDiagnostics, errorDiagnostics } from './source-diagnostics.ts';

export interface SourceReport {
  errors(errors: Diagnostic[]): void;
  /** A word about the pane and the map (null clears it). */
  notice(text: string | null): void;
}

export interface PaneMarks {
  /** The text loads as `document`: error marks go at once, its doctrine warnings follow later. */
  loaded(document: MapDocument): void;
  errors(errors: Diagnostic[]): void;
  /** Typing goes on: a doctrine check waiting for a pause waits again. */
  typing(): void;
  detach(): void;
}

export function paneMarks(view: EditorView, report: SourceReport, paneText: () => string): PaneMarks {
  let doctrineTimer: ReturnType<typeof setTimeout> | undefined;
  let detached = false;
  let marksErrors = false;
  const showDoctrine = (document: MapDocument) => {
    clearTimeout(doctrineTimer);
    // Checked in the map worker once typing pauses, shown only if the pane still holds that map.
    // The warnings panel asks the same worker for the same map: a request of ours it overtook is
    // asked again, and then usually answered from the panel's result.
    doctrineTimer = setTimeout(() => {
      void findingsOffThread(document).then((findings) => {
        if (detached || paneText() !== document.text) return;
        if (!findings) return showDoctrine(document);
        // The warnings sit over their nodes' lines, read from the map's yaml Document: one still
        // being built (a map just opened or pasted) is waited for in short tasks, not built here in
        // one piece (most of a second at 2,000 nodes).
        whenBuilt(document, () => {
          if (detached || paneText() !== document.text) return;
          view.dispatch(setDiagnostics(view.state, doctrineDiagnostics(view.state.doc, document, findings)));
        });
      });
    }, DOCTRINE_PAUSE_MS);
  };
  return {
    loaded(document) {
      // Only a change re-renders the pane's header: most commits had no errors to clear.
      if (marksErrors) {
        view.dispatch(setDiagnostics(view.state, []));
        report.errors([]);
      }
      marksErrors = false;
      report.notice(null);
      showDoctrine(document);
    },
    errors(errors) {
      marksErrors = true;
      view.dispatch(setDiagnostics(view.state, errorDiagnostics(view.state.doc, errors)));
      report.errors(errors);
    },
    typing: () => clearTimeout(doctrineTimer),
    detach() {
      detached = true;
      clearTimeout(doctrineTimer);
    },
  };
}
