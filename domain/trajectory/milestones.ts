import type { RuleViolation } from '../rule-violation';
import { addMonths, type CalendarDate } from '../time/dates';

/**
 * Business milestones of the two-year trajectory. The standard plan is the pilot's; a cohort may
 * replace it with its own (a cooking cohort has a "food-safety registration" milestone).
 * Due dates count in months from the cohort start, so a whole cohort shares one calendar.
 */
export interface MilestoneDefinition {
  /** Stable, lower-case slug: the business key of the milestone for a participant. */
  code: string;
  title: string;
  dueAfterMonths: number;
  /** The milestone is proved by naming each obstacle and the solution found. */
  requiresObstacles?: boolean;
}

export const STANDARD_MILESTONE_PLAN: readonly MilestoneDefinition[] = [
  { code: 'business-plan', title: 'Business plan', dueAfterMonths: 6 },
  { code: 'market-test', title: 'Market test', dueAfterMonths: 9 },
  { code: 'first-customer', title: 'First customer', dueAfterMonths: 12 },
  { code: 'first-revenue', title: 'First revenue', dueAfterMonths: 15 },
  { code: 'obstacles-resolved', title: 'Legal and financial obstacles resolved', dueAfterMonths: 18, requiresObstacles: true },
  { code: 'activity-launched', title: 'Activity launched', dueAfterMonths: 21 },
];

/** The languages a standard milestone has a title in. */
export type MilestoneLanguage = 'fr' | 'nl' | 'en';

/** The titles of the standard milestones, by code, in each language (the plan above holds the English). */
export const STANDARD_MILESTONE_TITLES: Readonly<Record<string, Readonly<Record<MilestoneLanguage, string>>>> = {
  'business-plan': { fr: 'Plan d’affaires', nl: 'Ondernemingsplan', en: 'Business plan' },
  'market-test': { fr: 'Test de marché', nl: 'Markttest', en: 'Market test' },
  'first-customer': { fr: 'Premier client', nl: 'Eerste klant', en: 'First customer' },
  'first-revenue': { fr: 'Premier chiffre d’affaires', nl: 'Eerste omzet', en: 'First revenue' },
  'obstacles-resolved': {
    fr: 'Obstacles juridiques et financiers levés',
    nl: 'Juridische en financiële obstakels opgelost',
    en: 'Legal and financial obstacles resolved',
  },
  'activity-launched': { fr: 'Activité lancée', nl: 'Activiteit gestart', en: 'Activity launched' },
};

/**
 * The title of a milestone in `language`: a standard milestone (its code and its standard title)
 * reads in the reader's language; a cohort's own milestone keeps the title its cohort gave it.
 */
export function milestoneTitle(m: { code: string; title: string }, language: MilestoneLanguage): string {
  const titles = STANDARD_MILESTONE_TITLES[m.code];
  return titles && titles.en === m.title ? titles[language] : m.title;
}

export const MILESTONE_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TRAJECTORY_MONTHS = 24;

export interface PlannedMilestone {
  code: string;
  title: string;
  dueDate: CalendarDate;
  requiresObstacles: boolean;
}

export interface Obstacle {
  obstacle: string;
  solution: string;
}

/** What proves a milestone: a short account, references to documents or facts, and obstacles. */
export interface MilestoneEvidence {
  summary: string;
  references: string[];
  obstacles: Obstacle[];
}

export function validateMilestonePlan(plan: readonly MilestoneDefinition[]): RuleViolation[] {
  const errors: RuleViolation[] = [];
  if (plan.length === 0) errors.push({ field: 'milestones', code: 'empty', message: 'a cohort has at least one milestone' });
  plan.forEach((m, i) => {
    if (!MILESTONE_CODE.test(m.code)) errors.push({ field: `milestones.${i}.code`, code: 'invalid-code', message: 'lower-case words joined by hyphens' });
    if (!Number.isInteger(m.dueAfterMonths) || m.dueAfterMonths < 1 || m.dueAfterMonths > TRAJECTORY_MONTHS) {
      errors.push({ field: `milestones.${i}.dueAfterMonths`, code: 'outside-trajectory', message: `a whole number of months from 1 to ${TRAJECTORY_MONTHS}` });
    }
    if (plan.findIndex((o) => o.code === m.code) !== i)
      errors.push({ field: `milestones.${i}.code`, code: 'duplicate-code', message: `${m.code} is defined twice` });
  });
  return errors;
}

/** The dated milestones of a participant of a cohort starting on `cohortStart`. */
export function planMilestones(plan: readonly MilestoneDefinition[], cohortStart: CalendarDate): PlannedMilestone[] {
  return plan.map((m) => ({
    code: m.code,
    title: m.title,
    dueDate: addMonths(cohortStart, m.dueAfterMonths),
    requiresObstacles: m.requiresObstacles ?? false,
  }));
}

export function validateEvidence(milestone: PlannedMilestone, evidence: MilestoneEvidence): RuleViolation[] {
  const errors: RuleViolation[] = [];
  if (evidence.summary.trim().length < 3)
    errors.push({ field: 'evidence.summary', code: 'evidence-missing', message: 'say what shows the milestone is reached' });
  if (milestone.requiresObstacles && evidence.obstacles.length === 0) {
    errors.push({ field: 'evidence.obstacles', code: 'obstacles-missing', message: 'name each obstacle and the solution found' });
  }
  evidence.obstacles.forEach((o, i) => {
    if (!o.obstacle.trim() || !o.solution.trim())
      errors.push({ field: `evidence.obstacles.${i}`, code: 'obstacle-incomplete', message: 'an obstacle needs its solution' });
  });
  return errors;
}
