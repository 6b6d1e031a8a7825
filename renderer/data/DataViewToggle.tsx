// The toolbar's **Data** button: the data view (flows of sensitive data) on or off.
import { toggleDataView, useDataView } from './data-view.ts';
import './data.css';

export function DataViewToggle() {
  const on = useDataView((s) => s.on);
  return (
    <button type="button" onClick={toggleDataView} aria-pressed={on} title="Where sensitive data is held and flows">
      Data
    </button>
  );
}
