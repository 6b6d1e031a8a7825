// The pane colours a map of ordinary size with lang-yaml's full parser and a large one with the
// line-based YAML mode (its parse stops at the lines in view): the switch follows the text's size
// as it is typed or loaded, and both colour the same things.
import { ensureSyntaxTree, language } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { classHighlighter, highlightTree } from '@lezer/highlight';
import { describe, expect, it } from 'vitest';
import {
  fullYaml,
  LARGE_TEXT_LINES,
  lineBasedYaml,
  ORDINARY_TEXT_LINES,
  sourceLanguage,
} from '../../../renderer/source/source-language.ts';

/** A map text of about `lines` lines: five per node. */
function mapText(lines: number): string {
  const nodes = Array.from(
    { length: Math.ceil(lines / 5) },
    (_, i) =>
      `  n${i}:\n    kind: component\n    name: "Node ${i}" # said in the workshop\n    evolution: 0.5\n    visibility: 0.5`,
  );
  return `version: 1\nnodes:\n${nodes.join('\n')}\n`;
}

function withText(state: EditorState, text: string): EditorState {
  return state.update({ changes: { from: 0, to: state.doc.length, insert: text } }).state;
}

/** The highlight classes the pane gives each token of line `n`, as `text:class` words. */
function coloured(state: EditorState, n: number): string[] {
  const tree = ensureSyntaxTree(state, state.doc.length, 10_000);
  const line = state.doc.line(n);
  const out: string[] = [];
  if (tree)
    highlightTree(
      tree,
      classHighlighter,
      (from, to, cls) => out.push(`${state.sliceDoc(from, to)}:${cls}`),
      line.from,
      line.to,
    );
  return out;
}

describe('the source pane’s YAML language', () => {
  const empty = EditorState.create({ doc: '', extensions: [sourceLanguage()] });

  it('is the full parser for a map of ordinary size', () => {
    const state = withText(empty, mapText(400));
    expect(state.facet(language)).toBe(fullYaml.language);
  });

  it('is the line-based mode for a large map, and back to the full parser once the text is short again', () => {
    const large = withText(empty, mapText(LARGE_TEXT_LINES + 500));
    expect(large.doc.lines).toBeGreaterThan(LARGE_TEXT_LINES);
    expect(large.facet(language)).toBe(lineBasedYaml);
    // Between the two limits the language stays what it was: typing near the limit does not switch.
    const between = withText(large, mapText(ORDINARY_TEXT_LINES + 300));
    expect(between.doc.lines).toBeLessThan(LARGE_TEXT_LINES);
    expect(between.facet(language)).toBe(lineBasedYaml);
    expect(withText(empty, mapText(ORDINARY_TEXT_LINES + 300)).facet(language)).toBe(fullYaml.language);
    expect(withText(between, mapText(300)).facet(language)).toBe(fullYaml.language);
  });

  it('colours keys, strings and comments in both', () => {
    for (const lines of [300, LARGE_TEXT_LINES + 500]) {
      const state = withText(empty, mapText(lines));
      // Line 4: `    kind: component`; line 5: `    name: "Node 0" # said in the workshop`.
      expect(coloured(state, 4).find((t) => t.trim().startsWith('kind:tok-'))).toBeDefined();
      const name = coloured(state, 5);
      expect(name.find((t) => t.trim().startsWith('name:tok-'))).toBeDefined();
      expect(name).toContain('"Node 0":tok-string');
      expect(name).toContain('# said in the workshop:tok-comment');
    }
  });
});
