// What an /api route answers, before it becomes HTTP: a status and a JSON value or map text.
export type ApiAnswer = { status: number; json: unknown } | { status: number; yaml: string };

export function json(value: unknown, status = 200): ApiAnswer {
  return { status, json: value };
}

/** Every refusal has the same shape as a failed save: `{ ok: false, reason, message }`. */
export function refusal(status: number, reason: string, message: string): ApiAnswer {
  return { status, json: { ok: false, reason, message } };
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
