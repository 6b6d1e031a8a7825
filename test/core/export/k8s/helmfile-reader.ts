// Test-side reader of the exported helmfile: its YAML parts (environments first, then
// repositories and releases) merged into one object, as helmfile merges them.
import { parseAllDocuments } from 'yaml';

export function readHelmfile(text: string | undefined): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const doc of parseAllDocuments(text ?? '')) {
    if (doc.errors.length > 0) throw new Error(`helmfile.yaml: ${doc.errors[0]?.message ?? ''}`);
    Object.assign(merged, doc.toJS() as Record<string, unknown>);
  }
  return merged;
}
