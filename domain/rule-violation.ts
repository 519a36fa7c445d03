/** A business rule an input breaks: the field it concerns, a stable code, a sentence to act on. */
export interface RuleViolation {
  field: string;
  code: string;
  message: string;
  /** The facts of the message, for its translations (`domain/i18n/rule-messages.ts`). */
  params?: Readonly<Record<string, string>>;
}

/**
 * The failure type under which workflows and activities report broken rules; the API turns it
 * into a 422 problem naming the fields, and retry policies never retry it.
 */
export const RULE_VIOLATION_FAILURE = 'RuleViolation';

/** The code of a refusal by a database rule (the record changed meanwhile): the API answers 409, not 422. */
export const CHANGED_MEANWHILE = 'changed-meanwhile';
