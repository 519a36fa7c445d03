import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onSessionExpired } from './api/client';
import { LANGUAGES, setLanguage } from './i18n';
import { match, navigate, usePath } from './router';
import { SessionContext, type Me } from './session';
import { Link } from './ui';
import { ApprovePage, SessionExpiredPage, SetPasswordPage, SignInPage } from './pages/public';
import { WorkerAccessLog, WorkerContract, WorkerPayslip, WorkerPayslips, WorkerPlacement, WorkerWeek } from './pages/worker';
import { EmployerInvoices, EmployerJobRequests, EmployerWeek, EmployerWeeks } from './pages/employer';
import {
  AdminAccounts,
  AdminHome,
  AdminInvoices,
  AdminOutbox,
  AdminPayrollRun,
  AdminPayrollRuns,
  AdminPlacements,
  AdminRegisterWorker,
  AdminWorker,
  AdminWorkers,
} from './pages/admin';
import { AdminDeclaration, AdminDeclarations } from './pages/declarations';
import { InvoicePage } from './pages/invoice';
import { AdminPayments } from './pages/payments';
import { CoachAttendance, CoachHome, CoachParticipant, CoachReport } from './pages/coach';

type Role = Me['role'];
interface RouteDef {
  path: string;
  role: Role | 'public';
  page: (p: Record<string, string>) => ReactNode;
  nav?: string;
}

const ROUTES: RouteDef[] = [
  { path: '/sign-in', role: 'public', page: () => <SignInPage /> },
  { path: '/set-password', role: 'public', page: () => <SetPasswordPage /> },
  { path: '/session-expired', role: 'public', page: () => <SessionExpiredPage /> },
  { path: '/approve', role: 'public', page: () => <ApprovePage /> },
  { path: '/worker', role: 'worker', page: () => <WorkerWeek />, nav: 'nav.myWeek' },
  { path: '/worker/payslips', role: 'worker', page: () => <WorkerPayslips />, nav: 'nav.myPayslips' },
  { path: '/worker/payslips/:id', role: 'worker', page: (p) => <WorkerPayslip id={p.id!} /> },
  { path: '/worker/contract', role: 'worker', page: () => <WorkerContract />, nav: 'nav.myContract' },
  { path: '/worker/placement', role: 'worker', page: () => <WorkerPlacement />, nav: 'nav.myPlacement' },
  { path: '/worker/access-log', role: 'worker', page: () => <WorkerAccessLog />, nav: 'nav.accessLog' },
  { path: '/employer', role: 'employer', page: () => <EmployerWeeks />, nav: 'nav.weeksToApprove' },
  { path: '/employer/weeks/:placementId/:week', role: 'employer', page: (p) => <EmployerWeek placementId={p.placementId!} week={p.week!} /> },
  { path: '/employer/job-requests', role: 'employer', page: () => <EmployerJobRequests />, nav: 'nav.jobRequests' },
  { path: '/employer/invoices', role: 'employer', page: () => <EmployerInvoices />, nav: 'nav.invoices' },
  { path: '/employer/invoices/:id', role: 'employer', page: (p) => <InvoicePage id={p.id!} viewer="employer" /> },
  { path: '/admin', role: 'admin', page: () => <AdminHome />, nav: 'nav.stuck' },
  { path: '/admin/workers', role: 'admin', page: () => <AdminWorkers />, nav: 'nav.workers' },
  { path: '/admin/workers/new', role: 'admin', page: () => <AdminRegisterWorker /> },
  { path: '/admin/workers/:id', role: 'admin', page: (p) => <AdminWorker id={p.id!} /> },
  { path: '/admin/placements', role: 'admin', page: () => <AdminPlacements />, nav: 'nav.placements' },
  { path: '/admin/payroll-runs', role: 'admin', page: () => <AdminPayrollRuns />, nav: 'nav.payroll' },
  { path: '/admin/payroll-runs/:id', role: 'admin', page: (p) => <AdminPayrollRun id={p.id!} /> },
  { path: '/admin/invoices', role: 'admin', page: () => <AdminInvoices />, nav: 'nav.invoices' },
  { path: '/admin/invoices/:id', role: 'admin', page: (p) => <InvoicePage id={p.id!} viewer="admin" /> },
  { path: '/admin/payments', role: 'admin', page: () => <AdminPayments />, nav: 'nav.payments' },
  { path: '/admin/declarations', role: 'admin', page: () => <AdminDeclarations />, nav: 'nav.declarations' },
  { path: '/admin/declarations/:quarter', role: 'admin', page: (p) => <AdminDeclaration quarter={p.quarter!} /> },
  { path: '/admin/accounts', role: 'admin', page: () => <AdminAccounts />, nav: 'nav.accounts' },
  { path: '/admin/outbox', role: 'admin', page: () => <AdminOutbox />, nav: 'nav.outbox' },
  { path: '/coach', role: 'coach', page: () => <CoachHome />, nav: 'nav.participants' },
  { path: '/coach/participants/:id', role: 'coach', page: (p) => <CoachParticipant id={p.id!} /> },
  { path: '/coach/cohorts/:id/attendance', role: 'coach', page: (p) => <CoachAttendance cohortId={p.id!} /> },
  { path: '/coach/cohorts/:id/report', role: 'coach', page: (p) => <CoachReport cohortId={p.id!} /> },
];

const HOME: Record<Role, string> = { worker: '/worker', employer: '/employer', admin: '/admin', coach: '/coach' };

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang">
      <span className="visually-hidden">{t('common.language')}</span>
      <select value={i18n.language} onChange={(e) => setLanguage(e.target.value)} aria-label={t('common.language')}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function Shell({ me, path, children, onSignOut }: { me: Me | null; path: string; children: ReactNode; onSignOut: () => void }) {
  const { t } = useTranslation();
  const nav = me ? ROUTES.filter((r) => r.role === me.role && r.nav) : [];
  return (
    <>
      <a className="skip" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="top">
        <div className="top-row">
          <Link to={me ? HOME[me.role] : '/sign-in'} className="brand">
            TalentCoop
          </Link>
          <LanguageSwitch />
          {me && (
            <button type="button" className="link-button" onClick={onSignOut}>
              {t('common.signOut')}
            </button>
          )}
        </div>
        {nav.length > 0 && (
          <nav aria-label={t('common.menu')}>
            <ul>
              {nav.map((r) => (
                <li key={r.path}>
                  <Link to={r.path} className={path === r.path || (r.path !== HOME[me!.role] && path.startsWith(r.path)) ? 'current' : ''}>
                    {t(r.nav!)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main">{children}</main>
      {me && <footer className="foot">{t('common.signedInAs', { name: me.displayName, role: t(`roles.${me.role}`) })}</footer>}
    </>
  );
}

export function App() {
  const path = usePath();
  const { t } = useTranslation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const refresh = useCallback(async () => {
    const { data } = await api.GET('/api/v1/me');
    setMe(data ?? null);
  }, []);
  // Signed out here first, so a request still in flight that meets the ended session is not
  // taken for an expired one.
  const signOut = useCallback(async () => {
    setMe(null);
    navigate('/sign-in', true);
    await api.DELETE('/api/v1/auth/session');
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(
    () =>
      onSessionExpired(() => {
        setMe((was) => {
          if (was) navigate('/session-expired', true);
          return null;
        });
      }) && undefined,
    [],
  );

  let found: { route: RouteDef; params: Record<string, string> } | null = null;
  for (const route of ROUTES) {
    const params = match(route.path, path);
    if (params) {
      found = { route, params };
      break;
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: the route is found anew on every render; its path is what changes.
  useEffect(() => {
    if (me === undefined) return;
    if (!found) navigate(me ? HOME[me.role] : '/sign-in', true);
    else if (found.route.role !== 'public' && (!me || me.role !== found.route.role)) navigate(me ? HOME[me.role] : '/sign-in', true);
  }, [me, found?.route.path]);

  if (me === undefined) return <p className="muted">{t('common.loading')}</p>;
  const allowed = found && (found.route.role === 'public' || me?.role === found.route.role);
  return (
    <SessionContext.Provider value={{ me, refresh, signOut }}>
      <Shell me={me} path={path} onSignOut={() => void signOut()}>
        {allowed ? found!.route.page(found!.params) : null}
      </Shell>
    </SessionContext.Provider>
  );
}

export { HOME };
