// A file that does not load is shown as its errors with line and column, never as a blank
// canvas; there is nothing to save from here, so the file cannot be overwritten.
import type { Diagnostic } from '../../core/model/types.ts';

export function ParseErrorView({
  fileName,
  errors,
  onOpen,
}: {
  fileName: string;
  errors: Diagnostic[];
  onOpen(): void;
}) {
  return (
    <section className="parse-errors" role="alert" aria-label="Map could not be loaded">
      <h2>{fileName} could not be loaded</h2>
      <p>Fix these in a text editor, then open the file again. Mapwright will not save over it.</p>
      <ol>
        {errors.map((e, i) => (
          <li key={i}>
            <code>
              {fileName}:{e.line}:{e.column}
            </code>{' '}
            {e.message} <span className="rule">({e.rule})</span>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onOpen}>
        Open another map…
      </button>
    </section>
  );
}
