// Doctrine findings of a map document, computed once per document and shared by every view that
// shows them (the warnings panel, the source pane's warnings). The panel checks the map only once
// edits pause, and in the map worker (renderer/worker): on a 2,000-node map a check costs tens to
// hundreds of milliseconds, which must not block a drop, a keystroke or the first paint of a map.
import { startTransition, useEffect, useMemo, useState } from 'react';
import { checkDocument } from '../../core/doctrine/index.ts';
import type { MapDocument } from '../../core/format/parse.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { latestOffThread } from '../worker/map-worker-client.ts';
import { useMapStore } from './store.ts';

/** How long the map must stay still before the panel checks it again. */
export const DOCTRINE_PAUSE_MS = 400;

const findingsOf = new WeakMap<MapDocument, Diagnostic[]>();

/** The findings of `document`, checked here on the main thread if no one has checked it yet. */
export function doctrineFindings(document: MapDocument): Diagnostic[] {
  let findings = findingsOf.get(document);
  if (!findings) {
    findings = checkDocument(document);
    findingsOf.set(document, findings);
  }
  return findings;
}

/** The findings of `document` if they are known already (checked here or in the worker). */
export function knownFindings(document: MapDocument): Diagnostic[] | undefined {
  return findingsOf.get(document);
}

const checkInWorker = latestOffThread();

/**
 * The findings of `document`, checked in the map worker (its text parsed and checked there; the
 * lines are those of the same text). Null when a newer request overtook this one. A document the
 * worker cannot read (never expected: every document loads) is checked here instead.
 */
export async function findingsOffThread(document: MapDocument): Promise<Diagnostic[] | null> {
  const known = findingsOf.get(document);
  if (known) return known;
  const result = await checkInWorker(document.text, { check: true });
  if (result === null) return null;
  const findings = result.ok && result.findings ? result.findings : doctrineFindings(document);
  findingsOf.set(document, findings);
  return findings;
}

/** The findings of the current map once edits have paused (those of the map checked last until then). */
export function useSettledDoctrine(): Diagnostic[] {
  const document = useMapStore((s) => s.doc.current);
  const [checked, setChecked] = useState<{ document: MapDocument; findings: Diagnostic[] } | null>(null);
  useEffect(() => {
    if (!document || document === checked?.document) return;
    let live = true;
    const known = findingsOf.get(document);
    const timer = setTimeout(
      () =>
        void findingsOffThread(document).then((findings) => {
          // A transition: a large map's first check brings thousands of findings, whose elements
          // rendered in one task blocked typing begun meanwhile for 50-90 ms; React renders a
          // transition in short slices between keystrokes.
          if (live && findings) startTransition(() => setChecked({ document, findings }));
        }),
      known ? 0 : DOCTRINE_PAUSE_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [document, checked]);
  const findings = document ? checked?.findings : undefined;
  return useMemo(() => findings ?? [], [findings]);
}
