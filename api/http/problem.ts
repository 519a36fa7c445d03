import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { negotiateLanguage, ruleMessage, type Language } from '../../domain/i18n/rule-messages';

/** One field problem inside a 4xx answer. `field` is a dotted path into the request. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
  /** The facts of the message, for its translation; not sent. */
  params?: Readonly<Record<string, string>>;
}

/**
 * A failure with a stable code that the API turns into an RFC 9457 problem+json answer.
 * Business code throws these; anything else becomes a plain 500.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldProblem[] = [],
    /** Headers the answer carries (e.g. `Allow` on a 405). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail ?? title);
  }
}

export const problems = {
  validation: (errors: FieldProblem[], detail = 'The request has invalid fields.') =>
    new ProblemError(400, 'validation-failed', 'Invalid request', detail, errors),
  unauthenticated: (detail = 'Sign in first: this needs a valid bearer token.') => new ProblemError(401, 'unauthenticated', 'Not signed in', detail),
  sessionExpired: () => new ProblemError(401, 'session-expired', 'Session expired', 'Your session has ended; sign in again.'),
  invalidCredentials: () => new ProblemError(401, 'invalid-credentials', 'Wrong e-mail or password', 'The e-mail or the password is wrong.'),
  forbidden: (detail = 'Your role does not allow this.') => new ProblemError(403, 'forbidden', 'Not allowed', detail),
  notFound: (what = 'resource') => new ProblemError(404, 'not-found', 'Not found', `No such ${what}.`),
  conflict: (code: string, detail: string, errors: FieldProblem[] = []) => new ProblemError(409, code, 'Conflict', detail, errors),
  unprocessable: (code: string, detail: string, errors: FieldProblem[] = []) => new ProblemError(422, code, 'Business rule not met', detail, errors),
  encryptedValueIntegrity: () =>
    new ProblemError(
      409,
      'encrypted-value-integrity',
      'Integrity alert',
      'A protected value of this record failed its integrity check: it was changed outside the application. The administrators have been alerted.',
    ),
  tooManyRequests: (detail: string) => new ProblemError(429, 'too-many-requests', 'Too many requests', detail),
  methodNotAllowed: (method: string, allowed: readonly string[]) =>
    new ProblemError(405, 'method-not-allowed', 'Method not allowed', `${method} is not answered here; try ${allowed.join(', ')}.`, [], {
      Allow: allowed.join(', '),
    }),
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The general titles and sentences of problems, in the three languages (the rule messages are in domain/i18n). */
const WORDS: Record<string, Record<Exclude<Language, 'en'>, string>> = {
  'Invalid request': { fr: 'Requête invalide', nl: 'Ongeldige aanvraag' },
  'Business rule not met': { fr: 'Règle métier non respectée', nl: 'Bedrijfsregel niet nageleefd' },
  'Not signed in': { fr: 'Non connecté', nl: 'Niet aangemeld' },
  'Wrong e-mail or password': { fr: 'E-mail ou mot de passe incorrect', nl: 'Verkeerd e-mailadres of wachtwoord' },
  'Session expired': { fr: 'Session expirée', nl: 'Sessie verlopen' },
  'Your session has ended; sign in again.': { fr: 'Votre session est terminée ; reconnectez-vous.', nl: 'Uw sessie is afgelopen; meld u opnieuw aan.' },
  'Not allowed': { fr: 'Non autorisé', nl: 'Niet toegestaan' },
  'Not found': { fr: 'Introuvable', nl: 'Niet gevonden' },
  Conflict: { fr: 'Conflit', nl: 'Conflict' },
  'Too many requests': { fr: 'Trop de requêtes', nl: 'Te veel aanvragen' },
  'Integrity alert': { fr: 'Alerte d’intégrité', nl: 'Integriteitsalarm' },
  'A protected value of this record failed its integrity check: it was changed outside the application. The administrators have been alerted.': {
    fr: 'Une donnée protégée de cet enregistrement n’a pas passé le contrôle d’intégrité : elle a été modifiée en dehors de l’application. Les administrateurs ont été alertés.',
    nl: 'Een beschermd gegeven van dit record doorstond de integriteitscontrole niet: het werd buiten de toepassing gewijzigd. De beheerders zijn gewaarschuwd.',
  },
  'Method not allowed': { fr: 'Méthode non autorisée', nl: 'Methode niet toegestaan' },
  'Bad request': { fr: 'Requête incorrecte', nl: 'Foutieve aanvraag' },
  'Internal error': { fr: 'Erreur interne', nl: 'Interne fout' },
  'The request has invalid fields.': { fr: 'La requête contient des champs invalides.', nl: 'De aanvraag bevat ongeldige velden.' },
  'Sign in first: this needs a valid bearer token.': {
    fr: 'Connectez-vous d’abord : un jeton valide est nécessaire.',
    nl: 'Meld u eerst aan: hiervoor is een geldig token nodig.',
  },
  'The e-mail or the password is wrong.': { fr: 'L’e-mail ou le mot de passe est incorrect.', nl: 'Het e-mailadres of het wachtwoord is fout.' },
  'Your role does not allow this.': { fr: 'Votre rôle ne le permet pas.', nl: 'Uw rol laat dit niet toe.' },
  'Something went wrong on our side; it has been logged.': {
    fr: 'Un problème est survenu de notre côté ; il a été consigné.',
    nl: 'Er ging bij ons iets mis; het is genoteerd.',
  },
  'The record changed meanwhile: reload it and try again.': {
    fr: 'L’enregistrement a changé entre-temps : rechargez-le et réessayez.',
    nl: 'Het record is intussen gewijzigd: laad het opnieuw en probeer nogmaals.',
  },
};
const say = (text: string, language: Language) => (language === 'en' ? text : (WORDS[text]?.[language] ?? text));

/**
 * Writes a problem in the reader's language (`Accept-Language`: fr, nl, en): the title, the
 * detail and each field's message; the `code`s stay the same in every language.
 */
export function sendProblem(res: Response, problem: ProblemError, requestId: string, instance: string, language: Language = 'en'): void {
  // English is the rules' own wording; another language comes from the catalogue when it knows the code and has its facts.
  // A rule opts in by giving its facts (`params`, even empty): a code shared by a rule with other words keeps them.
  const worded = (e: FieldProblem) => (language === 'en' || !e.params ? undefined : ruleMessage(e.code, language, e.params));
  const errors = problem.errors.map((e) => ({ field: e.field, code: e.code, message: worded(e) ?? e.message }));
  const allWorded = errors.length > 0 && problem.errors.every((e) => worded(e) !== undefined);
  const detail = problem.detail ?? problem.title;
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .setHeader('Content-Language', language)
    .setHeader('Vary', 'Accept-Language')
    .json({
      type: `https://talentcoop.example/problems/${problem.code}`,
      title: say(problem.title, language),
      status: problem.status,
      detail: WORDS[detail] || language === 'en' || !allWorded ? say(detail, language) : errors.map((e) => e.message).join(' '),
      instance,
      code: problem.code,
      requestId,
      ...(errors.length ? { errors } : {}),
    });
}

/** The one error handler. Internals never leak: unknown errors are logged and answered 500. */
export function problemErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const requestId = String(res.locals.requestId ?? 'unknown');
    const instance = req.originalUrl.split('?')[0] ?? '/';
    const language = negotiateLanguage(req.get('accept-language'));
    if (err instanceof ProblemError) return sendProblem(res, err, requestId, instance, language);
    // Express' body parser marks malformed JSON and oversized bodies with a status.
    const status = typeof err?.status === 'number' ? err.status : undefined;
    if (status && status >= 400 && status < 500) {
      const code = err.type === 'entity.too.large' ? 'payload-too-large' : 'malformed-body';
      const detail = code === 'payload-too-large' ? 'The request body is too large.' : 'The request body is not valid JSON.';
      return sendProblem(res, new ProblemError(status, code, 'Bad request', detail, [{ field: 'body', code, message: detail }]), requestId, instance, language);
    }
    logger.error({ requestId, err: { name: err?.name, message: err?.message, stack: err?.stack } }, 'unhandled error');
    return sendProblem(
      res,
      new ProblemError(500, 'internal-error', 'Internal error', 'Something went wrong on our side; it has been logged.'),
      requestId,
      instance,
      language,
    );
  };
}
