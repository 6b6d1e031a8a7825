// The `?` overlay: the shortcut table the keyboard handler runs, so the two cannot disagree.
import { SHORTCUTS } from '../shortcuts.ts';
import { useMapStore } from '../store/store.ts';
import { Dialog } from './Dialog.tsx';

export function HelpOverlay() {
  const close = () => useMapStore.setState((s) => ({ ui: { ...s.ui, help: false } }));
  return (
    <Dialog onClose={close} labelledBy="help-title" className="overlay-card" closeOnBackdrop>
      <h2 id="help-title">Keyboard shortcuts</h2>
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
    </Dialog>
  );
}
