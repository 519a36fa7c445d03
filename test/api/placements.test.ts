import { processIds } from '../../domain/process-ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/time/dates';
import { isoWeekOfDate } from '../../domain/time/iso-week';
import { todayInBrussels } from '../../api/workers/clock';
import { activeContract, eventually, onboardWorker, registerEmployerWithContact } from '../support/journeys';
import { insertApprovedWeek } from '../support/invoicing-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { seedDemo } from '../../scripts/lib/demo-seed';

let platform: TestPlatform;
let admin: string;
const today = todayInBrussels();
const week = isoWeekOfDate(today);

beforeAll(async () => {
  platform = await startTestPlatform({ DIMONA_SANDBOX_ANSWER_DELAY_MS: '0', ALLOW_DEMO_ACCOUNTS: 'true' });
  await seedDemo({ ...platform.deps, close: async () => undefined });
  admin = (await platform.signIn('admin')).token;
});

/** A demo employer contact, signed in with the demo password. */
async function demoEmployer(email: string, password: string) {
  const token = (await platform.http('POST', '/api/v1/auth/login', { body: { email, password } })).body.token as string;
  const me = await platform.http('GET', '/api/v1/me', { token });
  return { employerId: me.body.employerId as string, token, email };
}
afterAll(() => platform?.stop());

const jobRequest = (overrides: Record<string, unknown> = {}) => ({
  occupation: 'aide-soignant·e',
  sector: 'care',
  headcount: 1,
  hoursPerWeek: 30,
  startDate: today,
  endDate: addDays(today, 50),
  siteAddress: { street: 'Avenue Rogier', houseNumber: '10', postalCode: '1030', city: 'Schaerbeek' },
  requiredSkills: ['elderly care'],
  requiredLanguages: ['fr'],
  offeredHourlyWageCents: 1650,
  comparableStaffHourlyWageCents: 1650,
  ...overrides,
});
const shift = (start = '08:00', end = '16:30') => ({ date: today, start, end, breakMinutes: 30, kind: 'regular' });

describe('the demo admin places a worker with the demo employer, who approves a week by magic link, through the API alone', () => {
  let employer: Awaited<ReturnType<typeof demoEmployer>>;
  let otherEmployer: Awaited<ReturnType<typeof demoEmployer>>;
  let workerId: string;
  let workerToken: string;
  let jobRequestId: string;
  let placementId: string;
  let approvalPath: string;

  it('registers employers whose contacts set a password from a single-use invitation', async () => {
    const registered = await registerEmployerWithContact(platform, admin, 'Brasserie Test SRL');
    const me = await platform.http('GET', '/api/v1/me', { token: registered.token });
    expect(me.body).toMatchObject({ role: 'employer', employerId: registered.employerId });
    const reused = await platform.http('POST', '/api/v1/auth/set-password', { body: { token: registered.invitation, password: 'another-long-password' } });
    expect(reused.status).toBe(410);
    // Separation of duties: the administrator who registered the employer never held the secret.
    expect(JSON.stringify(registered.registration)).not.toContain(registered.invitation);
    expect(registered.registration.contacts).toEqual([{ userId: expect.any(String), email: registered.email, invitationSent: true }]);
    const outbox = await platform.http('GET', `/api/v1/notifications?recipientEmail=${encodeURIComponent(registered.email)}&kind=employer-invitation`, {
      token: admin,
    });
    expect(outbox.body.notifications).toEqual([expect.objectContaining({ carriesSecret: true })]);
    expect(JSON.stringify(outbox.body)).not.toContain(registered.invitation);
    // The journey below is the demo employer's; the other demo employer must not see any of it.
    employer = await demoEmployer('employer@demo.coop', 'demo-employer-pass');
    otherEmployer = await demoEmployer('employer2@demo.coop', 'demo-employer2-pass');
    expect(employer.employerId).not.toBe(otherEmployer.employerId);
  });

  it('refuses an enterprise number with bad check digits, writing nothing', async () => {
    const before = await platform.db.query('select count(*)::int as n from employer');
    const res = await platform.http('POST', '/api/v1/employers', {
      token: admin,
      body: {
        legalName: 'X',
        enterpriseNumber: 'BE0123456789',
        sector: 'care',
        jointCommittee: '330',
        address: { street: 'R', houseNumber: '1', postalCode: '1000', city: 'Bruxelles' },
        contacts: [{ name: 'Ann', email: 'ann@x.test' }],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'enterpriseNumber', code: 'enterprise-number-checksum' }));
    expect(await platform.db.query('select count(*)::int as n from employer')).toEqual(before);
  });

  it('lets the employer post a job request at equal pay, and refuses less', async () => {
    const low = await platform.http('POST', `/api/v1/employers/${employer.employerId}/job-requests`, {
      token: employer.token,
      body: jobRequest({ offeredHourlyWageCents: 1600 }),
    });
    expect(low.status).toBe(422);
    expect(low.body.errors).toContainEqual(expect.objectContaining({ field: 'offeredHourlyWageCents', code: 'below-equal-pay' }));
    const other = await platform.http('POST', `/api/v1/employers/${employer.employerId}/job-requests`, { token: otherEmployer.token, body: jobRequest() });
    expect(other.status).toBe(404);
    const created = await platform.http('POST', `/api/v1/employers/${employer.employerId}/job-requests`, { token: employer.token, body: jobRequest() });
    expect(created.status).toBe(201);
    jobRequestId = created.body.id;
  });

  it('ranks candidates and lists the ones that cannot be placed with why', async () => {
    workerId = await onboardWorker(platform, admin, { firstName: 'Amina' });
    ({ workerToken } = await activeContract(platform, admin, workerId, { startDate: today, endDate: addDays(today, 60) }));
    const noContract = await onboardWorker(platform, admin, { firstName: 'Yonas', skills: [] });
    const res = await platform.http('GET', `/api/v1/job-requests/${jobRequestId}/candidates`, { token: admin });
    expect(res.status).toBe(200);
    const byId = new Map(res.body.candidates.map((c: { workerId: string }) => [c.workerId, c]));
    expect(res.body.candidates[0]).toMatchObject({ workerId, placeable: true, firstName: 'Amina' });
    expect(byId.get(noContract)).toMatchObject({ placeable: false, reasons: expect.arrayContaining([expect.stringMatching(/no active employment contract/)]) });
  });

  it('proposes the placement; the employer accepts; the gates hold and it starts with this week’s timesheet', async () => {
    const proposed = await platform.http('POST', `/api/v1/job-requests/${jobRequestId}/placements`, {
      token: admin,
      body: { workerId, startDate: today, endDate: addDays(today, 50), billing: { mode: 'coefficient', coefficient: 1.85 } },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', payRateCents: 1650, billRateCents: 3053 });
    placementId = proposed.body.id;
    expect(
      (await platform.http('POST', `/api/v1/placements/${placementId}/decision`, { token: otherEmployer.token, body: { decision: 'accept' } })).status,
    ).toBe(404);
    const accepted = await platform.http('POST', `/api/v1/placements/${placementId}/decision`, { token: employer.token, body: { decision: 'accept' } });
    expect(accepted.status).toBe(200);
    await eventually(
      () => platform.http('GET', `/api/v1/placements/${placementId}`, { token: employer.token }),
      (r) => r.body.status === 'active',
      'the placement start',
    );
    const seen = await platform.http('GET', `/api/v1/placements/${placementId}`, { token: employer.token });
    expect(seen.body.worker).toEqual({ id: workerId, code: expect.any(String), firstName: 'Amina' });
    await eventually(
      () => platform.http('GET', `/api/v1/placements/${placementId}/timesheets/${week}`, { token: workerToken }),
      (r) => r.status === 200,
      'the week',
    );
  });

  it('shows each role the fields of a placement it may see: the worker where to go and whom to ask, never the bill rate', async () => {
    const common = [
      'contractId',
      'employerId',
      'endDate',
      'endedOn',
      'id',
      'jobRequestId',
      'payRateCents',
      'startDate',
      'status',
      'statusReason',
      'worker',
      'workplace',
    ];
    const views = {
      admin: (await platform.http('GET', `/api/v1/placements/${placementId}`, { token: admin })).body,
      employer: (await platform.http('GET', `/api/v1/placements/${placementId}`, { token: employer.token })).body,
      worker: (await platform.http('GET', `/api/v1/placements/${placementId}`, { token: workerToken })).body,
      workerList: (await platform.http('GET', '/api/v1/placements', { token: workerToken })).body.placements[0],
    };
    expect(Object.keys(views.admin).sort()).toEqual([...common, 'billRateCents'].sort());
    expect(Object.keys(views.employer).sort()).toEqual([...common, 'billRateCents'].sort());
    expect(Object.keys(views.worker).sort()).toEqual(common);
    expect(Object.keys(views.workerList).sort()).toEqual(common);
    expect(JSON.stringify(views.worker)).not.toMatch(/billRate|coefficient|billing/i);
    expect(views.worker.workplace).toEqual({
      employerName: expect.stringMatching(/\S/),
      jobTitle: expect.stringMatching(/\S/),
      siteAddress: {
        street: expect.any(String),
        houseNumber: expect.any(String),
        postalCode: expect.stringMatching(/^\d{4}$/),
        city: expect.stringMatching(/\S/),
      },
      contact: { name: expect.stringMatching(/\S/), email: employer.email },
    });
  });

  it('lets each see their own placements in a list, and nobody else’s', async () => {
    const mine = await platform.http('GET', '/api/v1/placements', { token: workerToken });
    expect(mine.body.placements.map((p: { id: string }) => p.id)).toEqual([placementId]);
    expect((await platform.http('GET', '/api/v1/placements', { token: employer.token })).body.placements.map((p: { id: string }) => p.id)).toContain(
      placementId,
    );
    // The other demo employer has placements of its own (the demo history), never this one.
    const theirs = (await platform.http('GET', '/api/v1/placements', { token: otherEmployer.token })).body.placements as { id: string; employerId: string }[];
    expect(theirs.map((p) => p.id)).not.toContain(placementId);
    expect(theirs.every((p) => p.employerId === otherEmployer.employerId)).toBe(true);
    const theirRequests = (await platform.http('GET', '/api/v1/job-requests', { token: otherEmployer.token })).body.jobRequests as { employerId: string }[];
    expect(theirRequests.every((r) => r.employerId === otherEmployer.employerId)).toBe(true);
    const contracts = await platform.http('GET', `/api/v1/workers/${workerId}/contracts`, { token: workerToken });
    expect(contracts.body.contracts).toEqual([expect.objectContaining({ status: 'active', workerId })]);
    const workers = await platform.http('GET', '/api/v1/workers', { token: admin });
    expect(JSON.stringify(workers.body)).not.toMatch(/nationalNumber|iban/i);
  });

  it('refuses hours that break a working-time rule, naming the entry, and keeps nothing', async () => {
    const res = await platform.http('PUT', `/api/v1/placements/${placementId}/timesheets/${week}/entries`, {
      token: workerToken,
      body: { entries: [shift('06:00', '18:30')] },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'entries.0.end', code: 'max-daily-hours' }));
    expect((await platform.http('GET', `/api/v1/placements/${placementId}/timesheets/${week}`, { token: workerToken })).body.entries).toEqual([]);
  });

  it('says a broken rule in the reader’s language, with the same codes', async () => {
    const body = { entries: [shift('06:00', '18:30')] };
    const url = `/api/v1/placements/${placementId}/timesheets/${week}/entries`;
    const nl = await platform.http('PUT', url, { token: workerToken, body, headers: { 'accept-language': 'nl-BE,nl;q=0.9,fr;q=0.8' } });
    expect(nl.status).toBe(422);
    expect(nl.headers.get('content-language')).toBe('nl');
    expect(nl.body.title).toBe('Bedrijfsregel niet nageleefd');
    expect(nl.body.errors).toContainEqual({
      field: 'entries.0.end',
      code: 'max-daily-hours',
      message: expect.stringMatching(/gewerkt op .*; hoogstens .* per dag\.$/),
    });
    expect(nl.body.detail).toMatch(/per dag/);
    const fr = await platform.http('PUT', url, { token: workerToken, body, headers: { 'accept-language': 'fr' } });
    expect(fr.body.title).toBe('Règle métier non respectée');
    expect(fr.body.errors[0]).toMatchObject({ code: 'max-daily-hours', message: expect.stringMatching(/prestées le .* ; au plus .* par jour\.$/) });
    const missing = await platform.http('PUT', url, { token: workerToken, body: {}, headers: { 'accept-language': 'fr' } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      title: 'Requête invalide',
      detail: 'La requête contient des champs invalides.',
      errors: [{ field: 'entries', code: 'required', message: 'est obligatoire' }],
    });
    const en = await platform.http('PUT', url, { token: workerToken, body });
    expect(en.body.title).toBe('Business rule not met');
    expect(en.body.errors[0].code).toBe(nl.body.errors[0].code);
  });

  it('refuses hours of a day to come and of a week not begun with a clear 422, not a missing process, and keeps nothing', async () => {
    const nextWeek = isoWeekOfDate(addDays(today, 7));
    const ahead = await platform.http('PUT', `/api/v1/placements/${placementId}/timesheets/${nextWeek}/entries`, {
      token: workerToken,
      body: { entries: [{ ...shift(), date: addDays(today, 7) }] },
    });
    expect(ahead.status).toBe(422);
    expect(ahead.body).toMatchObject({ code: 'week-not-started', errors: [expect.objectContaining({ field: 'isoWeek', code: 'week-not-started' })] });
    const tomorrow = addDays(today, 1);
    const dayToCome = await platform.http('PUT', `/api/v1/placements/${placementId}/timesheets/${week}/entries`, {
      token: workerToken,
      body: { entries: [shift(), { ...shift(), date: tomorrow }] },
    });
    expect(dayToCome.status).toBe(422);
    expect(dayToCome.body.errors).toContainEqual(expect.objectContaining({ field: 'entries.1.date', code: 'day-in-future' }));
    expect((await platform.http('GET', `/api/v1/placements/${placementId}/timesheets/${week}`, { token: workerToken })).body.entries).toEqual([]);
  });

  it('the worker records and submits the week; the employer approves it by magic link, once', async () => {
    const saved = await platform.http('PUT', `/api/v1/placements/${placementId}/timesheets/${week}/entries`, {
      token: workerToken,
      body: { entries: [shift()] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.totalMinutes).toBe(480);
    expect((await platform.http('POST', `/api/v1/placements/${placementId}/timesheets/${week}/submission`, { token: workerToken, body: {} })).body.status).toBe(
      'submitted',
    );

    // The outbox shows the admin that the request went, not its link; the employer's mailbox has the link.
    const outbox = await platform.http('GET', `/api/v1/notifications?recipientEmail=${encodeURIComponent(employer.email)}&kind=timesheet-submitted`, {
      token: admin,
    });
    expect(outbox.body.notifications).toHaveLength(1);
    expect(outbox.body.notifications[0]).toMatchObject({ carriesSecret: true });
    expect(JSON.stringify(outbox.body)).not.toContain('/approve#');
    // The link opens the portal's approval page; the token rides in the fragment, which no server log sees.
    const mail = await platform.mail.waitFor((m) => m.to.includes(employer.email) && m.text.includes('/approve#'));
    approvalPath = `/api/v1/approvals/${new URL(/https?:\/\/\S+\/approve#\S+/.exec(mail.text)![0]).hash.slice(1)}`;
    expect((await platform.http('GET', `/api/v1/placements/${placementId}/timesheets/${week}`, { token: otherEmployer.token })).status).toBe(404);
    expect(
      (
        await platform.http('POST', `/api/v1/placements/${placementId}/timesheets/${week}/decision`, {
          token: otherEmployer.token,
          body: { decision: 'approve', version: 1 },
        })
      ).status,
    ).toBe(404);

    const opened = await platform.http('GET', approvalPath);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ worker: { firstName: 'Amina' }, isoWeek: week, totalMinutes: 480, status: 'submitted' });
    expect(JSON.stringify(opened.body)).not.toMatch(/\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/);
    const approved = await platform.http('POST', approvalPath, { body: { decision: 'approve', approverName: 'Claire Dubois' } });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    // The decider of a magic link is stored once as `magic-link:<recipient>` (it was `magic-link:magic-link:…`).
    const [decided] = await platform.db.query<{ decided_by: string }>(`select decided_by from timesheet where placement_id = $1 and iso_week = $2`, [
      placementId,
      week,
    ]);
    expect(decided!.decided_by).toBe(`magic-link:${employer.email}`);
    const again = await platform.http('POST', approvalPath, { body: { decision: 'approve', approverName: 'Claire Dubois' } });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('link-used');
  });

  it('refuses a forged or expired link', async () => {
    const token = approvalPath.split('/').pop()!;
    const forged = await platform.http('GET', `/api/v1/approvals/${token.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(404);
    const [, body] = token.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const expired = await platform.deps.tokens.sign({ sub: claims.sub, purpose: claims.purpose, jti: claims.jti, ver: 1 }, 60, Date.now() - 3_600_000);
    const res = await platform.http('POST', `/api/v1/approvals/${expired}`, { body: { decision: 'approve', approverName: 'Claire' } });
    expect(res.status).toBe(410);
    expect(res.body.code).toBe('link-expired');
  });

  it('lists the approved week as ready for payroll and invoicing: approved, unbilled, unpaid', async () => {
    const own = await platform.http('GET', `/api/v1/placements/${placementId}/approved-hours`, { token: employer.token });
    expect(own.body.placements).toEqual([
      expect.objectContaining({
        placementId,
        totalMinutes: 480,
        billRateCents: 3053,
        weeks: [expect.objectContaining({ isoWeek: week, version: 1, status: 'approved' })],
      }),
    ]);
    const all = await platform.http('GET', '/api/v1/approved-hours', { token: admin });
    expect(all.body.placements.map((p: { placementId: string }) => p.placementId)).toContain(placementId);
    const versions = await platform.http('GET', `/api/v1/placements/${placementId}/timesheets`, { token: workerToken });
    expect(versions.body.timesheets[0]).toMatchObject({ decisionVia: 'magic-link', approvalEvidence: { approverName: 'Claire Dubois' } });
  });

  it('tells the worker of the approval in their language, and their access log names the approver as they gave their name, in words', async () => {
    // The decision is recorded at once; the week's process tells the worker a moment later.
    const notices = await eventually(
      () =>
        platform.db.query<{ kind: string; language: string; subject: string; body: string }>(
          `select n.kind, n.language, n.subject, n.body from notification n join user_account a on a.id = n.recipient_user_id where a.worker_id = $1 and n.kind = 'timesheet-approved'`,
          [workerId],
        ),
      (rows) => rows.length > 0,
      'the worker’s notice of the approval',
    );
    // Amina's file says French: the notice is French, and carries hours, never an amount or her code.
    expect(notices).toEqual([
      {
        kind: 'timesheet-approved',
        language: 'fr',
        subject: `Vos heures de la semaine ${week} sont approuvées`,
        body: expect.stringContaining('Vos 8 h de la semaine'),
      },
    ]);
    expect(notices[0]!.body).not.toMatch(/€|EUR|TC-/);

    const english = await platform.http('GET', '/api/v1/me/access-log', { token: workerToken });
    expect(english.body.entries).toContainEqual(
      expect.objectContaining({
        code: 'timesheet.approved',
        who: 'Claire Dubois (approval link)',
        role: 'employer',
        action: `Approved your hours of week ${week}`,
      }),
    );
    expect(english.body.entries).toContainEqual(
      expect.objectContaining({ code: 'timesheet.submitted', who: 'you', action: `Sent your hours of week ${week} for approval` }),
    );
    // Every action reads in words, none as its code.
    for (const e of english.body.entries as { action: string; code: string }[]) expect(e.action).not.toBe(e.code);
    const french = await platform.http('GET', '/api/v1/me/access-log', { token: workerToken, headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
    expect(french.body.entries).toContainEqual(
      expect.objectContaining({
        code: 'timesheet.approved',
        who: 'Claire Dubois (lien d’approbation)',
        action: `A approuvé vos heures de la semaine ${week}`,
      }),
    );
  });

  it('a correction by the employer waits for the worker, who confirms it over HTTP; payroll reads the approved hours until then', async () => {
    const weekPath = `/api/v1/placements/${placementId}/timesheets/${week}`;
    const proposed = await platform.http('POST', `${weekPath}/corrections`, {
      token: employer.token,
      body: { reason: 'Amina stayed until 17:00', entries: [shift('08:00', '17:00')] },
    });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({
      version: 1,
      status: 'approved',
      totalMinutes: 480,
      pendingCorrection: { version: 2, totalMinutes: 510, days: [{ date: today, beforeMinutes: 480, afterMinutes: 510 }] },
    });
    const seen = await platform.http('GET', weekPath, { token: workerToken });
    expect(seen.body).toMatchObject({ version: 1, status: 'approved', pendingCorrection: { version: 2, reason: 'Amina stayed until 17:00', disputed: false } });
    // What payroll and invoicing take next is still the approved version.
    const pendingHours = await platform.http('GET', `/api/v1/placements/${placementId}/approved-hours`, { token: admin });
    expect(pendingHours.body.placements[0].weeks).toEqual([expect.objectContaining({ isoWeek: week, version: 1, totalMinutes: 480 })]);
    // The employer cannot confirm it for the worker; the worker hears of it.
    expect((await platform.http('POST', `${weekPath}/correction/confirmation`, { token: employer.token, body: { version: 2 } })).status).toBe(403);
    await eventually(
      () =>
        platform.db.query(
          `select n.kind from notification n join user_account a on a.id = n.recipient_user_id where a.worker_id = $1 and n.kind = 'timesheet-correction-proposed'`,
          [workerId],
        ),
      (r) => r.length === 1,
      'the worker’s notice',
    );

    const headers = { 'idempotency-key': `confirm-${placementId}` };
    const confirmed = await platform.http('POST', `${weekPath}/correction/confirmation`, { token: workerToken, body: { version: 2 }, headers });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ version: 2, status: 'approved', totalMinutes: 510, pendingCorrection: null });
    const replayed = await platform.http('POST', `${weekPath}/correction/confirmation`, { token: workerToken, body: { version: 2 }, headers });
    expect(replayed).toMatchObject({ status: 200, body: { version: 2 } });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    const nothing = await platform.http('POST', `${weekPath}/correction/confirmation`, { token: workerToken, body: { version: 2 } });
    expect(nothing.status).toBe(409);
    expect(nothing.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(nothing.body).toMatchObject({ code: 'no-pending-correction' });
    const confirmedHours = await platform.http('GET', `/api/v1/placements/${placementId}/approved-hours`, { token: admin });
    expect(confirmedHours.body.placements[0].weeks).toEqual([expect.objectContaining({ isoWeek: week, version: 2, totalMinutes: 510 })]);
    const log = await platform.http('GET', '/api/v1/me/access-log', { token: workerToken });
    expect(log.body.entries).toContainEqual(
      expect.objectContaining({ code: 'timesheet.correction-confirmed', who: 'you', action: `Confirmed the correction of your hours of week ${week}` }),
    );
    expect(log.body.entries).toContainEqual(
      expect.objectContaining({
        code: 'timesheet.correction-proposed',
        role: 'employer',
        action: `Proposed a correction of your approved hours of week ${week}`,
      }),
    );
  });

  it('reads a week from the records, not from its process: no worker needs to be running, and a gone process changes nothing', async () => {
    // A week whose process sits on a task queue no worker polls (workers down, a deploy): a query would hang.
    const earlier = isoWeekOfDate(addDays(today, -7));
    await insertApprovedWeek(platform.db, placementId, earlier, { regular: 450 });
    const stuck = await platform.temporal.workflow.start('timesheetWorkflow', {
      taskQueue: `nobody-polls-${placementId}`,
      workflowId: processIds.timesheet(placementId, earlier),
      args: [],
    });
    const read = await platform.http('GET', `/api/v1/placements/${placementId}/timesheets/${earlier}`, { token: workerToken });
    await stuck.terminate('test over');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ isoWeek: earlier, version: 1, status: 'approved', totalMinutes: 450 });

    const before = await platform.http('GET', `/api/v1/placements/${placementId}/timesheets/${week}`, { token: workerToken });
    expect(before.body).toMatchObject({ isoWeek: week, version: 2, status: 'approved', totalMinutes: 510 });
    await platform.temporal.workflow.getHandle(processIds.timesheet(placementId, week)).terminate('test: the process is gone (retention)');
    const after = await platform.http('GET', `/api/v1/placements/${placementId}/timesheets/${week}`, { token: workerToken });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
  });
});
