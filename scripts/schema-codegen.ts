import { compile } from 'json-schema-to-typescript';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { format } from 'prettier';

const banner = '// Generated from schema/map.schema.json by `npm run gen`. Do not edit.\n';

export async function generatedSchemaFiles(schema: unknown): Promise<Record<string, string>> {
  const types = await compile(schema as Parameters<typeof compile>[0], 'WardleyMapFile', {
    bannerComment: banner,
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: true,
    style: { singleQuote: true, printWidth: 100 },
  });
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    code: { source: true, esm: true, lines: true },
  });
  const validate = ajv.compile(schema as object);
  const code = appendingErrors(esmRuntimeImports(standaloneCode(ajv, validate)));
  const validator = await format(`${banner}/* eslint-disable */\n// @ts-nocheck\n${code}`, {
    parser: 'babel',
    singleQuote: true,
    printWidth: 100,
  });
  return { 'schema/map-types.ts': types, 'schema/validate-map.js': validator };
}

// ajv's standalone output still `require`s its small runtime helpers even in ESM mode; turn those
// into imports that both Node (CJS interop: namespace.default is module.exports) and bundlers
// (namespace.default is exports.default) resolve to the helper function.
function esmRuntimeImports(code: string): string {
  const imports: string[] = [];
  const body = code.replace(
    /const (\w+) = require\(["'](ajv\/dist\/runtime\/[\w-]+)["']\)\.default;/g,
    (_m, name: string, path: string) => {
      imports.push(`import * as ${name}Module from '${path}.js';`);
      return `const ${name} = ${name}Module.default?.default ?? ${name}Module.default;`;
    },
  );
  return `${imports.join('\n')}\n${body.replace(/["']use strict["'];/, '')}`;
}

// Where a $ref'd schema fails, ajv's output copies every error so far into a new array
// (`vErrors.concat(...)`); with a mistake in each of 20,000 nodes that is quadratic (seconds).
// Appending the callee's few errors instead keeps validation linear in the number of errors.
function appendingErrors(code: string): string {
  const concat = /vErrors = vErrors === null \? (\w+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  const rewritten = code.replace(
    concat,
    (_m, callee: string) => `vErrors = vErrors ?? []; for (const e of ${callee}.errors) vErrors.push(e);`,
  );
  if (rewritten.includes('vErrors.concat(')) throw new Error('ajv output changed: update appendingErrors');
  return rewritten;
}
