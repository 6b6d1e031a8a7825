// The map's own settings, shown when nothing is selected: title and description, the evolution
// axis's stages, deployment settings and annotations. Every change is one named core operation.
import * as settings from '../../../core/model/map-settings.ts';
import { applyEdit } from '../../store/edits.ts';
import { useMapStore } from '../../store/store.ts';
import { TextField } from '../fields.tsx';
import { AnnotationsFields } from './AnnotationsFields.tsx';
import { DeploymentSettingsFields } from './DeploymentSettingsFields.tsx';
import { StageFields } from './StageFields.tsx';
import './settings.css';

export function MapSettings() {
  const map = useMapStore((s) => s.doc.current?.map);
  if (!map) return null;
  return (
    <div className="fields map-settings">
      <p className="hint">Select a node to edit it; these are the map's own settings.</p>
      <TextField label="Title" value={map.title} onCommit={(v) => applyEdit((d) => settings.setMapTitle(d, v))} />
      <TextField
        label="Description"
        value={map.description ?? ''}
        multiline
        onCommit={(v) => applyEdit((d) => settings.setMapDescription(d, v))}
      />
      <StageFields stages={map.stages} />
      <DeploymentSettingsFields deployment={map.deployment} />
      <AnnotationsFields annotations={map.annotations} nodes={map.nodes} />
    </div>
  );
}
