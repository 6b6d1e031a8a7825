// Rename in place: an input over the label; Enter or leaving the field renames, Escape cancels.
import { useEffect, useRef } from 'react';
import { renameNode } from '../store/edits.ts';
import { useMapStore } from '../store/store.ts';
import { focusNode } from './map-keyboard.ts';

export function RenameField({ id, name, x, y }: { id: string; name: string; x: number; y: number }) {
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    if (value === null) useMapStore.setState((s) => ({ ui: { ...s.ui, renaming: null, fresh: null } }));
    else renameNode(id, value);
    // Keyboard work goes on at the node (its id may have changed with its first name).
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const selected = useMapStore.getState().selection.ids.values().next().value;
      focusNode(selected ?? id);
    });
  };
  return (
    <foreignObject x={x - 4} y={y - 22} width={320} height={36}>
      <input
        ref={ref}
        className="rename-field"
        aria-label="Node name"
        defaultValue={name}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') finish(e.currentTarget.value);
          if (e.key === 'Escape') finish(null);
        }}
        onBlur={(e) => finish(e.currentTarget.value)}
        onDoubleClick={(e) => e.stopPropagation()}
      />
    </foreignObject>
  );
}
