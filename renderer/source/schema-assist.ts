// Completion and hover in the source pane, from schema/map.schema.json: keys where a key goes,
// enum values and booleans where a value goes, node ids in `uses`, `inside` and annotation
// `nodes`; hovering a key shows the schema's description of it.
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { useMapStore } from '../store/store.ts';
import { descriptionAt, keysAt, refersToNodes, valuesAt } from './schema-help.ts';
import { pathAbove, spotOnLine } from './yaml-cursor.ts';

function nodeIds(): string[] {
  return Object.keys(useMapStore.getState().doc.current?.map.nodes ?? {});
}

export function schemaCompletion(context: CompletionContext): CompletionResult | null {
  // Read from the editor's lines around the cursor: the text above it may be a whole large map.
  const { doc } = context.state;
  const line = doc.lineAt(context.pos);
  const spot = spotOnLine(
    (i) => doc.line(i + 1).text,
    line.number - 1,
    doc.sliceString(line.from, context.pos),
    context.pos,
  );
  if (spot.at === 'key') {
    const keys = keysAt(spot.path);
    if (keys.length === 0 || (spot.typed === '' && !context.explicit)) return null;
    return {
      from: spot.from,
      options: keys.map((k) => ({
        label: k.key,
        apply: `${k.key}: `,
        type: 'property',
        info: k.description || undefined,
      })),
      validFor: /^[\w-]*$/,
    };
  }
  const ids = refersToNodes(spot.path) ? nodeIds() : [];
  const values = ids.length > 0 ? ids : valuesAt(spot.path);
  if (values.length === 0) return null;
  const type = ids.length > 0 ? 'variable' : 'enum';
  return { from: spot.from, options: values.map((v) => ({ label: v, type })), validFor: /^[\w-]*$/ };
}

export const schemaHover = hoverTooltip((view, pos): Tooltip | null => {
  const line = view.state.doc.lineAt(pos);
  const key = /^(\s*)(- +)?([A-Za-z0-9_$.-]+)\s*:/.exec(line.text);
  if (!key) return null;
  const keyStart = line.from + (key[1] ?? '').length + (key[2] ?? '').length;
  const keyEnd = keyStart + (key[3] ?? '').length;
  if (pos < keyStart || pos > keyEnd) return null;
  const lineAt = (i: number) => view.state.doc.line(i + 1).text;
  const indent = (key[1] ?? '').length;
  const above = line.number - 1;
  const parent = key[2] ? [...pathAbove(lineAt, above, indent), 0] : pathAbove(lineAt, above, indent);
  const description = descriptionAt([...parent, key[3] ?? '']);
  if (!description) return null;
  return {
    pos: keyStart,
    end: keyEnd,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'source-hover';
      dom.textContent = description;
      return { dom };
    },
  };
});
