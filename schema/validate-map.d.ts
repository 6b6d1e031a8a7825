// Types of the generated validator (schema/validate-map.js).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface MapValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const validate: MapValidator;
export default validate;
