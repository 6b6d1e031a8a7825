import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles } from '../../scripts/schema-codegen.ts';

// The TypeScript types and the precompiled validator come from schema/map.schema.json; if someone
// edits the schema without `npm run gen`, this fails instead of letting the two drift apart.
describe('files generated from the map schema', () => {
  it('are up to date (run `npm run gen` after changing schema/map.schema.json)', async () => {
    const schema: unknown = JSON.parse(readFileSync('schema/map.schema.json', 'utf8'));
    const files = await generatedSchemaFiles(schema);
    for (const [path, text] of Object.entries(files)) {
      expect(readFileSync(path, 'utf8'), path).toBe(text);
    }
  });
});
