// Annotations: numbered notes on the map. Edit the text, kind and the nodes a note is about;
// add one (next to the selected nodes' place, or the middle of the map) or delete one.
import { useState } from 'react';
import * as settings from '../../../core/model/map-settings.ts';
import type { Annotation, WardleyMap } from '../../../core/model/types.ts';
import { applyEdit } from '../../store/edits.ts';
import { SelectField, TextField } from '../fields.tsx';

const KINDS = ['note', 'climate', 'gameplay', 'doctrine', 'risk'] as const;

export function AnnotationsFields({
  annotations,
  nodes,
}: {
  annotations: Annotation[] | undefined;
  nodes: WardleyMap['nodes'];
}) {
  const [text, setText] = useState('');
  const add = () => {
    const note = { text: text.trim(), evolution: 0.5, visibility: 0.5 };
    if (applyEdit((d) => settings.addAnnotation(d, note))) setText('');
  };
  return (
    <fieldset className="settings-group annotations-fields">
      <legend>Annotations</legend>
      <ol>
        {(annotations ?? []).map((a, i) => (
          <AnnotationFields key={i} index={i} annotation={a} nodes={nodes} />
        ))}
      </ol>
      <div className="field add-annotation">
        <input
          aria-label="New annotation text"
          placeholder="A note for the room"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button type="button" onClick={add} disabled={text.trim() === ''}>
          Add annotation
        </button>
      </div>
    </fieldset>
  );
}

function AnnotationFields({
  index,
  annotation,
  nodes,
}: {
  index: number;
  annotation: Annotation;
  nodes: WardleyMap['nodes'];
}) {
  const n = index + 1;
  const update = (patch: Partial<Annotation>) =>
    applyEdit((d) => settings.updateAnnotation(d, index, { ...annotation, ...patch }));
  const about = (annotation.nodes ?? []).map((id) => nodes[id]?.name ?? id).join(', ');
  return (
    <li className="annotation-item">
      <TextField label={`Annotation ${n}`} value={annotation.text} multiline onCommit={(v) => update({ text: v })} />
      <SelectField
        label={`Annotation ${n} kind`}
        value={annotation.kind ?? 'note'}
        options={KINDS.map((k) => [k, k] as const)}
        onChange={(v) => update({ kind: v === 'note' ? undefined : (v as Annotation['kind']) })}
      />
      <TextField
        label={`Annotation ${n} is about`}
        value={(annotation.nodes ?? []).join(', ')}
        onCommit={(v) => {
          const ids = v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          update({ nodes: ids.length > 0 ? ids : undefined });
        }}
      />
      {about && <p className="hint">About: {about}</p>}
      <button type="button" onClick={() => applyEdit((d) => settings.removeAnnotation(d, index))}>
        Delete annotation {n}
      </button>
    </li>
  );
}
