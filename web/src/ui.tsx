import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from './api/client';
import { navigate } from './router';

/** Loads data for a page: the data, the problem if it failed, and a way to load again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined; problem: Problem | null; reload: () => void; loading: boolean } {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on (`deps`), as with useEffect itself.
  useEffect(() => {
    let live = true;
    setLoading(true);
    load().then(
      (d) => {
        if (!live) return;
        setData(d);
        setProblem(null);
        setLoading(false);
      },
      (p: Problem) => {
        if (!live) return;
        setProblem(p);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { data, problem, loading, reload: useCallback(() => setTick((n) => n + 1), []) };
}

/** Runs an action from a button or a form: busy while it runs, its problem kept to show next to the fields. */
export function useAction<A extends unknown[]>(act: (...args: A) => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = async (...args: A) => {
    setBusy(true);
    setProblem(null);
    try {
      await act(...args);
      return true;
    } catch (p) {
      setProblem(p as Problem);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, problem };
}

/** The API's problem, as it said it (in the reader's language); nothing fails silently. */
export function ProblemNotice({ problem }: { problem: Problem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const title = problem.title || t('problem.network');
  const fields = problem.errors ?? [];
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}</strong>
      {problem.detail && <p>{problem.detail}</p>}
      {fields.length > 1 && (
        <ul>
          {fields.map((e) => (
            <li key={`${e.field}-${e.code}`}>{e.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The message the API gave for one field (its path as the API names it: `entries.2.hours`). */
export const fieldMessage = (problem: Problem | null, field: string) =>
  problem?.errors?.find((e) => e.field === field || e.field === `body.${field}`)?.message ?? null;

export function Field(props: {
  label: string;
  problem?: Problem | null;
  name: string;
  hint?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const message = fieldMessage(props.problem ?? null, props.name);
  const describedBy = [props.hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${message ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children(id, describedBy)}
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}

export function Loading({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  return loading ? (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  ) : null;
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={to}
      className={className}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

export function Status({ value }: { value: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${value}`}>{t(`status.${value}`, { defaultValue: value })}</span>;
}

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = `${i18n.language}-BE`;
  return {
    money: (cents: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100),
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(
        new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso),
      ),
    weekday: (iso: string) =>
      new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Brussels' }).format(new Date(`${iso}T12:00:00Z`)),
    month: (period: string) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-15T12:00:00Z`)),
    hours: (minutes: number) => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`,
    number: (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v),
    percent: (v: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(v),
  };
}

export function Page({ title, children, back }: { title: string; children: ReactNode; back?: { to: string; label: string } }) {
  useEffect(() => {
    document.title = `${title} · TalentCoop`;
  }, [title]);
  return (
    <section className="page">
      {back && (
        <Link to={back.to} className="back">
          ← {back.label}
        </Link>
      )}
      <h1>{title}</h1>
      {children}
    </section>
  );
}

export const SECTORS = ['care', 'horeca', 'construction', 'other'] as const;

/** The sector choice of a form, with its problem next to it. */
export function SectorField({
  name,
  value,
  onChange,
  problem,
}: {
  name: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  problem: Problem | null;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('employer.sector')} name={name} problem={problem}>
      {(id) => (
        <select id={id} value={value} onChange={onChange}>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(`sector.${s}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type ContractDocument = { version: number; kind: 'draft' | 'signed'; url: string; issuedAt: string };

/**
 * The versions of a contract's document, newest first: once both parties have signed, the signed
 * contract (with its signature page) and the draft they signed, kept unchanged. Nothing is shown
 * while the draft is the only version: the page's "read the contract" link already is it.
 */
export function ContractVersions({ documents }: { documents: ContractDocument[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (documents.length < 2) return null;
  return (
    <section aria-label={t('contract.versions')}>
      <p className="muted">{t('contract.versions')}</p>
      <ul className="list">
        {[...documents].reverse().map((d) => (
          <li key={d.version}>
            <a href={d.url} download>
              {t(d.kind === 'signed' ? 'contract.versionSigned' : 'contract.versionDraft', { version: d.version, date: f.date(d.issuedAt) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
