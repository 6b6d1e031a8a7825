// Types of the generated validators (schema/validate-map.js).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
/** The whole map. */
export declare const validate: Validator;
/** The map with any value accepted for each of its nodes. */
export declare const validateShell: Validator;
/** One map node (a value of `nodes`). */
export declare const validateNode: Validator;
