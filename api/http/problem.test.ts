import type { Response } from 'express';
import { describe, expect, it } from 'vitest';
import { type ProblemError, problems, sendProblem } from './problem';

function answer(problem: ProblemError, language: 'fr' | 'nl' | 'en') {
  /** What a problem answer holds, as the tests read it. */
  type Sent = {
    status?: number;
    headers: Record<string, string>;
    body: { title?: string; code?: string; detail?: string; errors: { field: string; code: string; message: string }[] };
  };
  const sent: Sent = { headers: {}, body: { errors: [] } };
  const res = {
    status(s: number) {
      sent.status = s;
      return this;
    },
    type() {
      return this;
    },
    setHeader(k: string, v: string) {
      sent.headers[k] = v;
      return this;
    },
    json(b: Sent['body']) {
      sent.body = b;
      return this;
    },
  } as unknown as Response;
  sendProblem(res, problem, 'req-1', '/x', language);
  return sent;
}

describe('a problem in the reader’s language', () => {
  it('words a rule that gives its facts, keeps the code, and never sends the facts', () => {
    const p = problems.unprocessable('max-daily-hours', '12 h worked on 2026-12-01; at most 10 h a day.', [
      {
        field: 'entries.0.end',
        code: 'max-daily-hours',
        message: '12 h worked on 2026-12-01; at most 10 h a day.',
        params: { worked: '12 h', date: '2026-12-01', limit: '10 h' },
      },
    ]);
    const nl = answer(p, 'nl');
    expect(nl.headers['Content-Language']).toBe('nl');
    expect(nl.body).toMatchObject({
      title: 'Bedrijfsregel niet nageleefd',
      code: 'max-daily-hours',
      detail: '12 h gewerkt op 2026-12-01; hoogstens 10 h per dag.',
    });
    expect(nl.body.errors).toEqual([{ field: 'entries.0.end', code: 'max-daily-hours', message: '12 h gewerkt op 2026-12-01; hoogstens 10 h per dag.' }]);
    expect(answer(p, 'en').body.errors[0]!.message).toBe('12 h worked on 2026-12-01; at most 10 h a day.');
  });

  it('keeps the words of a rule that shares a code without giving its facts', () => {
    const p = problems.unprocessable('required', 'an approval needs the payment date', [
      { field: 'paymentDate', code: 'required', message: 'an approval needs the payment date' },
    ]);
    const fr = answer(p, 'fr');
    expect(fr.body.title).toBe('Règle métier non respectée');
    expect(fr.body.errors[0]!.message).toBe('an approval needs the payment date');
    expect(fr.body.detail).toBe('an approval needs the payment date');
  });
});
