/**
 * What a validator of user-typed identifiers answers: the normalised value, or a stable code
 * (for the API's `errors[]`) with a sentence a person can act on. Validators never throw on bad
 * input, because bad input is the normal case for them.
 */
export type ValidationResult<Value, Code extends string> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly code: Code; readonly message: string };

export function invalid<Code extends string>(code: Code, message: string): { ok: false; code: Code; message: string } {
  return { ok: false, code, message };
}
