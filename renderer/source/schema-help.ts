// What schema/map.schema.json says about a place in the file: the keys an object can have, the
// values a field can take (enums, booleans, node ids for references) and each field's description.
// The schema is the single source of truth, so completion and hover follow it when it changes.
import schemaJson from '../../schema/map.schema.json';
import type { CursorPath } from './yaml-cursor.ts';

interface Schema {
  $ref?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
}

const ROOT = schemaJson as unknown as Schema & { $defs: Record<string, Schema> };

function resolved(schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let hops = 0; s?.$ref !== undefined && hops < 10; hops++) {
    const name = s.$ref.replace('#/$defs/', '');
    s = { ...ROOT.$defs[name], ...withoutRef(s) };
  }
  return s;
}

// A property's own description wins over the description of the definition it refers to.
function withoutRef(s: Schema): Schema {
  const copy = { ...s };
  delete copy.$ref;
  return copy;
}

/** The schema of the value at `path`, or undefined where the schema says nothing. */
export function schemaAt(path: CursorPath): Schema | undefined {
  let s = resolved(ROOT);
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number') s = resolved(s.items ?? s.oneOf?.find((o) => o.items)?.items);
    else {
      const child =
        s.properties?.[seg] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      s = resolved(child);
    }
  }
  return s;
}

export interface SchemaKey {
  key: string;
  description: string;
}

/** Keys an object at `path` can have, with their descriptions. */
export function keysAt(path: CursorPath): SchemaKey[] {
  const props = schemaAt(path)?.properties ?? {};
  return Object.entries(props).map(([key, s]) => ({ key, description: resolved(s)?.description ?? '' }));
}

/** Values the schema lists for `path`: enum members, the const, or true/false. */
export function valuesAt(path: CursorPath): string[] {
  const s = schemaAt(path);
  if (!s) return [];
  const variants = [s, ...(s.oneOf ?? []), ...(s.anyOf ?? [])].map(resolved);
  const out = new Set<string>();
  for (const v of variants) {
    for (const e of v?.enum ?? []) out.add(String(e));
    if (v?.const !== undefined) out.add(String(v.const));
    if (v?.type === 'boolean') ['true', 'false'].forEach((b) => out.add(b));
  }
  return [...out];
}

export function descriptionAt(path: CursorPath): string | undefined {
  return schemaAt(path)?.description;
}

/** Fields whose values are node ids: `uses` and `inside` of a node, `nodes` of an annotation. */
export function refersToNodes(path: CursorPath): boolean {
  const [first, , third, fourth] = path;
  if (first === 'nodes') return (third === 'uses' && fourth === 0) || (third === 'inside' && path.length === 3);
  return first === 'annotations' && third === 'nodes' && fourth === 0;
}
