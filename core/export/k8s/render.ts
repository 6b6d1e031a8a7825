// YAML out of plain objects, through the yaml library only. Kubernetes tools read YAML 1.1, so
// the 1.1 schema decides quoting (`yes`, `on`, `08` come out quoted).
import { Document } from 'yaml';

// `directives: false`: a fresh document never prints a `%YAML`/`%TAG` line or `---`, but without
// it the library walks the whole tree per document looking for tags (about a tenth of an export).
const TO_STRING = { lineWidth: 0, minContentWidth: 0, indentSeq: true, directives: false } as const;

/** One YAML document per object, separated by `---`. */
export function yamlDocuments(objects: readonly unknown[]): string {
  return objects
    .map((o) => new Document(o, { version: '1.1', aliasDuplicateObjects: false }).toString(TO_STRING))
    .join('---\n');
}

export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
