// The `?` overlay: the shortcut table the keyboard handler runs, so the two cannot disagree.
import { SHORTCUTS } from '../shortcuts.ts';
import { useMapStore } from '../store/store.ts';

export function HelpOverlay() {
  const close = () => useMapStore.setState((s) => ({ ui: { ...s.ui, help: false } }));
  return (
    <div className="overlay" role="dialog" aria-label="Keyboard shortcuts" onClick={close}>
      <div className="overlay-card" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th>{s.keys}</th>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}
