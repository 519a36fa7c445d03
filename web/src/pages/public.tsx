import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Problem, type Schemas } from '../api/client';
import { navigate } from '../router';
import { useSession } from '../session';
import { Field, Link, Page, ProblemNotice, Status, useAction, useFormat, useLoad } from '../ui';

export function SignInPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction(async () => {
    await call(api.POST('/api/v1/auth/session', { body: { email, password } }));
    await refresh();
    navigate('/', true);
  });
  return (
    <Page title={t('signIn.title')}>
      <form
        noValidate
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run();
        }}
      >
        <ProblemNotice problem={action.problem} />
        <Field label={t('signIn.email')} name="email" problem={action.problem}>
          {(id, d) => (
            <input id={id} aria-describedby={d} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <Field label={t('signIn.password')} name="password" problem={action.problem}>
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p className="muted">{t('signIn.invited')}</p>
      <CodeSignIn />
    </Page>
  );
}

/** For workers without e-mail: a one-time code by SMS to the mobile number the cooperative has. */
function CodeSignIn() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const ask = useAction(async () => {
    await call(api.POST('/api/v1/auth/code/request', { body: { phone } }));
    setSent(true);
  });
  const verify = useAction(async () => {
    await call(api.POST('/api/v1/auth/session/code', { body: { phone, code } }));
    await refresh();
    navigate('/', true);
  });
  return (
    <form
      noValidate
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        void (sent ? verify.run() : ask.run());
      }}
    >
      <h2>{t('signIn.byCode')}</h2>
      <ProblemNotice problem={ask.problem ?? verify.problem} />
      <Field label={t('signIn.phone')} name="phone" problem={ask.problem ?? verify.problem}>
        {(id, d) => <input id={id} aria-describedby={d} type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
      </Field>
      {sent && (
        <>
          <p className="notice" role="status">
            {t('signIn.codeSent')}
          </p>
          <Field label={t('signIn.code')} name="code" problem={verify.problem}>
            {(id, d) => (
              <input
                id={id}
                aria-describedby={d}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
        </>
      )}
      <button type="submit" className={sent ? 'primary' : 'secondary'} disabled={ask.busy || verify.busy}>
        {sent ? t('signIn.withCode') : t('signIn.sendCode')}
      </button>
    </form>
  );
}

/** The invitation link: /set-password#<token>. The token stays in the fragment, which is never sent to a server. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(() => location.hash.slice(1));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const action = useAction(async () => {
    await call(api.POST('/api/v1/auth/set-password', { body: { token, password } }));
    history.replaceState(null, '', location.pathname);
    setDone(true);
  });
  if (done) {
    return (
      <Page title={t('setPassword.title')}>
        <p className="notice notice-ok" role="status">
          {t('setPassword.done')}
        </p>
        <Link to="/sign-in" className="button primary">
          {t('signIn.submit')}
        </Link>
      </Page>
    );
  }
  return (
    <Page title={t('setPassword.title')}>
      {!token && <p className="notice notice-error">{t('setPassword.noToken')}</p>}
      <form
        noValidate
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          setMismatch(password !== repeat);
          if (password === repeat) void action.run();
        }}
      >
        <ProblemNotice problem={action.problem} />
        <Field label={t('setPassword.password')} name="password" problem={action.problem} hint={t('setPassword.hint')}>
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('setPassword.repeat')} name="repeat">
          {(id) => <input id={id} type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
        </Field>
        {mismatch && <p className="field-error">{t('setPassword.mismatch')}</p>}
        <button type="submit" className="primary" disabled={action.busy || !token}>
          {t('setPassword.submit')}
        </button>
      </form>
    </Page>
  );
}

export function SessionExpiredPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('expired.title')}>
      <p>{t('expired.text')}</p>
      <Link to="/sign-in" className="button primary">
        {t('signIn.submit')}
      </Link>
    </Page>
  );
}

export function WeekGrid({ entries }: { entries: Schemas['Timesheet']['entries'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <table className="grid">
      <caption className="visually-hidden">{t('week.grid')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('week.day')}</th>
          <th scope="col">{t('week.kind')}</th>
          <th scope="col" className="num">
            {t('week.hours')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={i}>
            <th scope="row">{f.weekday(e.date)}</th>
            <td>{t(`kind.${e.kind}`)}</td>
            <td className="num">{e.hours ?? `${e.start}–${e.end}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Approve or dispute a submitted week (a reason with a dispute); `children` are fields shown first. */
export function WeekDecisionForm(props: {
  action: { run: (decision: 'approve' | 'dispute') => Promise<boolean>; busy: boolean; problem: Problem | null };
  reason: string;
  onReason: (reason: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { action } = props;
  return (
    <form noValidate className="card form" onSubmit={(e) => e.preventDefault()}>
      <ProblemNotice problem={action.problem} />
      {props.children}
      <Field label={t('week.disputeReason')} name="reason" problem={action.problem} hint={t('week.disputeHint')}>
        {(id, d) => <textarea id={id} aria-describedby={d} value={props.reason} onChange={(e) => props.onReason(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="button" className="primary" disabled={action.busy} onClick={() => void action.run('approve')}>
          {t('week.approve')}
        </button>
        <button type="button" className="secondary" disabled={action.busy} onClick={() => void action.run('dispute')}>
          {t('week.dispute')}
        </button>
      </div>
    </form>
  );
}

/** The magic link from the e-mail: /approve#<token>. Works without an account, once. */
export function ApprovePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [token] = useState(() => location.hash.slice(1));
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [decided, setDecided] = useState<string | null>(null);
  const week = useLoad(() => call(api.GET('/api/v1/approvals/{token}', { params: { path: { token } } })), [token]);
  const decide = useAction(async (decision: 'approve' | 'dispute') => {
    const res = await call(
      api.POST('/api/v1/approvals/{token}', {
        params: { path: { token } },
        body: { decision, approverName: name, ...(decision === 'dispute' ? { reason } : {}) },
      }),
    );
    setDecided(res.status);
  });
  if (decided) {
    return (
      <Page title={t('approve.title')}>
        <p className="notice notice-ok" role="status">
          {decided === 'approved' ? t('approve.approved') : t('approve.disputed')}
        </p>
      </Page>
    );
  }
  const w = week.data;
  return (
    <Page title={t('approve.title')}>
      <ProblemNotice problem={week.problem} />
      {w && (
        <>
          <div className="card">
            <p className="lead">{t('approve.intro', { worker: w.worker.firstName, employer: w.employer, week: w.isoWeek })}</p>
            <p>
              <Status value={w.status} /> · {t('week.total')}: <strong>{f.hours(w.totalMinutes)}</strong>
            </p>
            <WeekGrid entries={w.entries} />
            <p className="muted">{t('approve.expires', { date: f.date(w.expiresAt) })}</p>
          </div>
          {w.status === 'submitted' && (
            <WeekDecisionForm action={decide} reason={reason} onReason={setReason}>
              <Field label={t('approve.yourName')} name="approverName" problem={decide.problem}>
                {(id, d) => <input id={id} aria-describedby={d} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
              </Field>
            </WeekDecisionForm>
          )}
        </>
      )}
    </Page>
  );
}
