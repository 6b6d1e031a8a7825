// Doctrine warnings of the map, computed from the document once edits pause (never stored), with
// counts by severity, grouped by rule or by node; clicking one selects its node. While drafting a
// map most findings are about what is not drawn yet, so the panel can show errors only.
import { nodeOf } from '../../core/model/node-table.ts';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Diagnostic, Severity, WardleyMap } from '../../core/model/types.ts';
import { useSettledDoctrine } from '../store/doctrine-findings.ts';
import { useMapStore } from '../store/store.ts';
import {
  countWords,
  groupFindings,
  sameGroupShown,
  sameShown,
  SEVERITY_WORDS,
  type FindingGroup,
  type GroupBy,
} from './doctrine-groups.ts';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Up to this many findings, every group starts open. */
const OPEN_UP_TO = 8;

/**
 * The panel follows an edit in a deferred render, after the frame that paints the edit. Grouped by
 * rule it does not read the nodes at all, so an edit that leaves the findings as they were (a drop,
 * until the map is checked again once edits pause) leaves the panel's render as it was; grouped by
 * node, the groups' titles (node names) follow in that deferred render. A drop's own task renders
 * this shell alone.
 */
export function WarningsPanel() {
  const [by, setBy] = useState<GroupBy>('rule');
  const all: Diagnostic[] = useDeferredValue(useSettledDoctrine());
  const live = useMapStore((s) => (by === 'node' ? s.doc.current?.map : undefined));
  // Just grouped by node, the names are there at once (no deferred render showing ids first).
  const map = useDeferredValue(live) ?? live;
  return <Warnings all={all} map={map} by={by} setBy={setBy} />;
}

interface WarningsProps {
  all: Diagnostic[];
  /** The map when grouped by node (its nodes' names title the groups). */
  map: WardleyMap | undefined;
  by: GroupBy;
  setBy(by: GroupBy): void;
}

const Warnings = memo(function Warnings({ all, map, by, setBy }: WarningsProps) {
  const [errorsOnly, setErrorsOnly] = useState(false);
  const findings = useMemo(() => (errorsOnly ? all.filter((f) => f.severity === 'error') : all), [all, errorsOnly]);
  const groups = useMemo(
    () => groupFindings(findings, by, (id) => (map && nodeOf(map, id)?.name) ?? id),
    [findings, by, map],
  );
  const hidden = all.length - findings.length;
  return (
    <section className="panel warnings" aria-label="Doctrine warnings">
      <h2>
        Doctrine{' '}
        {SEVERITIES.map((sev) => {
          const n = all.filter((f) => f.severity === sev).length;
          const word = SEVERITY_WORDS[sev].toLowerCase();
          return (
            <span key={sev} className={`count count-${sev}`} data-severity={sev}>
              {n} {n === 1 ? word : `${word}s`}
            </span>
          );
        })}
      </h2>
      <div className="doctrine-controls">
        <label>
          Group by{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as GroupBy)}>
            <option value="rule">rule</option>
            <option value="node">node</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.target.checked)} /> Errors only
          while drafting
        </label>
      </div>
      {hidden > 0 && (
        <p className="hint" role="status">
          {countWords(all.filter((f) => f.severity !== 'error'))} hidden while drafting.
        </p>
      )}
      <div className="doctrine-groups">
        {groups.map((g) => (
          <Group key={`${by}:${g.key}`} group={g} by={by} open={findings.length <= OPEN_UP_TO} />
        ))}
      </div>
    </section>
  );
});

interface GroupProps {
  group: FindingGroup;
  by: GroupBy;
  open: boolean;
}

/**
 * Re-rendered only when it would read differently: every check after an edit (a drop, a typed key)
 * brings new finding objects, and a large map's group of 1,800 findings took a long task to render
 * again after each drop although it read the same.
 */
const Group = memo(
  function Group({ group, by, open }: GroupProps) {
    return (
      <details className={`finding-group finding-${group.worst}`} open={open}>
        <summary>
          <span className={by === 'rule' ? 'rule' : 'group-node'}>{group.title}</span>{' '}
          <span className="group-count">({countWords(group.findings)})</span>
        </summary>
        <ul>
          {group.findings.map((f, i) => (
            <Finding key={i} finding={f} by={by} />
          ))}
        </ul>
      </details>
    );
  },
  (a: GroupProps, b: GroupProps) => a.by === b.by && a.open === b.open && sameGroupShown(a.group, b.group),
);

interface FindingProps {
  finding: Diagnostic;
  by: GroupBy;
}

/** One finding; a group whose one finding changed re-renders that one alone. */
const Finding = memo(
  function Finding({ finding: f, by }: FindingProps) {
    return (
      <li className={`finding finding-${f.severity}`}>
        <button
          type="button"
          disabled={!f.node}
          onClick={() => f.node && useMapStore.setState({ selection: { ids: new Set([f.node]) } })}
        >
          <span className="severity-word">{SEVERITY_WORDS[f.severity]}:</span> {f.message}
          {by === 'node' && <span className="rule"> ({f.rule})</span>}
        </button>
      </li>
    );
  },
  (a: FindingProps, b: FindingProps) => a.by === b.by && sameShown(a.finding, b.finding),
);
