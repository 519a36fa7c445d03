import { todayInBrussels } from '../../api/workers/clock';
import { addDays } from '../../domain/time/dates';
import { DEMO_ACCOUNTS } from './demo-seed';

/**
 * Demo only: gives Amina (worker@demo.coop) a live contract and placement at Résidence Les
 * Tilleuls from today, through the real API and workflows (contract signed by both sides, Dimona
 * acknowledged by the sandbox, placement accepted by employer@demo.coop), so that the portal's
 * "my week" has a week to record from the first start. Her demo history ended last month.
 * Idempotent: nothing is done when she already has a contract that has not ended.
 */
export async function startDemoPlacement(baseUrl: string, today = todayInBrussels()): Promise<string> {
  const api = `${baseUrl}/api/v1`;
  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) throw new Error(`demo placement: ${method} ${path} answered ${res.status} ${json.code ?? ''}`);
    return json;
  };
  const signIn = async (email: string) => {
    const account = DEMO_ACCOUNTS.find((a) => a.email === email)!;
    return (await call('POST', '/auth/login', null, { email, password: account.password })).token as string;
  };
  const [admin, worker, employer] = [await signIn('admin@demo.coop'), await signIn('worker@demo.coop'), await signIn('employer@demo.coop')];
  const workerId = (await call('GET', '/me', worker)).workerId as string;
  const employerId = (await call('GET', '/me', employer)).employerId as string;
  const { contracts } = await call('GET', `/workers/${workerId}/contracts`, admin);
  if (
    (contracts as { status: string; endDate: string }[]).some(
      (c) => c.endDate >= today && !['ended', 'cancelled', 'expired-unsigned', 'dimona-refused'].includes(c.status),
    )
  ) {
    return 'Demo placement of Amina already running.';
  }
  const endDate = addDays(today, 180);
  const contract = await call('POST', `/workers/${workerId}/contracts`, admin, {
    sector: 'care',
    jobTitle: 'Aide-soignante',
    jointCommittee: '330',
    workerCategory: 'white-collar',
    hourlyWageCents: 1650,
    weeklyHours: 38,
    startDate: today,
    endDate,
  });
  await call('POST', `/contracts/${contract.id}/signatures`, worker, { agree: true });
  await call('POST', `/contracts/${contract.id}/signatures`, admin, { agree: true });
  for (let i = 0; (await call('GET', `/contracts/${contract.id}`, admin)).status !== 'active'; i++) {
    if (i > 150) throw new Error('demo placement: the contract did not become active within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const jobRequest = await call('POST', `/employers/${employerId}/job-requests`, admin, {
    occupation: 'Aide-soignante',
    sector: 'care',
    headcount: 1,
    hoursPerWeek: 38,
    startDate: today,
    endDate,
    siteAddress: { street: 'Rue des Tilleuls', houseNumber: '5', postalCode: '1030', city: 'Schaerbeek' },
    offeredHourlyWageCents: 1650,
    comparableStaffHourlyWageCents: 1650,
  });
  const placement = await call('POST', `/job-requests/${jobRequest.id}/placements`, admin, {
    workerId,
    startDate: today,
    endDate,
    billing: { mode: 'coefficient', coefficient: 1.8 },
  });
  await call('POST', `/placements/${placement.id}/decision`, employer, { decision: 'accept' });
  return `Demo placement: Amina works at Résidence Les Tilleuls from ${today} (contract signed, Dimona acknowledged); her week is open in the portal.`;
}
