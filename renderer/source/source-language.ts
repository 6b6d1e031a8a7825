// The pane's YAML language, chosen by the text's size. Maps of ordinary size get lang-yaml's full
// parser. A large map (a 2,000-node file is ~20,000 lines) gets the line-based YAML mode of
// @codemirror/legacy-modes instead: its parse stops at the end of the lines in view, so a keystroke
// re-reads the lines from it to the view's end, where the full parser goes on through the rest of the
// file in idle-time slices of 25–100 ms, long tasks in the middle of typing. Both colour keys,
// strings, numbers and comments alike; nothing in the pane reads the syntax tree.
import { yaml } from '@codemirror/lang-yaml';
import { StreamLanguage } from '@codemirror/language';
import { yaml as yamlLines } from '@codemirror/legacy-modes/mode/yaml';
import { Compartment, EditorState, type Extension } from '@codemirror/state';

/** Above this many lines the pane takes the line-based language. */
export const LARGE_TEXT_LINES = 5000;
/** Below this many it goes back to the full one (a gap, so that typing near the limit does not switch back and forth). */
export const ORDINARY_TEXT_LINES = 4000;

export const fullYaml = yaml();
export const lineBasedYaml = StreamLanguage.define(yamlLines);

/** The language for `lines` of text, when the pane holds `current` now. */
export function languageFor(lines: number, current: Extension): Extension {
  if (lines > LARGE_TEXT_LINES) return lineBasedYaml;
  if (lines < ORDINARY_TEXT_LINES) return fullYaml;
  return current;
}

/** The language, switched in the same transaction as the change that takes the text across a limit. */
export function sourceLanguage(): Extension {
  const language = new Compartment();
  return [
    language.of(fullYaml),
    EditorState.transactionExtender.of((tr) => {
      if (!tr.docChanged) return null;
      const current = language.get(tr.startState) ?? fullYaml;
      const next = languageFor(tr.newDoc.lines, current);
      return next === current ? null : { effects: language.reconfigure(next) };
    }),
  ];
}
