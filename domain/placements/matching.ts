import type { CalendarDate } from '../time/dates';
import { compareDates } from '../time/dates';
import { authorisationCovers, type WorkAuthorisation } from '../workers/onboarding';

/** A worker as matching sees them: pseudonymous profile and the legal facts that decide placeability. */
export interface CandidateFacts {
  workerId: string;
  code: string;
  firstName: string;
  skills: string[];
  languagesSpoken: string[];
  sectorsWanted: string[];
  onboardingStatus: string;
  workAuthorisation: WorkAuthorisation | null;
  /** Active employment contracts (Dimona acknowledged). */
  activeContracts: { startDate: CalendarDate; endDate: CalendarDate }[];
  /** Placements already running or accepted for the worker. */
  busyPeriods: { startDate: CalendarDate; endDate: CalendarDate }[];
}

export interface MatchRequest {
  sector: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  requiredSkills: string[];
  requiredLanguages: string[];
}

export interface RankedCandidate {
  workerId: string;
  code: string;
  firstName: string;
  score: number;
  placeable: boolean;
  /** Why this rank, in plain words: what matched, what is missing, what stops a placement. */
  reasons: string[];
}

const norm = (s: string) => s.trim().toLowerCase();
const overlaps = (a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }) =>
  compareDates(a.startDate, b.endDate) <= 0 && compareDates(b.startDate, a.endDate) <= 0;

/**
 * Ranks workers for a job request. Skills weigh 3 each, languages 2, the sector wish 3; a worker
 * busy elsewhere over the period loses 5. Placeable workers come first; the others are listed with
 * why they cannot be placed. Equal scores keep a stable order by worker code.
 */
export function rankCandidates(request: MatchRequest, workers: readonly CandidateFacts[]): RankedCandidate[] {
  const period = { startDate: request.startDate, endDate: request.endDate };
  const ranked = workers.map((w): RankedCandidate => {
    const reasons: string[] = [];
    const skills = new Set(w.skills.map(norm));
    const languages = new Set(w.languagesSpoken.map(norm));
    const matchedSkills = request.requiredSkills.filter((s) => skills.has(norm(s)));
    const missingSkills = request.requiredSkills.filter((s) => !skills.has(norm(s)));
    const matchedLanguages = request.requiredLanguages.filter((l) => languages.has(norm(l)));
    const missingLanguages = request.requiredLanguages.filter((l) => !languages.has(norm(l)));
    const wantsSector = w.sectorsWanted.map(norm).includes(norm(request.sector));
    const busy = w.busyPeriods.some((p) => overlaps(p, period));
    let score = matchedSkills.length * 3 + matchedLanguages.length * 2 + (wantsSector ? 3 : 0) - (busy ? 5 : 0);
    score = Math.max(score, 0);
    if (matchedSkills.length) reasons.push(`skills: ${matchedSkills.join(', ')}`);
    if (missingSkills.length) reasons.push(`missing skills: ${missingSkills.join(', ')}`);
    if (matchedLanguages.length) reasons.push(`speaks ${matchedLanguages.join(', ')}`);
    if (missingLanguages.length) reasons.push(`does not speak ${missingLanguages.join(', ')}`);
    reasons.push(wantsSector ? `wants to work in ${request.sector}` : `has not asked for ${request.sector}`);
    if (busy) reasons.push('already placed during part of the period');

    const blockers: string[] = [];
    if (!authorisationCovers(w.workAuthorisation, request.startDate, request.endDate) || w.onboardingStatus === 'permit-expired') {
      blockers.push('not placeable: no work permit valid over the whole period');
    }
    if (!w.activeContracts.some((c) => compareDates(c.startDate, request.startDate) <= 0 && compareDates(request.endDate, c.endDate) <= 0)) {
      blockers.push('not placeable: no active employment contract (signed, Dimona acknowledged) over the period');
    }
    return { workerId: w.workerId, code: w.code, firstName: w.firstName, score, placeable: blockers.length === 0, reasons: [...blockers, ...reasons] };
  });
  return ranked.sort((a, b) => Number(b.placeable) - Number(a.placeable) || b.score - a.score || a.code.localeCompare(b.code));
}
