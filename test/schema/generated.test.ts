import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles } from '../../scripts/schema-codegen.ts';
import { validate, validateNode, validateShell } from '../../schema/validate-map.js';

// ajv's own validators of the map schema, the reference the generated validator is checked against.
function ajvValidators() {
  const schema = JSON.parse(readFileSync('schema/map.schema.json', 'utf8')) as { $id: string };
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema(schema);
  return { node: ajv.getSchema(`${schema.$id}#/$defs/node`), whole: ajv.getSchema(schema.$id) };
}

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

// The generated validator counts a string's code points only where its UTF-16 length does not
// already decide maxLength or minLength; it must decide exactly as ajv's own count does.
describe('lengths in the generated validator', () => {
  const counted = ajvValidators().node;

  it('accepts and refuses a name or note by code points, astral characters counting once (fast-check)', () => {
    const piece = fc.constantFrom('a', 'é', '😀', '𝒳', ' ');
    const around = (limit: number) =>
      fc
        .integer({ min: -3, max: 3 })
        .chain((d) => fc.array(piece, { minLength: Math.max(0, limit + d), maxLength: Math.max(0, limit + d) }));
    fc.assert(
      fc.property(fc.oneof(around(200), around(100), around(1)), around(10000), (name, note) => {
        const node = { kind: 'component', name: name.join(''), evolution: 0.5, visibility: 0.5, note: note.join('') };
        expect(validateNode(node)).toBe(counted?.(node));
        expect(validateNode.errors ?? null).toEqual(counted?.errors ?? null);
      }),
      { numRuns: 200 },
    );
  });
});

// Inside a `not` (an id is never `constructor` or `prototype`) the generated validator counts the
// inner failure without making the placeholder error ajv's output pushes and drops again; it must
// still decide, and report, exactly as ajv does.
describe('ids in the generated validator', () => {
  const { node, whole } = ajvValidators();
  const id = fc.oneof(
    fc.constantFrom('constructor', 'prototype', 'api', 'Api', '', '-x', 'a-b', 'toString'),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  );

  it('refuses constructor and prototype in uses and inside, and nothing else more (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 4 }), fc.option(id, { nil: undefined }), (uses, inside) => {
        const value = { kind: 'component', name: 'N', evolution: 0.5, visibility: 0.5, uses, inside };
        expect(validateNode(value, { instancePath: '', dynamicAnchors: {} })).toBe(node?.(value));
        expect(validateNode.errors ?? null).toEqual(node?.errors ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses constructor and prototype as node keys as the whole-map schema does (fast-check)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 4 }), (ids) => {
        const nodes: Record<string, unknown> = {};
        for (const key of ids) nodes[key] = { kind: 'user', name: 'U', evolution: 0.5, visibility: 0.5 };
        const map = { version: 1, title: 'T', nodes };
        expect(validateShell(map)).toBe(whole?.(map));
      }),
      { numRuns: 300 },
    );
  });
});

// A $ref'd definition (a node's deploy, plan, data...) is first checked without its location and
// checked again, located, only when it fails; errors and their instance paths must be ajv's own,
// and a valid part must pass as it does in ajv.
describe('referenced definitions in the generated validator', () => {
  const { node, whole } = ajvValidators();
  const part = fc.oneof(
    fc.constantFrom(undefined, {}, [], 'x', 3, null),
    fc.record(
      {
        port: fc.constantFrom(80, 0, 70000, 'p'),
        replicas: fc.constantFrom(1, -1, 2.5),
        image: fc.constantFrom('api', '', 'A B'),
      },
      { requiredKeys: [] },
    ),
  );

  it('report the errors of deploy, plan, data and evolutionAnswers at their paths as ajv does (fast-check)', () => {
    fc.assert(
      fc.property(part, part, part, part, (deploy, plan, data, evolutionAnswers) => {
        const value = {
          kind: 'component',
          name: 'N',
          evolution: 0.5,
          visibility: 0.5,
          deploy,
          plan,
          data,
          evolutionAnswers,
        };
        for (const key of ['deploy', 'plan', 'data', 'evolutionAnswers'] as const)
          if (value[key] === undefined) delete value[key];
        expect(validateNode(value, { instancePath: '/nodes/n', dynamicAnchors: {} })).toBe(
          node?.(value, { instancePath: '/nodes/n', dynamicAnchors: {} } as never),
        );
        expect(validateNode.errors ?? null).toEqual(node?.errors ?? null);
        const map = { version: 1, title: 'T', nodes: { n: value, m: { ...value } } };
        expect(validate(map)).toBe(whole?.(map));
        expect(validate.errors ?? null).toEqual(whole?.errors ?? null);
      }),
      { numRuns: 300 },
    );
  });
});
