// Types of the generated validators (schema/validate-map.js).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** What a validator passes to the ones it calls; a caller may give the same object to every call. */
export interface ValidateOptions {
  instancePath?: string;
  dynamicAnchors?: Record<string, unknown>;
}
export interface Validator {
  (data: unknown, options?: ValidateOptions): boolean;
  errors?: SchemaError[] | null;
}
/** The whole map. */
export declare const validate: Validator;
/** The map with any value accepted for each of its nodes. */
export declare const validateShell: Validator;
/** One map node (a value of `nodes`). */
export declare const validateNode: Validator;
