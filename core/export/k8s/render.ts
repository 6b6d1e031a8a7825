// YAML out of plain objects: the yaml library's text. Kubernetes tools read YAML 1.1, so the 1.1
// schema decides quoting (`yes`, `on`, `08` come out quoted). Most manifests are written directly
// (yaml-text.ts), the same text; the library writes the rest.
import { Document } from 'yaml';
import { ManifestWriter } from './yaml-text.ts';

// `directives: false`: a fresh document never prints a `%YAML`/`%TAG` line or `---`, but without
// it the library walks the whole tree per document looking for tags (about a tenth of an export).
const TO_STRING = { lineWidth: 0, minContentWidth: 0, indentSeq: true, directives: false } as const;

/** One YAML document per object, separated by `---`. */
export function yamlDocuments(objects: readonly unknown[], writer = new ManifestWriter()): string {
  const out: string[] = [];
  objects.forEach((object, i) => {
    if (i > 0) out.push('---\n');
    if (!writer.write(object, out)) out.push(libraryText(object));
  });
  return out.join('');
}

/** `object` written by the yaml library alone in a YAML 1.1 document. */
export function libraryText(object: unknown): string {
  return new Document(object, { version: '1.1', aliasDuplicateObjects: false }).toString(TO_STRING);
}

export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
