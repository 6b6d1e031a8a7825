// The toolbar's **Source** button (shortcut Y): opens the map's YAML beside the canvas.
import { toggleSourcePane, useSourcePane } from './source-state.ts';

export function SourceToggle() {
  const open = useSourcePane((s) => s.open);
  return (
    <button type="button" onClick={toggleSourcePane} aria-pressed={open} title="The map's YAML beside the canvas (Y)">
      Source
    </button>
  );
}
