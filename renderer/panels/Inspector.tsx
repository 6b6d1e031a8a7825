// The inspector: with one node selected, that node's fields; with nothing selected, the map's own
// settings. Each change is one core operation; when the core refuses it, its messages show here
// and the map stays as it was. The field groups live in small components (inspector/, settings/)
// so new groups can be added beside them.
import { useMapStore } from '../store/store.ts';
import { nodeById } from '../canvas/geometry.ts';
import { NodeFields } from './inspector/NodeFields.tsx';
import { MapSettings } from './settings/MapSettings.tsx';
import { Questionnaire } from './Questionnaire.tsx';
import { rehearseToo } from '../store/edit-rehearsal.ts';
import { rehearseInspector } from './inspector/drop-rehearsal.tsx';

rehearseToo(rehearseInspector);

export function Inspector() {
  const selected = useMapStore((s) => s.selection.ids);
  const id = selected.size === 1 ? [...selected][0] : undefined;
  const node = useMapStore((s) => (id ? nodeById(s, id) : undefined));
  const title = id && node ? 'Inspector' : selected.size > 1 ? 'Inspector' : 'Map settings';
  return (
    <section className="panel inspector" aria-label={title}>
      <h2>{title}</h2>
      <EditErrors />
      {id && node ? (
        <>
          <NodeFields key={id} id={id} node={node} />
          <Questionnaire key={`questionnaire-${id}`} id={id} node={node} />
        </>
      ) : selected.size > 1 ? (
        <p className="hint">{selected.size} nodes selected</p>
      ) : (
        <MapSettings />
      )}
    </section>
  );
}

function EditErrors() {
  const errors = useMapStore((s) => s.ui.editErrors);
  if (errors.length === 0) return null;
  return (
    <ul className="edit-errors" role="alert">
      {errors.map((e, i) => (
        <li key={i}>{e.message}</li>
      ))}
    </ul>
  );
}
