// Doctrine findings of a map document, computed once per document and shared by every view that
// shows them (the warnings panel, the source pane's warnings): on a 2,000-node map a check costs
// tens of milliseconds, so two views must not each pay it on every edit, and the panel checks the
// map only once edits pause, so a typist or a run of quick-entry statements never waits for it.
import { useEffect, useMemo, useState } from 'react';
import { checkDocument } from '../../core/doctrine/index.ts';
import type { MapDocument } from '../../core/format/parse.ts';
import type { Diagnostic } from '../../core/model/types.ts';
import { useMapStore } from './store.ts';

/** How long the map must stay still before the panel checks it again. */
export const DOCTRINE_PAUSE_MS = 400;

const findingsOf = new WeakMap<MapDocument, Diagnostic[]>();

export function doctrineFindings(document: MapDocument): Diagnostic[] {
  let findings = findingsOf.get(document);
  if (!findings) {
    findings = checkDocument(document);
    findingsOf.set(document, findings);
  }
  return findings;
}

/** The findings of the current map once edits have paused (those of the map before until then). */
export function useSettledDoctrine(): Diagnostic[] {
  const document = useMapStore((s) => s.doc.current);
  const [checked, setChecked] = useState(document);
  useEffect(() => {
    if (document === checked) return;
    const timer = setTimeout(
      () => setChecked(document),
      findingsOf.has(document as MapDocument) ? 0 : DOCTRINE_PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [document, checked]);
  return useMemo(() => (checked ? doctrineFindings(checked) : []), [checked]);
}
