import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../api/workers/clock';
import { writeCamt053 } from '../../domain/banking/camt-writer';
import { quarterOfMonth } from '../../domain/declarations/quarter';
import { addMonths } from '../../domain/time/dates';
import { isoWeekOfDate } from '../../domain/time/iso-week';
import type { PlatformServices } from '../../platform/services';
import { startDemoPlacement } from '../../scripts/lib/demo-live';
import { demoHistoryPlan, openDemoWaitingWeek, payDemoHistory } from '../../scripts/lib/demo-history';
import { seedDemo } from '../../scripts/lib/demo-seed';
import { smsCatcherAddress } from '../../activities/gateways/sms';
import { eventually, onboardWorker, proposedPlacement } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { freshNamespace } from '../support/temporal';
import { checkPage, journey, launchChromium, phone, signIn, signOut, watchErrors } from './browser';

/**
 * The web portal, driven in Debian's Chromium on a phone-sized screen against the real stack
 * (embedded PostgreSQL, Temporal, the demo cooperative): one journey per role, from sign-in to
 * the role's main task, with axe-core on every page.
 */
let platform: TestPlatform;
let browser: Browser;
const plan = demoHistoryPlan(todayInBrussels());
const today = todayInBrussels();

const login = async (email: string, password: string) =>
  (await platform.http('POST', '/api/v1/auth/login', { body: { email, password } })).body.token as string;

beforeAll(async () => {
  platform = await startTestPlatform({
    ALLOW_DEMO_ACCOUNTS: 'true',
    TEMPORAL_NAMESPACE: await freshNamespace(),
    DIMONA_SANDBOX_ANSWER_DELAY_MS: '0',
    PEPPOL_SANDBOX_ANSWER_DELAY_MS: '0',
  });
  const { config, orm, cipher, logger } = platform.deps;
  const services: PlatformServices = { config, orm, cipher, logger, temporal: platform.temporal, close: async () => undefined };
  await seedDemo(services);
  await payDemoHistory(platform.deps);
  await openDemoWaitingWeek(platform.deps);
  await startDemoPlacement(platform.baseUrl);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('the portal shell', () => {
  it('serves the pages with a strict CSP, and the API refuses a cookie change without the portal header', async () => {
    const page = await fetch(`${platform.baseUrl}/worker/payslips`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const session = await fetch(`${platform.baseUrl}/api/v1/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'worker@demo.coop', password: 'demo-worker-pass' }),
    });
    const cookie = session.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(await session.json()).not.toHaveProperty('token');
    const sessionCookie = cookie.split(';')[0]!;
    expect((await fetch(`${platform.baseUrl}/api/v1/me`, { headers: { cookie: sessionCookie } })).status).toBe(200);
    const forged = await fetch(`${platform.baseUrl}/api/v1/contracts/00000000-0000-4000-8000-000000000000/signatures`, {
      method: 'POST',
      headers: { cookie: sessionCookie, 'content-type': 'application/json' },
      body: '{"agree":true}',
    });
    expect(forged.status).toBe(403);
  });
});

describe('a worker on a phone', () => {
  it('records and sends this week, then reads a payslip and downloads its PDF, in French then English', async () => {
    const context = await phone(browser, 'fr-BE');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await journey(page, 'worker', async () => {
      await signIn(page, platform.baseUrl, 'worker@demo.coop', 'demo-worker-pass');
      await page.getByRole('heading', { name: 'Ma semaine' }).waitFor();
      await page.getByText('Résidence Les Tilleuls ASBL').waitFor();
      await checkPage(page, 'worker-week');
      const todayBox = page.locator(`#h-${today}`);
      await todayBox.fill('7.5');
      await page.getByRole('button', { name: 'Envoyer à l’employeur' }).click();
      await page.getByText('en attente de l’employeur').first().waitFor();
      await checkPage(page, 'worker-week-sent');
      const sheet = await platform.db.query<{ status: string; total_minutes: number }>(
        `select status, total_minutes from timesheet where iso_week = '${isoWeekOfDate(today)}' and status = 'submitted'`,
      );
      expect(sheet).toEqual([{ status: 'submitted', total_minutes: 450 }]);

      await page.getByRole('link', { name: 'Mes fiches de paie' }).click();
      await page.getByRole('heading', { name: 'Mes fiches de paie' }).waitFor();
      await checkPage(page, 'worker-payslips');
      await page.locator('.card-link').first().click();
      await page.getByRole('heading', { name: 'Pourquoi ce montant' }).waitFor();
      await checkPage(page, 'worker-payslip');
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Télécharger le PDF' }).click();
      const pdf = readFileSync((await (await downloading).path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

      await page.getByLabel('Langue').selectOption('en');
      await page.getByRole('heading', { name: 'Why this amount' }).waitFor();
      await page.getByRole('link', { name: 'My contract' }).click();
      await page.getByRole('heading', { name: 'My contract' }).waitFor();
      await checkPage(page, 'worker-contract');
      // Her live contract was signed by both sides: the page serves the signed version and keeps the draft she signed.
      const versions = await platform.db.query<{ version: number; sha256: string }>(
        `select d.version, d.sha256 from stored_document d join employment_contract c on d.business_key in ('contract:' || c.id, 'contract:' || c.id || ':signed')
          where c.start_date = '${today}' order by d.version`,
      );
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      const sha256Of = async (link: string) => {
        const downloading = page.waitForEvent('download');
        await page.getByRole('link', { name: link }).click();
        return createHash('sha256')
          .update(readFileSync((await (await downloading).path())!))
          .digest('hex');
      };
      expect(await sha256Of('Read the signed contract (PDF)')).toBe(versions[1]!.sha256);
      expect(await sha256Of('Version 1: the draft as it was signed')).toBe(versions[0]!.sha256);
      await page.getByRole('link', { name: 'My workplace' }).click();
      await page.getByText('Rue des Tilleuls 5').waitFor();
      await checkPage(page, 'worker-placement');
      await page.getByRole('link', { name: 'Who read my file' }).click();
      await page.getByRole('heading', { name: 'Who read my file' }).waitFor();
      await checkPage(page, 'worker-access-log');
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('an employer on a phone', () => {
  it('approves a week from the e-mailed link without an account, and another week from their account', async () => {
    // The worker's week sent above brought the contact an e-mail whose link opens the portal.
    const mail = await platform.mail.waitFor((m) => m.to.includes('employer@demo.coop') && m.text.includes('/approve#'));
    const link = /https?:\/\/\S+\/approve#\S+/.exec(mail.text)![0];
    const anonymous = await phone(browser, 'fr-BE');
    const linkPage = await anonymous.newPage();
    await linkPage.goto(link.replace(/^https?:\/\/[^/]+/, platform.baseUrl));
    await linkPage.getByRole('heading', { name: 'Approuver les heures' }).waitFor();
    await linkPage.getByText('Amina').first().waitFor();
    await checkPage(linkPage, 'employer-magic-link');
    await linkPage.getByLabel('Votre nom').fill('Claire Dubois');
    await linkPage.getByRole('button', { name: 'Approuver' }).click();
    await linkPage.getByText('Les heures sont approuvées').waitFor();
    await checkPage(linkPage, 'employer-magic-link-done');
    await anonymous.close();

    // A second worker placed with the same employer sends a week; the employer approves it signed in.
    const admin = await login('admin@demo.coop', 'demo-admin-pass');
    const employer = await login('employer@demo.coop', 'demo-employer-pass');
    const employerId = (await platform.http('GET', '/api/v1/me', { token: employer })).body.employerId as string;
    const workerId = await onboardWorker(platform, admin, { firstName: 'Lina' });
    const { placementId, workerToken } = await proposedPlacement(platform, admin, employerId, workerId, today);

    const context = await phone(browser, 'nl-BE');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await journey(page, 'employer', async () => {
      await signIn(page, platform.baseUrl, 'employer@demo.coop', 'demo-employer-pass');
      await page.getByRole('link', { name: 'Personeelsaanvragen' }).click();
      await page.getByRole('heading', { name: 'Voorgestelde werknemers' }).waitFor();
      await checkPage(page, 'employer-job-requests');
      await page.getByRole('button', { name: 'Aanvaarden' }).click();
      await eventually(
        () => platform.http('GET', `/api/v1/placements/${placementId}`, { token: admin }),
        (r) => r.body.status === 'active',
        'the placement starting',
      );

      const week = isoWeekOfDate(today);
      const path = `/api/v1/placements/${placementId}/timesheets/${week}`;
      // The week's timesheet opens a moment after the placement starts.
      await eventually(
        () => platform.http('PUT', `${path}/entries`, { token: workerToken, body: { entries: [{ date: today, hours: 6, kind: 'regular' }] } }),
        (r) => r.status === 200,
        'the week opening',
      );
      expect((await platform.http('POST', `${path}/submission`, { token: workerToken, body: {} })).status).toBe(200);

      await page.getByRole('link', { name: 'Weken goed te keuren' }).click();
      await page.getByText('Lina').first().click();
      await page.getByRole('button', { name: 'Goedkeuren' }).waitFor();
      await checkPage(page, 'employer-week');
      await page.getByRole('button', { name: 'Goedkeuren' }).click();
      await page.getByText('goedgekeurd').first().waitFor();
      expect((await platform.http('GET', path, { token: admin })).body.status).toBe('approved');
      await page.getByRole('link', { name: 'Facturen' }).click();
      await page.getByRole('heading', { name: 'Facturen' }).waitFor();
      await checkPage(page, 'employer-invoices');

      // The other demo employer finds the part-timer's last week of the history waiting, and approves it.
      await signOut(page, 'Afmelden');
      await signIn(page, platform.baseUrl, 'employer2@demo.coop', 'demo-employer2-pass');
      await page.getByText('Yonas').first().click();
      await page.getByRole('button', { name: 'Goedkeuren' }).click();
      await page.getByText('goedgekeurd').first().waitFor();
      await checkPage(page, 'employer2-week-approved');
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('the cooperative staff on a phone', () => {
  it('take a new worker through onboarding, and approve a payroll run as the second admin', async () => {
    const context = await phone(browser, 'fr-BE');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await journey(page, 'admin', async () => {
      await signIn(page, platform.baseUrl, 'admin@demo.coop', 'demo-admin-pass');
      await page.getByRole('heading', { name: 'Ce qui vous attend' }).waitFor();
      await checkPage(page, 'admin-home');
      await page.getByRole('link', { name: 'Travailleurs' }).click();
      await page.getByRole('link', { name: 'Inscrire un travailleur' }).click();
      // A bad e-mail comes back as the API's own message, next to its field; nothing is written.
      const workers = async () => (await platform.db.query<{ n: number }>('select count(*)::int as n from worker'))[0]!.n;
      const before = await workers();
      const oumarPhone = '+32 470 55 01 23';
      await page.getByLabel('Prénom').fill('Oumar');
      await page.getByLabel('E-mail (facultatif)').fill('oumar@');
      await page.getByRole('button', { name: 'Inscrire', exact: true }).click();
      await page.locator('.field-error').first().waitFor();
      await checkPage(page, 'admin-register-worker-problem');
      expect(await workers()).toBe(before);
      await page.getByLabel('E-mail (facultatif)').fill('');
      await page.getByLabel('GSM (facultatif)').fill(oumarPhone);
      await page.getByRole('button', { name: 'Inscrire', exact: true }).click();
      await page.getByRole('heading', { name: 'Oumar' }).waitFor();
      await page.getByRole('checkbox').check();
      await checkPage(page, 'admin-worker-consent');
      await page.getByRole('button', { name: 'Enregistrer le consentement' }).click();
      await page.getByLabel('Numéro du permis').fill('BXL-2026-77');
      await page.getByLabel('Délivré par').fill('Région de Bruxelles-Capitale');
      await page.getByLabel('Valable du').fill(today);
      await page.getByLabel('Valable jusqu’au').fill('2027-12-31');
      await checkPage(page, 'admin-worker-permit');
      await page.getByRole('button', { name: 'Enregistrer le permis' }).click();
      for (const label of ['Document d’identité', 'Permis de travail', 'Coordonnées bancaires', 'Diplômes ou compétences'])
        await page.getByLabel(label).check();
      await page.getByRole('button', { name: 'Enregistrer la vérification' }).click();
      // Payroll needs a way to pay him, an address and his tax situation before he is ready (14.8).
      await page.getByText('Il manque encore : un moyen de payer (IBAN), une adresse, la situation fiscale.').waitFor();
      await page.getByLabel('Pas de compte bancaire : payé·e par chèque circulaire').check();
      await page.getByLabel('Rue', { exact: true }).fill('Rue de Brabant');
      await page.getByLabel('Numéro', { exact: true }).fill('20');
      await page.getByLabel('Code postal').fill('1030');
      await page.getByLabel('Commune').fill('Schaerbeek');
      await page.getByLabel('Enfants à charge').fill('1');
      await checkPage(page, 'admin-worker-pay-details');
      await page.getByRole('button', { name: 'Enregistrer les données de paie' }).click();
      await page.getByText('L’accueil est terminé').waitFor();
      await checkPage(page, 'admin-worker-ready');

      // Oumar has no e-mail: on his own phone he signs in with a code sent by SMS, and confirms the
      // consent the cooperative recorded for him.
      const oumar = await (await phone(browser, 'fr-BE')).newPage();
      await oumar.goto(`${platform.baseUrl}/`);
      await oumar.getByLabel('Numéro de GSM').fill(oumarPhone);
      await oumar.getByRole('button', { name: 'Envoyez-moi un code' }).click();
      await oumar.getByText('un code arrive par SMS').waitFor();
      const sms = await platform.mail.waitFor((m) => m.to.includes(smsCatcherAddress(oumarPhone)) && /Votre code TalentCoop/.test(m.text));
      await oumar.getByLabel('Le code à 6 chiffres').fill(/\b(\d{6})\b/.exec(sms.text)![1]!);
      await checkPage(oumar, 'worker-sign-in-by-code');
      await oumar.getByRole('button', { name: 'Me connecter avec ce code' }).click();
      await oumar
        .getByRole('heading', { name: 'Merci de confirmer votre consentement' })
        .or(oumar.getByText('Merci de confirmer votre consentement'))
        .first()
        .waitFor();
      await checkPage(oumar, 'worker-consent-to-confirm');
      await oumar.getByRole('button', { name: 'Je confirme' }).click();
      await oumar.getByText('Merci de confirmer votre consentement').waitFor({ state: 'detached' });
      await oumar.getByText('Vous n’avez pas de lieu de travail').waitFor();
      await oumar.context().close();

      // The first admin starts the run; approving is refused to them, with the reason shown.
      await page.getByRole('link', { name: 'Paie' }).click();
      await page.getByLabel('Mois').fill(plan.unpaidMonth);
      await page.getByRole('button', { name: 'Lancer la paie' }).click();
      await page.getByRole('heading', { name: 'À vérifier avant d’approuver' }).waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByRole('button', { name: 'Approuver et payer' }).isDisabled()).toBe(true);
      await checkPage(page, 'admin-payroll-preview');
      const runUrl = page.url();
      await signOut(page, 'Se déconnecter');
      await page.getByRole('heading', { name: 'Connexion' }).waitFor();

      await signIn(page, platform.baseUrl, 'admin2@demo.coop', 'demo-admin2-pass');
      await page.getByRole('heading', { name: 'Ce qui vous attend' }).waitFor();
      await page.goto(runUrl);
      await page.getByRole('button', { name: 'Approuver et payer' }).click();
      await page.getByText('payé', { exact: true }).waitFor({ timeout: 120_000 });
      await checkPage(page, 'admin-payroll-paid');
      const runId = runUrl.split('/').pop()!;
      const admin2 = await login('admin2@demo.coop', 'demo-admin2-pass');
      const run = (await platform.http('GET', `/api/v1/payroll-runs/${runId}`, { token: admin2 })).body;
      expect(run.status).toBe('finalised');
      expect(run.approvedBy).not.toBe(run.startedBy);
      for (const [link, name] of [
        ['Comptes', 'admin-accounts'],
        ['Mises à disposition', 'admin-placements'],
        ['Factures', 'admin-invoices'],
        ['Déclarations', 'admin-declarations'],
        ['Messages envoyés', 'admin-outbox'],
      ] as const) {
        await page.getByRole('link', { name: link }).click();
        await page.getByRole('heading', { name: link, level: 1 }).waitFor();
        await checkPage(page, name);
      }
      // A new coach is invited from the accounts page; the invitation shows as sent, not yet used.
      await page.getByRole('link', { name: 'Comptes' }).click();
      await page.getByLabel('Nom', { exact: true }).fill('Inès (coach)');
      await page.getByLabel('E-mail').fill('ines@coach.test');
      await page.getByRole('button', { name: 'Envoyer l’invitation', exact: true }).click();
      await page.getByText('Inès (coach)').waitFor();
      await page.getByText('envoyée, pas encore utilisée').first().waitFor();
      await platform.mail.waitFor((m) => m.to.includes('ines@coach.test') && m.text.includes('/set-password#'));
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('an invoice, its lines and its credit note', () => {
  it('the admin reads a draft line by line, issues it and credits it with a reason; the employer finds the lines and the credit note with its PDF', async () => {
    const admin = await login('admin@demo.coop', 'demo-admin-pass');
    const employerId = (await platform.http('GET', '/api/v1/me', { token: await login('employer@demo.coop', 'demo-employer-pass') })).body.employerId as string;
    expect((await platform.http('POST', '/api/v1/invoice-runs', { token: admin, body: { period: plan.unpaidMonth } })).status).toBe(202);
    const [draft] = await eventually(
      async () => (await platform.http('GET', `/api/v1/invoices?status=draft&employerId=${employerId}`, { token: admin })).body.invoices as { id: string }[],
      (d) => d.length === 1,
      'the draft of Résidence Les Tilleuls',
    );
    const credits = async () => (await platform.db.query<{ n: number }>(`select count(*)::int as n from invoice where kind = 'credit-note'`))[0]!.n;
    const pdfOf = async (page: Page, name: string) => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name }).click();
      return readFileSync((await (await downloading).path())!)
        .subarray(0, 5)
        .toString();
    };

    const context = await phone(browser, 'en-GB');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await journey(page, 'admin-invoice', async () => {
      await signIn(page, platform.baseUrl, 'admin@demo.coop', 'demo-admin-pass');
      await page.getByRole('heading', { name: 'What needs you' }).waitFor();
      await page.getByRole('link', { name: 'Invoices' }).click();
      await page.locator(`a[href="/admin/invoices/${draft!.id}"]`).click();
      await page.getByRole('heading', { name: 'Invoice (draft)' }).waitFor();
      // Every line says what it bills: the weeks (and their versions) and the amount, from integer cents.
      const lines = page.getByRole('list', { name: 'Lines' }).getByRole('listitem');
      await lines.first().waitFor();
      await expect.poll(() => lines.first().textContent()).toMatch(/Weeks billed: \d{4}-W\d{2}/);
      await expect.poll(() => lines.first().textContent()).toMatch(/€[\d,]+\.\d{2}/);
      await checkPage(page, 'admin-invoice-draft');
      await page.getByRole('button', { name: 'Issue this invoice' }).click();
      await page.getByRole('heading', { name: /^Invoice \d{4}-\d{6}$/ }).waitFor();
      const number = (await page.getByRole('heading', { level: 1 }).textContent())!.split(' ').pop()!;

      // No reason: the API's problem next to the field, and no credit note written.
      const before = await credits();
      await page.getByRole('button', { name: 'Issue the credit note' }).click();
      await page.getByText('Invalid request').waitFor();
      await page.locator('.field-invalid').getByLabel('Reason, shown on the credit note').waitFor();
      await checkPage(page, 'admin-invoice-credit-problem');
      expect(await credits()).toBe(before);
      await page.getByLabel('Reason, shown on the credit note').fill('Billed at the wrong rate: a corrected invoice follows.');
      await page.getByRole('button', { name: 'Issue the credit note' }).click();
      await page.getByText(/^Credit note \d{4}-C\d{5} issued\.$/).waitFor();
      await page.getByText('credited', { exact: true }).waitFor();
      const creditNumber = /Credit note (\S+) issued/.exec((await page.getByText(/^Credit note \S+ issued\.$/).textContent()) ?? '')![1]!;
      expect(await credits()).toBe(before + 1);
      const [creditNote] = (await platform.http('GET', `/api/v1/invoices?correctsInvoiceId=${draft!.id}`, { token: admin })).body.invoices;
      expect(creditNote).toMatchObject({ number: creditNumber, kind: 'credit-note', purpose: 'full-credit' });
      await eventually(
        () => platform.http('GET', `/api/v1/invoices/${creditNote.id}/document`, { token: admin }),
        (r) => r.status === 200,
        'the PDF of the credit note',
      );
      await checkPage(page, 'admin-invoice-credited');
      expect(await pdfOf(page, `PDF of ${creditNumber}`)).toBe('%PDF-');

      // The employer, in Dutch: the invoice's lines, and the credit note that refers to it with its PDF.
      await signOut(page, 'Sign out');
      await page.getByLabel('Language').selectOption('nl');
      await signIn(page, platform.baseUrl, 'employer@demo.coop', 'demo-employer-pass');
      await page.getByRole('link', { name: 'Facturen' }).click();
      await page.getByRole('link', { name: new RegExp(number) }).click();
      await page.getByRole('heading', { name: `Factuur ${number}` }).waitFor();
      await page.getByRole('list', { name: 'Lijnen' }).getByRole('listitem').first().waitFor();
      await page.getByText('gecrediteerd', { exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Creditnota’s en aanvullende facturen' }).waitFor();
      await checkPage(page, 'employer-invoice');
      expect(await page.getByRole('button', { name: 'De creditnota uitreiken' }).count()).toBe(0);
      expect(await pdfOf(page, `Pdf van ${creditNumber}`)).toBe('%PDF-');
      await page.getByRole('link', { name: new RegExp(`Creditnota ${creditNumber}`) }).click();
      await page.getByRole('heading', { name: `Creditnota ${creditNumber}` }).waitFor();
      await page.getByText('Verwijst naar de factuur die ze corrigeert').waitFor();
      await checkPage(page, 'employer-credit-note');
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('a quarter’s DmfA', () => {
  it('the admin prepares it, sends it, sees the ONSS anomaly, sends a corrected version until it is acknowledged, beside the legal deadlines', async () => {
    const admin = await login('admin@demo.coop', 'demo-admin-pass');
    const quarter = quarterOfMonth(plan.from.slice(0, 7));
    const declarations = async () => (await platform.db.query<{ n: number }>('select count(*)::int as n from dmfa_declaration_version'))[0]!.n;
    const context = await phone(browser, 'fr-BE');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await journey(page, 'admin-dmfa', async () => {
      await signIn(page, platform.baseUrl, 'admin@demo.coop', 'demo-admin-pass');
      await page.getByRole('heading', { name: 'Ce qui vous attend' }).waitFor();
      await page.getByRole('link', { name: 'Déclarations' }).click();
      await page.getByRole('heading', { name: 'Déclarations', level: 1 }).waitFor();
      // The legal deadlines in the reader's words (the monthly provision is always within the coming 90 days).
      await page
        .getByText(/^Provision de sécurité sociale de .+ payée à l’ONSS$/)
        .first()
        .waitFor();
      // A malformed quarter: the API's problem next to the field, nothing written.
      await page.getByLabel('Trimestre').fill('2026-Q5');
      await page.getByRole('button', { name: 'Préparer la DmfA' }).click();
      await page.locator('.field-invalid').getByLabel('Trimestre').waitFor();
      await page.getByText('Requête invalide').waitFor();
      await checkPage(page, 'admin-dmfa-problem');
      expect(await declarations()).toBe(0);

      await page.getByLabel('Trimestre').fill(quarter);
      await page.getByRole('button', { name: 'Préparer la DmfA' }).click();
      await page.getByRole('heading', { name: `DmfA ${quarter}` }).waitFor();
      await page.getByRole('button', { name: 'Envoyer la version 1 à l’ONSS' }).waitFor({ timeout: 60_000 });
      await page.getByText(/^Conforme au schéma/).waitFor();
      await expect.poll(() => page.getByRole('list', { name: 'Par travailleur·euse' }).getByRole('listitem').count()).toBe(3);
      await checkPage(page, 'admin-dmfa-ready');

      // The ONSS sandbox will find an anomaly on one worker of the declaration.
      const rejected = (await platform.http('GET', `/api/v1/declarations/dmfa/${quarter}`, { token: admin })).body.workers[1];
      const scripted = await platform.http('POST', '/api/v1/sandbox/onss/dmfa-rejections', {
        token: admin,
        body: { workerId: rejected.workerId, reason: 'INSS unknown to the Crossroads Bank' },
      });
      expect(scripted.status).toBe(201);
      await page.getByRole('button', { name: 'Envoyer la version 1 à l’ONSS' }).click();
      const anomalies = page.getByRole('list', { name: 'Anomalies relevées par l’ONSS' });
      await anomalies.getByText(rejected.workerCode).waitFor({ timeout: 60_000 });
      await checkPage(page, 'admin-dmfa-anomalies');

      // A correction needs its reason; with one, version 2 is built, sent and acknowledged; both versions stay listed.
      await page.getByRole('button', { name: 'Construire la version 2' }).click();
      await page.locator('.field-invalid').getByLabel('Motif de la correction').waitFor();
      expect(await declarations()).toBe(1);
      await page.getByLabel('Motif de la correction').fill('INSS vérifié avec le travailleur');
      await page.getByRole('button', { name: 'Construire la version 2' }).click();
      await page.getByRole('button', { name: 'Envoyer la version 2 à l’ONSS' }).click({ timeout: 60_000 });
      await page.getByText(/^Accusé de réception de l’ONSS le/).waitFor({ timeout: 60_000 });
      await expect
        .poll(() =>
          page
            .getByRole('list', { name: 'Versions' })
            .getByRole('listitem')
            .filter({ hasText: /^version \d/ })
            .count(),
        )
        .toBe(2);
      await checkPage(page, 'admin-dmfa-acknowledged');
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Fichier de la version 2 (XML)' }).click();
      expect(readFileSync((await (await downloading).path())!, 'utf8')).toMatch(/^<\?xml/);
      const done = (await platform.http('GET', `/api/v1/declarations/dmfa/${quarter}`, { token: admin })).body;
      expect(done.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
        [1, 'anomalies'],
        [2, 'acknowledged'],
      ]);

      await page.getByRole('link', { name: 'Déclarations' }).first().click();
      await page.getByRole('link', { name: new RegExp(`^DmfA ${quarter}`) }).waitFor();
      await checkPage(page, 'admin-declarations-list');
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('a bank statement', () => {
  it('the admin imports a camt.053: the invoice it pays is paid, an unknown credit waits for review and is assigned; a broken file is refused whole; the same file again changes nothing', async () => {
    const admin = await login('admin@demo.coop', 'demo-admin-pass');
    const employerId = (await platform.http('GET', '/api/v1/me', { token: await login('employer2@demo.coop', 'demo-employer2-pass') })).body
      .employerId as string;
    expect((await platform.http('POST', '/api/v1/invoice-runs', { token: admin, body: { period: plan.unpaidMonth } })).status).toBe(202);
    const [draft] = await eventually(
      async () => (await platform.http('GET', `/api/v1/invoices?status=draft&employerId=${employerId}`, { token: admin })).body.invoices as { id: string }[],
      (d) => d.length === 1,
      'the draft of Brasserie du Canal',
    );
    expect((await platform.http('POST', `/api/v1/invoices/${draft!.id}/issue`, { token: admin, body: {} })).status).toBe(200);
    const invoice = (await platform.http('GET', `/api/v1/invoices/${draft!.id}`, { token: admin })).body;
    const dir = mkdtempSync(join(tmpdir(), 'portal-statement-'));
    const statement = join(dir, 'statement.xml');
    writeFileSync(
      statement,
      writeCamt053({
        version: '02',
        statementId: `PORTAL-${Date.now()}`,
        accountIban: 'BE68539007547034',
        createdAt: `${today}T18:00:00`,
        credits: [
          {
            amountCents: invoice.totalCents,
            structuredCommunication: invoice.structuredCommunication,
            debtorName: 'Brasserie du Canal SRL',
            bookingDate: today,
            reference: 'E-1',
          },
          { amountCents: 1234, freeText: 'cotisation', debtorName: 'Quelqu’un', bookingDate: today, reference: 'E-2' },
        ],
      }),
    );
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, '<Document><BkToCstmrStmt><Stmt><Ntry><Amt>douze</Amt></Ntry></Stmt></BkToCstmrStmt></Document>');
    const statements = async () => (await platform.db.query<{ n: number }>('select count(*)::int as n from bank_statement'))[0]!.n;

    const context = await phone(browser, 'nl-BE');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await journey(page, 'admin-payments', async () => {
      await signIn(page, platform.baseUrl, 'admin@demo.coop', 'demo-admin-pass');
      await page.getByRole('heading', { name: 'Wat op u wacht' }).waitFor();
      await page.getByRole('link', { name: 'Ontvangsten' }).click();
      await page.getByRole('heading', { name: 'Ontvangsten', level: 1 }).waitFor();
      await checkPage(page, 'admin-payments');
      const before = await statements();
      await page.getByLabel('Bestand van het uittreksel').setInputFiles(broken);
      await page.getByRole('button', { name: 'Het uittreksel inlezen' }).click();
      await page.getByText('Ongeldige aanvraag').waitFor();
      await checkPage(page, 'admin-payments-problem');
      expect(await statements()).toBe(before);

      await page.getByLabel('Bestand van het uittreksel').setInputFiles(statement);
      await page.getByRole('button', { name: 'Het uittreksel inlezen' }).click();
      await page.getByText('2 crediteringen: 1 gekoppeld aan een factuur, 1 na te kijken.').waitFor();
      const paid = page.getByRole('list', { name: 'Betaalde facturen' }).getByRole('listitem');
      await paid.getByRole('link', { name: `Factuur ${invoice.number}` }).waitFor();
      await paid.getByText('betaald', { exact: true }).waitFor();
      await page.getByRole('list', { name: 'Niet gekoppeld' }).getByText('geen gestructureerde mededeling en een onbekende betaler').waitFor();
      await checkPage(page, 'admin-payments-imported');
      expect((await platform.http('GET', `/api/v1/invoices/${invoice.id}`, { token: admin })).body).toMatchObject({ status: 'paid', openCents: 0 });

      // The unknown credit waits for review; assigned to the invoice, it leaves the queue (kept as the employer's credit).
      const waiting = page.getByRole('list', { name: 'Na te kijken crediteringen' }).getByRole('listitem').filter({ hasText: '12,34' });
      await waiting.getByLabel('Factuur die ze betaalt').selectOption(invoice.id);
      await waiting.getByRole('button', { name: 'Toewijzen' }).click();
      await waiting.waitFor({ state: 'detached' });
      expect((await platform.http('GET', '/api/v1/payments/unmatched', { token: admin })).body.payments).toEqual([]);

      await page.getByLabel('Bestand van het uittreksel').setInputFiles(statement);
      await page.getByRole('button', { name: 'Het uittreksel inlezen' }).click();
      await page.getByText('Dit uittreksel was al ingelezen: er is niets veranderd.').waitFor();
      expect(await statements()).toBe(before + 1);
      await checkPage(page, 'admin-payments-again');
    });
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('a coach on a phone', () => {
  it('records an intake and a milestone, then opens the cohort report with its charts', async () => {
    const context = await phone(browser, 'fr-BE');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await journey(page, 'coach', async () => {
      await signIn(page, platform.baseUrl, 'coach@demo.coop', 'demo-coach-pass');
      await page.getByRole('heading', { name: 'Mes participant·es' }).waitFor();
      await checkPage(page, 'coach-home');
      await page.getByText('Fatou D.').click();
      await page.getByRole('heading', { name: 'Accueil (point de départ)' }).waitFor();
      for (const domain of ['Revenus', 'Logement', 'Santé', 'Situation juridique', 'Langue', 'Réseau', 'Compétences numériques']) {
        await page.getByRole('radiogroup', { name: domain }).getByText('3', { exact: true }).click();
      }
      await checkPage(page, 'coach-intake');
      await page.getByRole('button', { name: 'Enregistrer l’accueil' }).click();
      await page.getByText('3 / 5').first().waitFor();
      const evidence = page.getByLabel('Ce qui montre que c’est atteint').first();
      await evidence.fill('Plan d’affaires relu avec la coach et déposé.');
      await page.getByRole('button', { name: 'Marquer comme atteint' }).first().click();
      await page.getByText('Plan d’affaires relu avec la coach et déposé.', { exact: false }).waitFor();
      await checkPage(page, 'coach-participant');
      expect(await platform.db.query('select status from milestone where completed_on is not null')).toHaveLength(1);

      await page.getByRole('link', { name: 'Mes participant·es' }).first().click();
      await page.getByRole('link', { name: 'Rapport de cohorte' }).click();
      await page.locator('figure.chart svg').first().waitFor();
      expect(await page.locator('figure.chart').count()).toBe(3);
      await checkPage(page, 'coach-report');
      await page.getByRole('link', { name: 'Mes participant·es' }).first().click();
      await page.getByRole('link', { name: 'Présences aux séances de groupe' }).click();
      await page.getByRole('heading', { name: 'Présences aux séances de groupe' }).waitFor();
      await checkPage(page, 'coach-attendance');
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('the end of a trajectory', () => {
  it('the coach records a participant’s final evaluation once the 24 months are over; without the scores it is refused and nothing changes', async () => {
    const admin = await login('admin@demo.coop', 'demo-admin-pass');
    const coachId = (await platform.http('GET', '/api/v1/me', { token: await login('coach@demo.coop', 'demo-coach-pass') })).body.userId as string;
    // A cohort that started 25 months ago: its participant's 24 months are over as soon as they join.
    const cohort = await platform.http('POST', '/api/v1/cohorts', {
      token: admin,
      body: { name: 'Cohorte de fin de parcours', startDate: addMonths(today, -25), coachIds: [coachId] },
    });
    expect(cohort.status).toBe(201);
    const application = await platform.http('POST', `/api/v1/cohorts/${cohort.body.id}/applications`, {
      token: admin,
      body: {
        displayName: 'Awa K.',
        language: 'fr',
        projectIdea: 'Une épicerie fine de produits d’Afrique de l’Ouest à Saint-Gilles.',
        motivation: 'Travailler à mon compte.',
        scores: { 'project-clarity': 4, motivation: 5, skills: 4, market: 3, feasibility: 3 },
      },
    });
    const selected = await platform.http('POST', `/api/v1/applications/${application.body.id}/decision`, {
      token: admin,
      body: { decision: 'selected', reason: 'Projet clair, premiers clients.', coachId },
    });
    const participantId = selected.body.participantId as string;
    const participant = () => platform.http('GET', `/api/v1/participants/${participantId}`, { token: admin });
    await eventually(participant, (r) => r.body.status === 'awaiting-final-evaluation', 'the end of the 24 months');

    const context = await phone(browser, 'en-GB');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await journey(page, 'coach-final-evaluation', async () => {
      await signIn(page, platform.baseUrl, 'coach@demo.coop', 'demo-coach-pass');
      await page.getByRole('heading', { name: 'My participants' }).waitFor();
      await page.getByText('Awa K.').click();
      await page.getByRole('heading', { name: 'Final evaluation' }).waitFor();
      await checkPage(page, 'coach-final-evaluation');
      await page.getByRole('button', { name: 'Record the final evaluation' }).click();
      await page.getByText('Invalid request').waitFor();
      expect((await participant()).body.status).toBe('awaiting-final-evaluation');

      for (const domain of ['Income', 'Housing', 'Health', 'Legal situation', 'Language', 'Network', 'Digital skills']) {
        await page.getByRole('radiogroup', { name: domain }).getByText('4', { exact: true }).click();
      }
      await page.getByLabel('Outcome').selectOption('activity-launched');
      await page.getByLabel('Why the participant leaves (in a sentence)').fill('Her grocery opened in June and has regular customers.');
      await page.getByRole('button', { name: 'Record the final evaluation' }).click();
      await page.getByText('completed', { exact: true }).waitFor();
      const table = page.getByRole('table', { name: 'Each life domain at the intake and at the end' });
      await expect.poll(() => table.getByRole('row', { name: /Income/ }).textContent()).toMatch(/Income.*4$/);
      await page.getByRole('definition').filter({ hasText: 'Activity launched' }).waitFor();
      await checkPage(page, 'coach-final-evaluation-done');
      expect((await participant()).body).toMatchObject({ status: 'completed', outcome: 'activity-launched' });
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
