// The map's YAML beside the canvas (toolbar **Source**), editable, in CodeMirror 6 with the YAML
// language, completion and hover from the schema, and the core's diagnostics inline.
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Diagnostic } from '../../core/model/types.ts';
import { useMapStore } from '../store/store.ts';
import { schemaCompletion, schemaHover } from './schema-assist.ts';
import { sourceLanguage } from './source-language.ts';
import { attachSourceSync, type SourceSync } from './source-sync.ts';
import { toggleSourcePane, useSourcePane } from './source-state.ts';
import './source.css';

export function SourcePane() {
  const open = useSourcePane((s) => s.open);
  const loaded = useMapStore((s) => s.doc.current !== null);
  return open && loaded ? <SourceEditor /> : null;
}

function SourceEditor() {
  const host = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<Diagnostic[]>([]);
  // Written straight into its element: a React state would re-render the pane on every key.
  const cursor = useRef<HTMLSpanElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!host.current) return;
    const sync: { current?: SourceSync } = {};
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({ doc: '', extensions: [editorExtensions(sync), cursorReport(cursor)] }),
    });
    sync.current = attachSourceSync(view, { errors: setErrors, notice: setNotice });
    return () => {
      sync.current?.detach();
      view.destroy();
    };
  }, []);
  return (
    <section className="source-pane" aria-label="Source">
      <header>
        <h2>Source</h2>
        <span className="source-state">
          {errors.length > 0
            ? `${errors.length} error${errors.length > 1 ? 's' : ''}: the canvas shows the last valid map`
            : 'in step with the canvas'}
        </span>
        <span className="source-cursor" aria-label="Cursor position" ref={cursor} />
        <button type="button" onClick={toggleSourcePane} aria-label="Close the source pane">
          ×
        </button>
      </header>
      {notice && (
        <p className="source-notice" role="status">
          {notice}
        </p>
      )}
      <div className="source-editor" ref={host} />
      {errors.length > 0 && (
        <ul className="source-errors" aria-label="Source errors">
          {errors.slice(0, 20).map((e, i) => (
            <li key={i}>
              <span className="source-at">
                {e.line}:{e.column}
              </span>{' '}
              <code>{e.rule}</code> {e.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `Ln 12, Col 5` of the cursor, as editors show it. */
function cursorReport(shown: RefObject<HTMLSpanElement | null>) {
  return EditorView.updateListener.of((u) => {
    if ((!u.selectionSet && !u.docChanged) || !shown.current) return;
    const head = u.state.selection.main.head;
    const line = u.state.doc.lineAt(head);
    shown.current.textContent = `Ln ${line.number}, Col ${head - line.from + 1}`;
  });
}

function editorExtensions(sync: { current?: SourceSync }) {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    highlightActiveLine(),
    indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    sourceLanguage(),
    autocompletion({ override: [schemaCompletion] }),
    schemaHover,
    lintGutter(),
    // The store's history is the only one: undo in the pane undoes the last edit on either side.
    keymap.of([
      { key: 'Mod-z', run: () => sync.current?.undo() ?? false, preventDefault: true },
      { key: 'Mod-Shift-z', run: () => sync.current?.redo() ?? false, preventDefault: true },
      { key: 'Mod-y', run: () => sync.current?.redo() ?? false, preventDefault: true },
      ...completionKeymap,
      ...lintKeymap,
      ...defaultKeymap,
      indentWithTab,
    ]),
    EditorView.updateListener.of((u) => sync.current?.onUpdate(u)),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': 'Map source' }),
  ];
}
