import { randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/access/roles';
import { enterpriseNumberCheckDigits, nissCheckDigits } from '../../domain/identifiers';
import { Application, CoachingSession, Cohort, Employer, GroupSession, Participant, UserAccount, Worker } from '../../db/entities';
import { firstDayOfMonth } from '../../domain/time/dates';
import { todayInBrussels } from '../../api/workers/clock';
import { addApplication, createCohort, decideApplication, recordGroupSession } from '../../api/trajectory/cohort-records';
import { logCoachingSession } from '../../api/trajectory/participant-records';
import { recordAudit } from '../../db/audit';
import { hashPassword } from '../../api/http/passwords';
import { TokenSigner } from '../../platform/crypto/tokens';
import { registerWorker } from '../../api/workers/worker-records';
import type { PlatformServices } from '../../platform/services';
import { openDemoWaitingWeek, payDemoHistory, seedDemoHistory } from './demo-history';

/** Demo only: these accounts exist when the platform is started with --demo, never in production. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.coop', password: 'demo-admin-pass', role: 'admin', displayName: 'Sofia (admin)' },
  { email: 'admin2@demo.coop', password: 'demo-admin2-pass', role: 'admin', displayName: 'Marc (second admin)' },
  { email: 'employer@demo.coop', password: 'demo-employer-pass', role: 'employer', displayName: 'Claire, Résidence Les Tilleuls', employer: 'tilleuls' },
  { email: 'employer2@demo.coop', password: 'demo-employer2-pass', role: 'employer', displayName: 'Joris, Brasserie du Canal', employer: 'canal' },
  { email: 'worker@demo.coop', password: 'demo-worker-pass', role: 'worker', displayName: 'Amina', worker: 'amina' },
  { email: 'coach@demo.coop', password: 'demo-coach-pass', role: 'coach', displayName: 'Nadia (coach)' },
] as const;

const enterprise = (first8: string) => `${first8}${enterpriseNumberCheckDigits(first8)}`;

const DEMO_EMPLOYERS = {
  tilleuls: {
    legalName: 'Résidence Les Tilleuls ASBL',
    enterpriseNumber: enterprise('04123456'),
    sector: 'care',
    jointCommittee: '330',
    city: 'Schaerbeek',
    postalCode: '1030',
  },
  canal: {
    legalName: 'Brasserie du Canal SRL',
    enterpriseNumber: enterprise('07654321'),
    sector: 'horeca',
    jointCommittee: '302',
    language: 'nl',
    city: 'Molenbeek-Saint-Jean',
    postalCode: '1080',
  },
  batibrux: {
    legalName: 'BatiBrux SA',
    enterpriseNumber: enterprise('08112233'),
    sector: 'construction',
    jointCommittee: '124',
    city: 'Anderlecht',
    postalCode: '1070',
  },
} as const;

export const DEMO_WORKERS = {
  amina: {
    firstName: 'Amina',
    displayName: 'Amina B.',
    preferredLanguage: 'fr',
    languagesSpoken: ['fr', 'ar', 'en'],
    skills: ['elderly care', 'first aid'],
    sectorsWanted: ['care'],
    bis: `895214031${nissCheckDigits('895214031', 1900)}`,
  },
  yonas: {
    firstName: 'Yonas',
    displayName: 'Yonas T.',
    preferredLanguage: 'nl',
    languagesSpoken: ['nl', 'ti', 'en'],
    skills: ['line cook', 'dishwashing'],
    sectorsWanted: ['horeca'],
    bis: `924303117${nissCheckDigits('924303117', 1900)}`,
  },
  kofi: {
    firstName: 'Kofi',
    displayName: 'Kofi A.',
    preferredLanguage: 'en',
    languagesSpoken: ['en', 'fr', 'tw'],
    skills: ['masonry', 'tiling'],
    sectorsWanted: ['construction'],
    bis: `874409205${nissCheckDigits('874409205', 1900)}`,
  },
} as const;

const DEMO_COHORT_NAME = 'Cohorte pilote — Entreprendre sans papiers';
const DEMO_APPLICANTS = [
  {
    displayName: 'Fatou D.',
    language: 'fr',
    projectIdea: 'Un service traiteur de cuisine ouest-africaine pour les événements',
    motivation: 'Vivre de mon savoir-faire',
    decision: 'selected',
    reason: 'projet clair, clientèle identifiée',
  },
  {
    displayName: 'Samir B.',
    language: 'nl',
    projectIdea: 'Fietsherstelling aan huis in Molenbeek',
    motivation: 'Mijn eigen zaak, mijn eigen uren',
    decision: 'selected',
    reason: 'sterke technische vaardigheden',
  },
  {
    displayName: 'Grace M.',
    language: 'fr',
    projectIdea: 'Retouches et couture sur mesure',
    motivation: 'Transmettre mon métier',
    decision: 'waitlisted',
    reason: 'projet encore à préciser',
  },
  {
    displayName: 'Youssef K.',
    language: 'fr',
    projectIdea: 'Un atelier de réparation de téléphones au marché du Midi',
    motivation: 'Mettre mon métier au service du quartier',
    decision: 'selected',
    reason: 'savoir-faire prouvé, emplacement trouvé',
  },
  {
    displayName: 'Mariam S.',
    language: 'nl',
    projectIdea: 'Kinderopvang aan huis voor ouders met wisselende uren',
    motivation: 'Ouders helpen werken',
    decision: 'selected',
    reason: 'duidelijke vraag in de buurt',
  },
  {
    displayName: 'Lucía P.',
    language: 'fr',
    projectIdea: 'Des cours de cuisine latino-américaine en entreprise',
    motivation: 'Partager ma culture',
    decision: 'selected',
    reason: 'premiers clients intéressés',
  },
  {
    displayName: 'Thabo N.',
    language: 'nl',
    projectIdea: 'Tuinonderhoud en groendaken voor kleine bedrijven',
    motivation: 'Buiten werken, voor mezelf',
    decision: 'selected',
    reason: 'sterk netwerk, realistisch plan',
  },
] as const;

/**
 * The cohort's opening workshop (excused and unexcused absences apart) and a first coaching session
 * for the participants who joined after the first two, so the cohort report shows its figures:
 * six participants, over the group size under which figures are hidden.
 */
const DEMO_WORKSHOP = { phase: 'intensive-training', title: 'Atelier d’ouverture — de l’idée au projet', durationMinutes: 180 } as const;
const DEMO_WORKSHOP_ATTENDANCE: Record<string, 'present' | 'excused' | 'absent'> = {
  'Fatou D.': 'present',
  'Samir B.': 'present',
  'Youssef K.': 'present',
  'Mariam S.': 'excused',
  'Lucía P.': 'present',
  'Thabo N.': 'absent',
};
const DEMO_FIRST_SESSION_FOR = ['Youssef K.', 'Mariam S.', 'Lucía P.', 'Thabo N.'];

/**
 * The demo cohort, started on the first day of this month, coached by coach@demo.coop, with six
 * selected entrepreneurs whose trajectory workflows run (all awaiting their intake), one
 * wait-listed applicant, an opening workshop with its attendance and first coaching sessions.
 */
async function seedTrajectory(apiDeps: Parameters<typeof createCohort>[0], seeder: Principal): Promise<number> {
  const em = apiDeps.orm.em.fork();
  const coach = await em.findOneOrFail(UserAccount, { email: 'coach@demo.coop' });
  let added = 0;
  let cohort = await em.findOne(Cohort, { name: DEMO_COHORT_NAME });
  if (!cohort) {
    const id = await createCohort(
      apiDeps,
      seeder,
      { name: DEMO_COHORT_NAME, startDate: firstDayOfMonth(todayInBrussels()), coachIds: [coach.id] },
      'demo-seed',
    );
    cohort = await em.findOneOrFail(Cohort, { id });
    added++;
  }
  for (const a of DEMO_APPLICANTS) {
    // A seed interrupted between the application and its decision finishes the decision now.
    const application =
      (await em.findOne(Application, { cohort: cohort.id, displayName: a.displayName })) ??
      (await addApplication(
        apiDeps,
        seeder,
        cohort.id,
        {
          displayName: a.displayName,
          language: a.language,
          projectIdea: a.projectIdea,
          motivation: a.motivation,
          scores: { 'project-clarity': 4, motivation: 5, skills: 4 },
        },
        'demo-seed',
      ));
    if (application.decision !== 'pending') continue;
    await decideApplication(apiDeps, seeder, application.id, { decision: a.decision, reason: a.reason, coachId: coach.id }, todayInBrussels(), 'demo-seed');
    added++;
  }

  // Recorded by the demo coach, through the functions the API uses; each once.
  const asCoach: Principal = { userId: coach.id, role: 'coach', displayName: coach.displayName, employerId: null, workerId: null };
  const participants = await em.find(Participant, { cohort: cohort.id }, { orderBy: { displayName: 'asc' } });
  const heldOn = cohort.startDate;
  if (!(await em.count(GroupSession, { cohort: cohort.id, phase: DEMO_WORKSHOP.phase, title: DEMO_WORKSHOP.title, heldOn }))) {
    const attendance = participants
      .filter((p) => DEMO_WORKSHOP_ATTENDANCE[p.displayName])
      .map((p) => ({ participantId: p.id, status: DEMO_WORKSHOP_ATTENDANCE[p.displayName]! }));
    await recordGroupSession(em, asCoach, cohort.id, { ...DEMO_WORKSHOP, heldOn, attendance }, 'demo-seed');
    added++;
  }
  for (const p of participants.filter((x) => DEMO_FIRST_SESSION_FOR.includes(x.displayName))) {
    if (await em.count(CoachingSession, { participant: p.id })) continue;
    await logCoachingSession(
      em,
      apiDeps.cipher,
      asCoach,
      p,
      {
        heldOn,
        durationMinutes: 75,
        topics: ['projet', 'budget'],
        agreedNextSteps: 'Écrire la première page du plan d’affaires',
      },
      'demo-seed',
    );
    added++;
  }
  return added;
}

/** Seeds the demo cooperative. Idempotent: a second run finds everything and adds nothing. */
export async function seedDemo(services: PlatformServices): Promise<string> {
  if (!services.config.ALLOW_DEMO_ACCOUNTS) throw new Error('demo data is not allowed in this configuration');
  const em = services.orm.em.fork();
  const seeder: Principal = { userId: 'demo-seed', role: 'admin', displayName: 'demo seed', employerId: null, workerId: null };
  let added = 0;

  const employerIds: Record<string, string> = {};
  for (const [key, e] of Object.entries(DEMO_EMPLOYERS)) {
    let row = await em.findOne(Employer, { enterpriseNumber: e.enterpriseNumber });
    if (!row) {
      row = em.create(Employer, {
        id: randomUUID(),
        legalName: e.legalName,
        enterpriseNumber: e.enterpriseNumber,
        sector: e.sector,
        jointCommittee: e.jointCommittee,
        language: 'language' in e ? e.language : 'fr',
        address: { street: 'Rue de la Démo', houseNumber: '1', postalCode: e.postalCode, city: e.city, country: 'BE' },
        invoicingEmail: null,
        peppolId: `0208:${e.enterpriseNumber}`,
        onssNumber: null,
      });
      recordAudit(em, { actor: seeder, action: 'employer.registered', subjectType: 'employer', subjectId: row.id });
      await em.flush();
      added++;
    }
    employerIds[key] = row.id;
  }

  const apiDeps = {
    config: services.config,
    orm: services.orm,
    temporal: services.temporal,
    logger: services.logger,
    cipher: services.cipher,
    tokens: TokenSigner.fromConfig(services.config),
  };
  const workerIds: Record<string, string> = {};
  for (const [key, w] of Object.entries(DEMO_WORKERS)) {
    const existing = await em.findOne(Worker, { nationalNumberHash: { $in: services.cipher.blindIndexCandidates('niss', w.bis) } });
    if (existing) {
      workerIds[key] = existing.id;
      continue;
    }
    const created = await registerWorker(
      apiDeps,
      seeder,
      {
        firstName: w.firstName,
        displayName: w.displayName,
        preferredLanguage: w.preferredLanguage,
        languagesSpoken: [...w.languagesSpoken],
        skills: [...w.skills],
        sectorsWanted: [...w.sectorsWanted],
        contact: {},
        nationalNumber: w.bis,
      },
      'demo-seed',
    );
    workerIds[key] = created.id;
    added++;
  }

  for (const account of DEMO_ACCOUNTS) {
    if (await em.findOne(UserAccount, { email: account.email })) continue;
    em.create(UserAccount, {
      id: randomUUID(),
      email: account.email,
      passwordHash: await hashPassword(account.password),
      role: account.role,
      displayName: account.displayName,
      employer: 'employer' in account ? employerIds[account.employer]! : null,
      worker: 'worker' in account ? workerIds[account.worker]! : null,
    });
    added++;
  }
  await em.flush();
  added += await seedTrajectory(apiDeps, seeder);
  added += await seedDemoHistory(apiDeps, workerIds, employerIds);
  return added ? `Demo cooperative seeded (${added} records added).` : 'Demo cooperative already present.';
}

/** Once the worker runs: the demo history's months before the previous one are paid (idempotent). */
export async function payDemoMonths(services: PlatformServices): Promise<string> {
  const apiDeps = {
    config: services.config,
    orm: services.orm,
    temporal: services.temporal,
    logger: services.logger,
    cipher: services.cipher,
    tokens: TokenSigner.fromConfig(services.config),
  };
  const paid = await payDemoHistory(apiDeps);
  await openDemoWaitingWeek(apiDeps);
  return paid.length
    ? `Demo payroll paid for ${paid.join(', ')} (started by admin@demo.coop, approved by admin2@demo.coop).`
    : 'Demo payroll history already paid.';
}
