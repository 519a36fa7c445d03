import { type Cents, formatEurosPlain } from '../money';

/** Payslips are explained in the three languages a Brussels worker may read. */
export type Language = 'fr' | 'nl' | 'en';

export interface LocalizedText {
  fr: string;
  nl: string;
  en: string;
}

/** Number formatting for one language, so a sentence can be written once per language. */
export interface Formatter {
  readonly language: Language;
  euros(cents: Cents): string;
  percent(percent: number): string;
  number(value: number): string;
}

function decimal(value: number, language: Language): string {
  const text = String(Math.round(value * 100) / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

function formatterFor(language: Language): Formatter {
  return {
    language,
    euros: (cents) => formatEurosPlain(cents, language),
    percent: (percent) => `${decimal(percent, language)}\u00a0%`,
    number: (value) => decimal(value, language),
  };
}

const FORMATTERS: Record<Language, Formatter> = {
  fr: formatterFor('fr'),
  nl: formatterFor('nl'),
  en: formatterFor('en'),
};

/** Writes one sentence per language with that language's number formats. */
export function explain(sentences: Record<Language, (f: Formatter) => string>): LocalizedText {
  return { fr: sentences.fr(FORMATTERS.fr), nl: sentences.nl(FORMATTERS.nl), en: sentences.en(FORMATTERS.en) };
}

export function text(fr: string, nl: string, en: string): LocalizedText {
  return Object.freeze({ fr, nl, en });
}
