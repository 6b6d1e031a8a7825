// Generates what the map schema implies so types and validation cannot drift from it:
//   schema/map-types.ts      TypeScript types (json-schema-to-typescript)
//   schema/validate-map.js   a precompiled ajv validator (no `new Function` at run time, so it
//                            also works under the Electron renderer's Content Security Policy)
// `npm run gen` writes them; test/schema/generated.test.ts fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedSchemaFiles } from './schema-codegen.ts';

const schema: unknown = JSON.parse(readFileSync('schema/map.schema.json', 'utf8'));
const files = await generatedSchemaFiles(schema);
for (const [path, text] of Object.entries(files)) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
