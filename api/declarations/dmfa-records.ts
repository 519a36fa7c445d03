import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { DmfaDeclaration, DmfaDeclarationVersion } from '../../db/entities';
import type { IDmfaDeclarationVersion } from '../../db/entities';
import { compareWithPreviousQuarter, type DmfaWorkerTotals } from '../../domain/declarations/dmfa';
import { dmfaDueDate, monthsOfQuarter, previousQuarter } from '../../domain/declarations/quarter';
import { problems } from '../http/problem';

import { EXAMPLE_IDS } from '../http/examples';
export const quarterPattern = /^\d{4}-Q[1-4]$/;
export const dmfaIdParams = z.object({
  declarationId: z
    .string()
    .regex(quarterPattern, 'a quarter YYYY-Qn')
    .meta({ description: 'The quarter the declaration covers, e.g. 2026-Q1', example: '2026-Q1' }),
});

const exceptionView = z.object({ workerId: z.string().nullable(), field: z.string(), code: z.string(), message: z.string(), blocking: z.boolean() });
const anomalyView = z.object({ workerId: z.string().nullable(), workerCode: z.string().nullable(), code: z.string(), message: z.string() });
const totalsView = z.object({
  remunerationCents: z.number().int(),
  personalContributionCents: z.number().int(),
  employerContributionsCents: z.number().int(),
  specialContributionCents: z.number().int(),
  workBonusCents: z.number().int(),
  structuralReductionCents: z.number().int(),
  days: z.number(),
  hoursHundredths: z.number().int(),
  payslipCount: z.number().int(),
});

/** 2026-Q3 of one worker paid three months (figures of the payslips, made up). */
const quarterTotalsExample = {
  remunerationCents: 643500,
  personalContributionCents: 84105,
  employerContributionsCents: 160875,
  specialContributionCents: 2526,
  workBonusCents: 32442,
  structuralReductionCents: 0,
  days: 65,
  hoursHundredths: 39000,
  payslipCount: 3,
};
const versionExample = {
  version: 1,
  status: 'acknowledged',
  reason: 'first declaration of the quarter',
  builtAt: '2026-10-06T07:00:00.000Z',
  validation: { valid: true, schema: 'DmfA 2026/3 (sandbox XSD)', errors: [] },
  exceptions: [],
  workerCount: 1,
  netOwedCents: 212514,
  fileName: 'DMFA_2026Q3_v1.xml',
  sentAt: '2026-10-07T09:30:00.000Z',
  answeredAt: '2026-10-07T09:45:12.000Z',
  anomalies: [],
};
const summaryExample = { id: '2026-Q3', quarter: '2026-Q3', status: 'acknowledged', currentVersion: 1, dueDate: '2026-10-31' };
export const dmfaExamples = { summary: summaryExample };

export const dmfaVersionView = z
  .object({
    version: z.number().int(),
    status: z.string(),
    reason: z.string(),
    builtAt: z.string(),
    validation: z.object({ valid: z.boolean(), schema: z.string(), errors: z.array(z.string()) }).nullable(),
    exceptions: z.array(exceptionView),
    workerCount: z.number().int(),
    netOwedCents: z.number().int(),
    fileName: z.string().nullable(),
    sentAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    anomalies: z.array(anomalyView),
  })
  .meta({ id: 'DmfaVersion', example: versionExample });

export const dmfaSummaryView = z
  .object({ id: z.string(), quarter: z.string(), status: z.string(), currentVersion: z.number().int(), dueDate: z.string() })
  .meta({ id: 'DmfaSummary', example: summaryExample });

export const dmfaView = z
  .object({
    id: z.string(),
    quarter: z.string(),
    status: z.string(),
    dueDate: z.string(),
    currentVersion: z.number().int(),
    /** The dry run of the current version: the schema check and what blocks it. */
    validation: dmfaVersionView.shape.validation,
    exceptions: z.array(exceptionView),
    netOwedCents: z.number().int(),
    workers: z.array(
      z.object({
        workerId: z.string(),
        workerCode: z.string(),
        current: totalsView.nullable(),
        previousQuarter: totalsView.nullable(),
        remunerationChangeCents: z.number().int(),
        hoursChangeHundredths: z.number().int(),
      }),
    ),
    versions: z.array(dmfaVersionView),
  })
  .meta({
    id: 'DmfaDeclaration',
    example: {
      ...summaryExample,
      validation: versionExample.validation,
      exceptions: [],
      netOwedCents: 212514,
      workers: [
        {
          workerId: EXAMPLE_IDS.worker,
          workerCode: 'W-7QK2MD',
          current: quarterTotalsExample,
          previousQuarter: null,
          remunerationChangeCents: 643500,
          hoursChangeHundredths: 39000,
        },
      ],
      versions: [versionExample],
    },
  });

export async function findDmfa(em: EntityManager, quarter: string) {
  const declaration = await em.findOne(DmfaDeclaration, { quarter });
  if (!declaration) throw problems.notFound('DmfA declaration');
  return declaration;
}

export function toVersionView(v: IDmfaDeclarationVersion): z.infer<typeof dmfaVersionView> {
  return {
    version: v.version,
    status: v.status,
    reason: v.reason,
    builtAt: v.builtAt.toISOString(),
    validation: v.validation ?? null,
    exceptions: v.exceptions,
    workerCount: v.naturalPersons.length,
    netOwedCents: v.netOwedCents,
    fileName: v.fileName ?? null,
    sentAt: v.sentAt?.toISOString() ?? null,
    answeredAt: v.answeredAt?.toISOString() ?? null,
    anomalies: v.anomalies,
  };
}

/** The version of a quarter that best says what was declared: acknowledged, else the last sent, else the last built. */
function declaredVersion(versions: readonly IDmfaDeclarationVersion[]): IDmfaDeclarationVersion | undefined {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return newestFirst.find((v) => v.status === 'acknowledged') ?? newestFirst.find((v) => v.sentAt) ?? newestFirst[0];
}

export async function toDmfaView(em: EntityManager, quarter: string): Promise<z.infer<typeof dmfaView>> {
  const declaration = await findDmfa(em, quarter);
  const versions = await em.find(DmfaDeclarationVersion, { quarter }, { orderBy: { version: 'asc' } });
  const current = versions.find((v) => v.version === declaration.currentVersion);
  const previous = declaredVersion(await em.find(DmfaDeclarationVersion, { quarter: previousQuarter(quarter) }));
  const totals = (v: IDmfaDeclarationVersion | undefined) => (v?.totals ?? []) as unknown as DmfaWorkerTotals[];
  const pick = (t: DmfaWorkerTotals | null) =>
    t && {
      remunerationCents: t.remunerationCents,
      personalContributionCents: t.personalContributionCents,
      employerContributionsCents: t.employerContributionsCents,
      specialContributionCents: t.specialContributionCents,
      workBonusCents: t.workBonusCents,
      structuralReductionCents: t.structuralReductionCents,
      days: t.days,
      hoursHundredths: t.hoursHundredths,
      payslipCount: t.payslipCount,
    };
  return {
    id: quarter,
    quarter,
    status: declaration.status,
    dueDate: dmfaDueDate(quarter),
    currentVersion: declaration.currentVersion,
    validation: current?.validation ?? null,
    exceptions: current?.exceptions ?? [],
    netOwedCents: current?.netOwedCents ?? 0,
    workers: compareWithPreviousQuarter(totals(current), totals(previous)).map((c) => ({
      workerId: c.workerId,
      workerCode: c.workerCode,
      current: pick(c.current),
      previousQuarter: pick(c.previous),
      remunerationChangeCents: c.remunerationChangeCents,
      hoursChangeHundredths: c.hoursChangeHundredths,
    })),
    versions: versions.map(toVersionView),
  };
}

/** How many finalised payslips fall in the quarter: none means there is nothing to declare. */
export async function countFinalisedPayslips(em: EntityManager, quarter: string): Promise<number> {
  const months = monthsOfQuarter(quarter);
  const [row] = await em
    .getConnection()
    .execute<{ n: string }[]>(
      `select count(*) as n from payslip p join payroll_run r on r.id = p.run_id where r.status = 'finalised' and coalesce(p.regularises_period, p.period) in (?, ?, ?)`,
      months,
    );
  return Number(row?.n ?? 0);
}
