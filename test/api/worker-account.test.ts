import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/time/dates';
import { isoWeekOfDate } from '../../domain/time/iso-week';
import { todayInBrussels } from '../../api/workers/clock';
import { smsCatcherAddress } from '../../activities/gateways/sms';
import { freshNationalNumber } from '../support/fixtures';
import { eventually, registerEmployerWithContact } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { freshNamespace } from '../support/temporal';

let platform: TestPlatform;
let admin: { token: string; userId: string };
const today = todayInBrussels();
const week = isoWeekOfDate(today);
const api = '/api/v1';

beforeAll(async () => {
  platform = await startTestPlatform({ DIMONA_SANDBOX_ANSWER_DELAY_MS: '0', TEMPORAL_NAMESPACE: await freshNamespace() });
  admin = await platform.signIn('admin');
});
afterAll(() => platform?.stop());

const unique = () => Math.random().toString(36).slice(2, 10);
/** A Belgian mobile number nobody else in this file has, written with spaces as people do. */
const freshMobile = () => `+32 47${Math.floor(Math.random() * 10)} ${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

async function registerWorker(contact: { email?: string; phone?: string }, firstName = 'Amina') {
  const res = await platform.http('POST', `${api}/workers`, {
    token: admin.token,
    body: {
      firstName,
      displayName: `${firstName} B.`,
      preferredLanguage: 'fr',
      languagesSpoken: ['fr'],
      skills: ['elderly care'],
      sectorsWanted: ['care'],
      nationalNumber: freshNationalNumber(),
      contact,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string; account: { userId: string; invitationSentBy: 'email' | 'sms' } | null };
}

/** The ids of what a mailbox already holds, to wait for the next message. */
const seenIn = (address: string) => new Set(platform.mail.messages({ to: address }).map((m) => m.id));

/** The invitation link's token, read from the recipient's mailbox (the mail catcher), never from an API answer. */
async function invitationFromMailbox(address: string, seen: ReadonlySet<string> = new Set()): Promise<string> {
  const mail = await platform.mail.waitFor((m) => m.to.includes(address) && m.text.includes('/set-password#') && !seen.has(m.id));
  return /\/set-password#([A-Za-z0-9._-]+)/.exec(mail.text)![1]!;
}

async function inviteStaff(role: 'admin' | 'coach') {
  const email = `${role}-${unique()}@coop.test`;
  const invited = await platform.http('POST', `${api}/accounts`, { token: admin.token, body: { role, email, displayName: `New ${role}` } });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const invitation = await invitationFromMailbox(email);
  const password = `pw-${unique()}-${unique()}`;
  expect((await platform.http('POST', `${api}/auth/set-password`, { body: { token: invitation, password } })).status).toBe(204);
  const login = await platform.http('POST', `${api}/auth/login`, { body: { email, password } });
  expect(login.status).toBe(200);
  return { id: invited.body.id as string, email, password, token: login.body.token as string };
}

describe('a worker registered through the API reaches their first recorded week on their own account', () => {
  const email = `amina-${unique()}@example.org`;
  let workerId: string;
  let accountId: string;
  let workerToken: string;
  let contractId: string;
  let placementId: string;

  it('registering the worker with an e-mail makes their account and puts the invitation in the outbox, not in the answer', async () => {
    const registered = await registerWorker({ email });
    workerId = registered.id;
    expect(registered.account).toEqual({ userId: expect.any(String), invitationSentBy: 'email' });
    accountId = registered.account!.userId;
    expect(JSON.stringify(registered)).not.toMatch(/set-password|token/);
    const outbox = await platform.db.query<{ channel: string; recipient_email: string | null; kind: string; carries_secret: boolean; body: string }>(
      'select channel, recipient_email, kind, carries_secret, body from notification where recipient_user_id = $1',
      [accountId],
    );
    // The worker's address stays encrypted: the relay reads it from the account at delivery.
    expect(outbox).toEqual([
      {
        channel: 'email',
        recipient_email: null,
        kind: 'worker-invitation',
        carries_secret: true,
        body: expect.stringContaining('Choisissez votre mot de passe'),
      },
    ]);
    const [account] = await platform.db.query<{ row: string }>('select row_to_json(u)::text as row from user_account u where id = $1', [accountId]);
    expect(account!.row).not.toContain(email);
    const listed = await platform.http('GET', `${api}/notifications?recipientUserId=${accountId}`, { token: admin.token });
    expect(listed.body.notifications).toEqual([expect.objectContaining({ kind: 'worker-invitation', carriesSecret: true })]);
    expect(JSON.stringify(listed.body)).not.toContain('set-password');
    const shown = await platform.http('GET', `${api}/accounts/${accountId}`, { token: admin.token });
    expect(shown.body).toMatchObject({
      role: 'worker',
      workerId,
      email: null,
      signIn: { email: true, phone: false },
      status: 'active',
      invitation: { status: 'pending', channel: 'email' },
    });
  });

  it('the worker chooses a password with the link from their mailbox, once, and signs in', async () => {
    const invitation = await invitationFromMailbox(email);
    expect((await platform.http('POST', `${api}/auth/set-password`, { body: { token: invitation, password: 'amina-long-password' } })).status).toBe(204);
    expect((await platform.http('POST', `${api}/auth/set-password`, { body: { token: invitation, password: 'another-long-password' } })).status).toBe(410);
    expect((await platform.http('GET', `${api}/accounts/${accountId}`, { token: admin.token })).body.invitation).toMatchObject({
      status: 'used',
      usedAt: expect.any(String),
    });
    const login = await platform.http('POST', `${api}/auth/login`, { body: { email: email.toUpperCase(), password: 'amina-long-password' } });
    expect(login.status).toBe(200);
    workerToken = login.body.token;
    const me = await platform.http('GET', `${api}/me`, { token: workerToken });
    expect(me.body).toEqual({ userId: accountId, role: 'worker', displayName: 'Amina B.', employerId: null, workerId, consentToConfirm: false });
  });

  it('the worker gives consent themself; the admin records the permit and the documents', async () => {
    const consent = await platform.http('POST', `${api}/workers/${workerId}/consent`, { token: workerToken, body: { textVersion: '2026-01' } });
    expect(consent.status).toBe(200);
    await platform.http('POST', `${api}/workers/${workerId}/work-authorisation`, {
      token: admin.token,
      body: { permitNumber: 'BXL-1', issuingAuthority: 'Brussels Region', validFrom: today, validUntil: addDays(today, 300) },
    });
    const docs = await platform.http('POST', `${api}/workers/${workerId}/documents-checked`, {
      token: admin.token,
      body: { items: ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] },
    });
    // Registered without an IBAN or an address: payroll still needs them, and a tax situation.
    expect(docs.body).toMatchObject({ status: 'awaiting-payroll-details', missingForPayroll: ['payment-route', 'address', 'tax-situation'] });
    expect((await platform.http('GET', `${api}/me`, { token: workerToken })).body.consentToConfirm).toBe(false);
  });

  it('the worker signs their contract with their own account; it becomes active', async () => {
    const created = await platform.http('POST', `${api}/workers/${workerId}/contracts`, {
      token: admin.token,
      body: {
        sector: 'care',
        jobTitle: 'aide-soignante',
        jointCommittee: '330',
        workerCategory: 'white-collar',
        hourlyWageCents: 1650,
        weeklyHours: 30,
        startDate: today,
        endDate: addDays(today, 60),
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    contractId = created.body.id;
    expect((await platform.http('POST', `${api}/contracts/${contractId}/signatures`, { token: workerToken, body: { agree: true } })).status).toBe(200);
    expect((await platform.http('POST', `${api}/contracts/${contractId}/signatures`, { token: admin.token, body: { agree: true } })).status).toBe(200);
    await eventually(
      () => platform.http('GET', `${api}/contracts/${contractId}`, { token: workerToken }),
      (r) => r.body.status === 'active',
      'contract activation',
    );
  });

  it('placed with an employer, the worker records and submits the week', async () => {
    const employer = await registerEmployerWithContact(platform, admin.token, 'Résidence Test ASBL');
    const request = await platform.http('POST', `${api}/employers/${employer.employerId}/job-requests`, {
      token: employer.token,
      body: {
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
      },
    });
    expect(request.status).toBe(201);
    const proposed = await platform.http('POST', `${api}/job-requests/${request.body.id}/placements`, {
      token: admin.token,
      body: { workerId, startDate: today, endDate: addDays(today, 50), billing: { mode: 'coefficient', coefficient: 1.85 } },
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    placementId = proposed.body.id;
    expect((await platform.http('POST', `${api}/placements/${placementId}/decision`, { token: employer.token, body: { decision: 'accept' } })).status).toBe(
      200,
    );
    await eventually(
      () => platform.http('GET', `${api}/placements/${placementId}`, { token: workerToken }),
      (r) => r.body.status === 'active',
      'the placement start',
    );
    await eventually(
      () => platform.http('GET', `${api}/placements/${placementId}/timesheets/${week}`, { token: workerToken }),
      (r) => r.status === 200,
      'the week',
    );
    const saved = await platform.http('PUT', `${api}/placements/${placementId}/timesheets/${week}/entries`, {
      token: workerToken,
      body: { entries: [{ date: today, start: '08:00', end: '16:30', breakMinutes: 30, kind: 'regular' }] },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.totalMinutes).toBe(480);
    const submitted = await platform.http('POST', `${api}/placements/${placementId}/timesheets/${week}/submission`, { token: workerToken, body: {} });
    expect(submitted.body.status).toBe('submitted');
  });
});

describe('a worker without e-mail signs in by a code sent to their phone', () => {
  const phone = freshMobile();
  const sameNumberOtherwise = phone.replace('+32 ', '0').replace(/ /g, '');
  const mailbox = smsCatcherAddress(phone);
  let workerId: string;
  let accountId: string;

  const nextSms = async (seen: ReadonlySet<string>) => (await platform.mail.waitFor((m) => m.to.includes(mailbox) && !seen.has(m.id))).text;
  const smsCount = () => seenIn(mailbox);

  it('registering them with a mobile number sends the invitation by SMS', async () => {
    const registered = await registerWorker({ phone }, 'Kofi');
    workerId = registered.id;
    accountId = registered.account!.userId;
    expect(registered.account).toEqual({ userId: expect.any(String), invitationSentBy: 'sms' });
    const text = await nextSms(new Set());
    expect(text).toContain('/set-password#');
    expect(text).toContain('code reçu par SMS');
    const [row] = await platform.db.query<{ channel: string; recipient_worker_id: string }>(
      'select channel, recipient_worker_id from notification where recipient_user_id = $1',
      [accountId],
    );
    expect(row).toEqual({ channel: 'sms', recipient_worker_id: workerId });
  });

  it('answers 202 whether or not the number is known, and sends a code only to a known one', async () => {
    const before = await platform.db.query('select count(*)::int as n from notification');
    const unknown = await platform.http('POST', `${api}/auth/code/request`, { body: { phone: '+32 499 00 00 01' } });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toBe('');
    expect(await platform.db.query('select count(*)::int as n from notification')).toEqual(before);
    const bad = await platform.http('POST', `${api}/auth/code/request`, { body: { phone: 'call me' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'phone' })]);
  });

  it('a code (asked with the number written another way) signs them in once; a wrong one does not', async () => {
    const count = smsCount();
    expect((await platform.http('POST', `${api}/auth/code/request`, { body: { phone: sameNumberOtherwise } })).status).toBe(202);
    const text = await nextSms(count);
    const code = /\b(\d{6})\b/.exec(text)![1]!;
    expect(text).toMatch(/Votre code TalentCoop/);
    const wrong = await platform.http('POST', `${api}/auth/code/verify`, { body: { phone, code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid-code');
    const ok = await platform.http('POST', `${api}/auth/code/verify`, { body: { phone, code } });
    expect(ok.status).toBe(200);
    const me = await platform.http('GET', `${api}/me`, { token: ok.body.token });
    expect(me.body).toMatchObject({ role: 'worker', workerId, userId: accountId });
    expect((await platform.http('POST', `${api}/auth/code/verify`, { body: { phone, code } })).status).toBe(401);
    // The code is a secret of the worker's phone: stored as a keyed hash, erased from the outbox once sent, never logged.
    const codes = await platform.db.query<{ row: string }>('select row_to_json(c)::text as row from sign_in_code c');
    expect(codes.map((c) => c.row).join()).not.toContain(code);
    const sent = await eventually(
      () =>
        platform.db.query<{ link: string | null; body: string; sent_at: Date | null }>(
          "select link, body, sent_at from notification where kind = 'sign-in-code' and recipient_user_id = $1",
          [accountId],
        ),
      (rows) => rows.every((r) => r.sent_at !== null),
      'the code SMS delivered',
    );
    expect(sent).toEqual([expect.objectContaining({ link: null, body: expect.not.stringContaining(code) })]);
    const logs = platform.logLines.join('\n');
    for (const secret of [code, phone, sameNumberOtherwise, phone.replace(/ /g, '')]) expect(logs).not.toContain(secret);
  });

  it('refuses a code after five wrong tries, even the right one', async () => {
    const count = smsCount();
    await platform.http('POST', `${api}/auth/code/request`, { body: { phone } });
    const code = /\b(\d{6})\b/.exec(await nextSms(count))![1]!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await platform.http('POST', `${api}/auth/code/verify`, { body: { phone, code: wrongCode } })).status).toBe(401);
    expect((await platform.http('POST', `${api}/auth/code/verify`, { body: { phone, code } })).status).toBe(401);
  });

  it('refuses an expired code', async () => {
    const count = smsCount();
    await platform.http('POST', `${api}/auth/code/request`, { body: { phone } });
    const code = /\b(\d{6})\b/.exec(await nextSms(count))![1]!;
    await platform.db.query("update sign_in_code set expires_at = now() - interval '1 second' where used_at is null");
    expect((await platform.http('POST', `${api}/auth/code/verify`, { body: { phone, code } })).status).toBe(401);
  });
});

describe('admins manage accounts; sessions end when they must', () => {
  it('a disabled account gets 401 on its next request and cannot sign in; an admin cannot disable themself', async () => {
    const coach = await inviteStaff('coach');
    expect((await platform.http('GET', `${api}/me`, { token: coach.token })).status).toBe(200);
    const missingReason = await platform.http('POST', `${api}/accounts/${coach.id}/disablement`, { token: admin.token, body: {} });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'required' })]);
    const disabled = await platform.http('POST', `${api}/accounts/${coach.id}/disablement`, { token: admin.token, body: { reason: 'left the cooperative' } });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ status: 'disabled', disabledAt: expect.any(String) });
    expect((await platform.http('GET', `${api}/me`, { token: coach.token })).status).toBe(401);
    expect((await platform.http('POST', `${api}/auth/login`, { body: { email: coach.email, password: coach.password } })).status).toBe(401);
    const audit = await platform.db.query('select action, actor_id, reason from audit_entry where subject_id = $1 and action like $2', [coach.id, 'account.%']);
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'account.invited', actor_id: admin.userId, reason: null },
        { action: 'account.disabled', actor_id: admin.userId, reason: 'left the cooperative' },
      ]),
    );
    const self = await platform.http('POST', `${api}/accounts/${admin.userId}/disablement`, { token: admin.token, body: { reason: 'by mistake' } });
    expect(self.status).toBe(422);
    const listed = await platform.http('GET', `${api}/accounts?status=disabled`, { token: admin.token });
    expect(listed.body.accounts.map((a: { id: string }) => a.id)).toContain(coach.id);
    expect((await platform.http('DELETE', `${api}/accounts/${coach.id}/disablement`, { token: admin.token })).body.status).toBe('active');
    expect((await platform.http('POST', `${api}/auth/login`, { body: { email: coach.email, password: coach.password } })).status).toBe(200);
  });

  it('signing out ends every session of the account', async () => {
    const coach = await inviteStaff('coach');
    const second = (await platform.http('POST', `${api}/auth/login`, { body: { email: coach.email, password: coach.password } })).body.token as string;
    expect((await platform.http('POST', `${api}/auth/logout`, { token: coach.token })).status).toBe(204);
    expect((await platform.http('GET', `${api}/me`, { token: coach.token })).status).toBe(401);
    expect((await platform.http('GET', `${api}/me`, { token: second })).status).toBe(401);
    const again = await platform.http('POST', `${api}/auth/login`, { body: { email: coach.email, password: coach.password } });
    expect((await platform.http('GET', `${api}/me`, { token: again.body.token })).status).toBe(200);
  });

  it('changing the password asks the current one and ends the other sessions', async () => {
    const coach = await inviteStaff('coach');
    const wrong = await platform.http('POST', `${api}/auth/password`, {
      token: coach.token,
      body: { currentPassword: 'not-it', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'wrong-current-password' })]);
    const short = await platform.http('POST', `${api}/auth/password`, { token: coach.token, body: { currentPassword: coach.password, newPassword: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'newPassword' })]);
    const changed = await platform.http('POST', `${api}/auth/password`, {
      token: coach.token,
      body: { currentPassword: coach.password, newPassword: 'a-brand-new-password' },
    });
    expect(changed.status).toBe(200);
    expect((await platform.http('GET', `${api}/me`, { token: coach.token })).status).toBe(401);
    expect((await platform.http('GET', `${api}/me`, { token: changed.body.token })).status).toBe(200);
    expect((await platform.http('POST', `${api}/auth/login`, { body: { email: coach.email, password: coach.password } })).status).toBe(401);
    expect((await platform.http('POST', `${api}/auth/login`, { body: { email: coach.email, password: 'a-brand-new-password' } })).status).toBe(200);
  });

  it('a role change holds from the next request of the same token; a worker account keeps its role', async () => {
    const coach = await inviteStaff('coach');
    expect((await platform.http('GET', `${api}/accounts`, { token: coach.token })).status).toBe(403);
    const changed = await platform.http('PUT', `${api}/accounts/${coach.id}/role`, { token: admin.token, body: { role: 'admin' } });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('admin');
    expect((await platform.http('GET', `${api}/accounts`, { token: coach.token })).status).toBe(200);
    expect((await platform.http('GET', `${api}/me`, { token: coach.token })).body.role).toBe('admin');
    const back = await platform.http('PUT', `${api}/accounts/${coach.id}/role`, { token: admin.token, body: { role: 'coach' } });
    expect(back.body.role).toBe('coach');
    expect((await platform.http('GET', `${api}/accounts`, { token: coach.token })).status).toBe(403);
    const worker = await registerWorker({ email: `w-${unique()}@example.org` }, 'Yonas');
    const refused = await platform.http('PUT', `${api}/accounts/${worker.account!.userId}/role`, { token: admin.token, body: { role: 'admin' } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'role', code: 'role-does-not-fit-account' })]);
    const audit = await platform.db.query('select details from audit_entry where subject_id = $1 and action = $2 order by occurred_at', [
      coach.id,
      'account.role-changed',
    ]);
    expect(audit).toEqual([{ details: { from: 'coach', to: 'admin' } }, { details: { from: 'admin', to: 'coach' } }]);
  });

  it('re-sending an invitation replaces the link; the admin sees pending, expired, then used', async () => {
    const email = `late-${unique()}@coop.test`;
    const invited = await platform.http('POST', `${api}/accounts`, { token: admin.token, body: { role: 'coach', email, displayName: 'Late coach' } });
    const first = await invitationFromMailbox(email);
    const seen = seenIn(email);
    await platform.db.query("update user_account set invitation_expires_at = now() - interval '1 minute' where id = $1", [invited.body.id]);
    expect((await platform.http('GET', `${api}/accounts/${invited.body.id}`, { token: admin.token })).body.invitation.status).toBe('expired');
    expect((await platform.http('POST', `${api}/auth/set-password`, { body: { token: first, password: 'a-long-enough-password' } })).status).toBe(410);
    const resent = await platform.http('POST', `${api}/accounts/${invited.body.id}/invitation`, { token: admin.token });
    expect(resent.status).toBe(200);
    expect(resent.body.invitation.status).toBe('pending');
    expect(JSON.stringify(resent.body)).not.toContain('token');
    const second = await invitationFromMailbox(email, seen);
    expect(second).not.toBe(first);
    const replaced = await platform.http('POST', `${api}/auth/set-password`, { body: { token: first, password: 'a-long-enough-password' } });
    expect(replaced.body.code).toBe('invitation-replaced');
    expect((await platform.http('POST', `${api}/auth/set-password`, { body: { token: second, password: 'a-long-enough-password' } })).status).toBe(204);
    expect((await platform.http('GET', `${api}/accounts/${invited.body.id}`, { token: admin.token })).body.invitation.status).toBe('used');
    expect((await platform.http('POST', `${api}/accounts/${invited.body.id}/invitation`, { token: admin.token })).status).toBe(409);
  });

  it('refuses an invitation that misses what its role needs or reuses an address, naming the field', async () => {
    const noEmail = await platform.http('POST', `${api}/accounts`, { token: admin.token, body: { role: 'coach', displayName: 'X' } });
    expect(noEmail.status).toBe(400);
    expect(noEmail.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'required' })]);
    const noEmployer = await platform.http('POST', `${api}/accounts`, {
      token: admin.token,
      body: { role: 'employer', displayName: 'X', email: `x-${unique()}@e.test` },
    });
    expect(noEmployer.body.errors).toEqual([expect.objectContaining({ field: 'employerId', code: 'required' })]);
    const coach = await inviteStaff('coach');
    const taken = await platform.http('POST', `${api}/accounts`, {
      token: admin.token,
      body: { role: 'admin', displayName: 'X', email: coach.email.toUpperCase() },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'contact-already-has-account' })]);
    expect((await platform.http('GET', `${api}/accounts`, { token: coach.token })).status).toBe(403);
  });

  it('an admin invites a worker registered without contact once they give one', async () => {
    const worker = await registerWorker({}, 'Lina');
    expect(worker.account).toBeNull();
    const email = `lina-${unique()}@example.org`;
    const invited = await platform.http('POST', `${api}/accounts`, { token: admin.token, body: { role: 'worker', workerId: worker.id, email } });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(invited.body).toMatchObject({ role: 'worker', workerId: worker.id, displayName: 'Lina B.', email: null, invitation: { status: 'pending' } });
    await invitationFromMailbox(email);
    const twice = await platform.http('POST', `${api}/accounts`, {
      token: admin.token,
      body: { role: 'worker', workerId: worker.id, email: `other-${unique()}@example.org` },
    });
    expect(twice.status).toBe(409);
  });
});

describe('a consent an admin records for the worker says so, and the worker confirms it at first sign-in', () => {
  it('shows in the audit log and the access log, and asks the worker to confirm it', async () => {
    const email = `hawa-${unique()}@example.org`;
    const worker = await registerWorker({ email }, 'Hawa');
    const recorded = await platform.http('POST', `${api}/workers/${worker.id}/consent`, { token: admin.token, body: { textVersion: '2026-01' } });
    expect(recorded.status).toBe(200);
    const audit = await eventually(
      () =>
        platform.db.query<{ actor_id: string; reason: string | null; details: Record<string, unknown> }>(
          "select actor_id, reason, details from audit_entry where worker_id = $1 and action = 'worker.onboarding.consent'",
          [worker.id],
        ),
      (rows) => rows.length === 1,
      'the consent audit entry',
    );
    expect(audit[0]).toMatchObject({ actor_id: admin.userId, reason: expect.stringMatching(/on the worker’s behalf/), details: { onBehalfOfWorker: true } });

    const invitation = await invitationFromMailbox(email);
    await platform.http('POST', `${api}/auth/set-password`, { body: { token: invitation, password: 'hawa-long-password' } });
    const token = (await platform.http('POST', `${api}/auth/login`, { body: { email, password: 'hawa-long-password' } })).body.token as string;
    expect((await platform.http('GET', `${api}/me`, { token })).body.consentToConfirm).toBe(true);
    const log = await platform.http('GET', `${api}/me/access-log`, { token });
    expect(log.body.entries).toContainEqual(
      expect.objectContaining({
        code: 'worker.onboarding.consent',
        action: 'Recorded your consent',
        role: 'admin',
        reason: expect.stringMatching(/on the worker’s behalf/),
      }),
    );

    const otherVersion = await platform.http('POST', `${api}/me/consent-confirmation`, { token, body: { textVersion: 'nope' } });
    expect(otherVersion.status).toBe(400);
    expect(otherVersion.body.errors).toEqual([expect.objectContaining({ field: 'textVersion' })]);
    const confirmed = await platform.http('POST', `${api}/me/consent-confirmation`, { token, body: { textVersion: '2026-01' } });
    expect(confirmed.status).toBe(200);
    expect((await platform.http('GET', `${api}/me`, { token })).body.consentToConfirm).toBe(false);
    expect((await platform.http('POST', `${api}/me/consent-confirmation`, { token, body: { textVersion: '2026-01' } })).status).toBe(409);
    const after = await platform.http('GET', `${api}/me/access-log`, { token });
    expect(after.body.entries[0]).toMatchObject({ code: 'worker.consent-confirmed', who: 'you' });
  });
});
