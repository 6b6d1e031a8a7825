// The commits that touched the open file (git, through the host). Choosing one draws that version
// as ghosts behind the map and lists what changed since; "Working copy vs HEAD" compares the
// unsaved document with the newest commit.
import { useEffect, useMemo } from 'react';
import { diffMaps } from '../../core/diff/diff.ts';
import { changeCount } from '../../core/diff/model.ts';
import { changeLines } from '../../core/diff/render-text.ts';
import type { HistoryEntry, MapwrightHost } from '../../core/host/contract.ts';
import { useMapStore } from '../store/store.ts';
import { clearComparison, compareWith, loadHistory, useHistoryStore, WORKING_COPY } from './history-store.ts';
import './history.css';

export function HistoryPanel({ host }: { host: MapwrightHost }) {
  const token = useMapStore((s) => s.doc.token);
  const entries = useHistoryStore((s) => s.entries);
  const loading = useHistoryStore((s) => s.loading);
  const chosen = useHistoryStore((s) => s.comparison?.key ?? null);
  const problem = useHistoryStore((s) => s.problem);
  useEffect(() => {
    void loadHistory(host, token);
  }, [host, token]);
  const choose = (key: string) => void compareWith(host, key);
  return (
    <section className="panel history" aria-label="History">
      <h2>
        History
        {entries.length > 0 && <span className="count">{entries.length}</span>}
        <button
          type="button"
          className="history-refresh"
          title="Read the history again"
          onClick={() => void loadHistory(host, token)}
        >
          ↻
        </button>
      </h2>
      {entries.length === 0 ? (
        <p className="hint">{loading ? 'Reading history…' : 'No git history for this file.'}</p>
      ) : (
        <ul className="history-list">
          <EntryButton
            keyName={WORKING_COPY}
            chosen={chosen}
            onChoose={choose}
            title="Working copy vs HEAD"
            detail="unsaved changes and edits since the last commit"
          />
          {entries.map((e) => (
            <EntryButton
              key={e.hash}
              keyName={e.hash}
              chosen={chosen}
              onChoose={choose}
              title={e.subject}
              detail={entryDetail(e)}
            />
          ))}
        </ul>
      )}
      {problem && (
        <p className="history-problem" role="alert">
          {problem}
        </p>
      )}
      <ComparisonSummary />
    </section>
  );
}

function EntryButton(props: {
  keyName: string;
  chosen: string | null;
  onChoose: (key: string) => void;
  title: string;
  detail: string;
}) {
  const active = props.chosen === props.keyName;
  return (
    <li>
      <button
        type="button"
        className={`history-entry${active ? ' active' : ''}`}
        data-history-entry={props.keyName}
        aria-pressed={active}
        onClick={() => props.onChoose(props.keyName)}
      >
        <span className="history-subject">{props.title}</span>
        <span className="history-detail">{props.detail}</span>
      </button>
    </li>
  );
}

function entryDetail(e: HistoryEntry): string {
  const day = e.date.slice(0, 10);
  return `${e.short} · ${day} · ${e.author}`;
}

/** What changed since the chosen version, in the same words as `mapwright diff`. */
function ComparisonSummary() {
  const comparison = useHistoryStore((s) => s.comparison);
  const map = useMapStore((s) => s.doc.current?.map);
  const diff = useMemo(() => (comparison && map ? diffMaps(comparison.base, map) : null), [comparison, map]);
  if (!comparison || !diff) return null;
  const n = changeCount(diff);
  return (
    <div className="history-comparison" data-comparison={comparison.key}>
      <p>
        <strong>
          {n} change{n === 1 ? '' : 's'}
        </strong>{' '}
        since {comparison.label}{' '}
        <button type="button" onClick={clearComparison}>
          Clear
        </button>
      </p>
      <ul className="history-changes">
        {changeLines(diff, (name) => name).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
