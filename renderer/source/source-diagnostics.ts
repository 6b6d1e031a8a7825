// The core's findings as editor diagnostics: parse and schema errors at their line and column
// (the same list `mapwright validate` prints), doctrine findings as warnings over their node's lines.
import type { Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { nodeShift } from '../../core/format/layout.ts';
import type { MapDocument } from '../../core/format/parse.ts';
import type { Diagnostic } from '../../core/model/types.ts';

function offsetAt(doc: Text, line: number, column: number): number {
  if (line < 1) return 0;
  const l = doc.line(Math.min(line, doc.lines));
  return Math.min(l.to, l.from + Math.max(0, column - 1));
}

export function errorDiagnostics(doc: Text, errors: readonly Diagnostic[]): EditorDiagnostic[] {
  return errors.map((e) => {
    const from = offsetAt(doc, e.line, e.column);
    const lineEnd = doc.lineAt(from).to;
    return { from, to: Math.max(from, lineEnd), severity: e.severity, message: e.message, source: e.rule };
  });
}

/** Doctrine findings over the lines of the node they are about (else at their own position). */
export function doctrineDiagnostics(
  doc: Text,
  document: MapDocument,
  findings: readonly Diagnostic[],
): EditorDiagnostic[] {
  const regions = nodeRegions(document);
  return findings.map((f) => {
    const region = f.node !== undefined ? regions.get(f.node) : undefined;
    const from = region?.[0] ?? offsetAt(doc, f.line, f.column);
    const to = Math.min(doc.length, region?.[1] ?? doc.lineAt(from).to);
    return { from, to, severity: f.severity, message: f.message, source: f.rule };
  });
}

function nodeRegions(document: MapDocument): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const nodes = document.yaml.get('nodes', true);
  if (!isMap(nodes)) return out;
  nodes.items.forEach((pair, index) => {
    const value = pair.value as YamlNode | null;
    // After an edit committed node by node, a pair's ranges are those of the text it was parsed from.
    const shift = nodeShift(document, index);
    if (isScalar(pair.key) && pair.key.range && value?.range) {
      out.set(String(pair.key.value), [pair.key.range[0] + shift, value.range[1] + shift]);
    }
  });
  return out;
}
