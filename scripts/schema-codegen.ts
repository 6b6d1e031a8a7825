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
  const id = (schema as { $id: string }).$id;
  ajv.addSchema(schema as object);
  ajv.addSchema(shellOf(schema as MapSchema) as object);
  // The whole map, and its rules split in two so a loader checks a huge map node by node and
  // stops keeping errors after the first thousand (schema-errors.ts): the map without its nodes,
  // and one node. They share the generated code of every definition.
  const refs = { validate: id, validateShell: shellId(id), validateNode: `${id}#/$defs/node` };
  const code = appendingErrors(
    esmRuntimeImports(
      lengthsCountedOnlyNearLimit(notWithoutPlaceholders(locatedOnlyWhenInvalid(standaloneCode(ajv, refs)))),
    ),
  );
  const validator = await format(`${banner}/* eslint-disable */\n// @ts-nocheck\n${code}`, {
    parser: 'babel',
    singleQuote: true,
    printWidth: 100,
  });
  return { 'schema/map-types.ts': types, 'schema/validate-map.js': validator };
}

interface MapSchema {
  $id: string;
  $defs: unknown;
  properties: { nodes: Record<string, unknown> };
}

function shellId(id: string): string {
  return id.replace(/\.schema\.json$/, '-shell.schema.json');
}

/**
 * The map schema with any value accepted for each node (each is checked by validateNode). Its
 * references point into the map schema, so the two validators share the generated code.
 */
function shellOf(schema: MapSchema): unknown {
  const { nodes } = schema.properties;
  if (!('additionalProperties' in nodes)) throw new Error('map schema changed: nodes are no longer a keyed mapping');
  const { $defs: _defs, ...rest } = schema;
  const shell = {
    ...rest,
    $id: shellId(schema.$id),
    properties: { ...rest.properties, nodes: { ...nodes, additionalProperties: true } },
  };
  return JSON.parse(JSON.stringify(shell), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${schema.$id}${value}` : value,
  );
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

// maxLength and minLength count code points (ajv's ucs2length, a loop over every character): for
// 20,000 notes of a few hundred characters that was ~300 ms of a 10 MB map's load. A string has at
// most as many code points as UTF-16 units and at least half as many, so the count is only needed
// where its length does not already decide: over the limit (maxLength) or under twice it (minLength).
function lengthsCountedOnlyNearLimit(code: string): string {
  const helper = /const (\w+) = require\(["']ajv\/dist\/runtime\/ucs2length["']\)\.default;/.exec(code)?.[1];
  if (!helper) return code;
  const check = new RegExp(`\\b${helper}\\((\\w+)\\) ([<>]) (\\d+)\\b`, 'g');
  const calls = code.split(`${helper}(`).length - 1;
  if (calls !== [...code.matchAll(check)].length)
    throw new Error('ajv output changed: update lengthsCountedOnlyNearLimit');
  return code.replace(check, (_m, value: string, op: string, limit: string) =>
    op === '>'
      ? `(${value}.length > ${limit} && ${helper}(${value}) > ${limit})`
      : `(${value}.length < ${2 * Number(limit)} && ${helper}(${value}) < ${limit})`,
  );
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

// Inside a `not`, ajv's output pushes a placeholder error (`{}`, in a new array when there were
// none) whenever the inner schema fails, then drops it again: for `not: {enum: [constructor,
// prototype]}` that is two objects for every id, reference and node key a valid map holds (a
// fifth of a 10,000-node map's load allocated, while the whole map is alive to be copied by the
// next young-generation collection). Only the count of errors decides there, so it alone is kept.
function notWithoutPlaceholders(code: string): string {
  const placeholder =
    /const (err\d+) = \{\};\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\nerrors\+\+;\n\}\nvar (valid\d+) = (_errs\d+) === errors;\nif\(\2\)\{\nconst err\d+ = \{[^\n]*schemaPath:"[^"]*\/not"/g;
  const rewritten = code.replace(placeholder, (m, err: string) =>
    m.replace(
      `const ${err} = {};\nif(vErrors === null){\nvErrors = [${err}];\n}\nelse {\nvErrors.push(${err});\n}\n`,
      '',
    ),
  );
  if (/const err\d+ = \{\};/.test(rewritten)) throw new Error('ajv output changed: update notWithoutPlaceholders');
  return rewritten;
}

// Each call to a $ref'd definition got a new options object and a new instance path string (for
// the node's deploy, data, plan...: 0.6 MB of a 10,000-node map's load, made while the whole map
// is alive). The path is only read by errors, so the definition is first checked with one shared,
// unlocated options object, and only when it fails is it checked again, located, for its errors.
// No validator reads parentData or rootData or writes dynamicAnchors (asserted below), so both
// checks give the same answer.
function locatedOnlyWhenInvalid(code: string): string {
  const call = /if\(!\((validate\d+)\(([\w.[\]]+), (\{instancePath:[^{}]*\})\)\)\)\{/g;
  const calls = code.match(/validate\d+\([^()]*, \{instancePath:/g)?.length ?? 0;
  if (calls !== [...code.matchAll(call)].length) throw new Error('ajv output changed: update locatedOnlyWhenInvalid');
  const unread = code
    .replace(/\{instancePath:[^{}]*\}/g, '')
    .replace(/\{instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors=\{\}\}=\{\}/g, '');
  if (/parentData|rootData|dynamicAnchors\[/.test(unread))
    throw new Error('ajv output reads its location: update locatedOnlyWhenInvalid');
  const rewritten = code.replace(
    call,
    (_m, callee: string, value: string, options: string) =>
      `if(!(${callee}(${value}, unlocated) || ${callee}(${value}, ${options}))){`,
  );
  return `const unlocated = Object.freeze({ instancePath: '', dynamicAnchors: Object.freeze({}) });\n${rewritten}`;
}
