/** The four kinds of people who sign in. */
export const ROLES = ['admin', 'employer', 'worker', 'coach'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting. Employer and worker accounts carry the record they are tied to. */
export interface Principal {
  userId: string;
  role: Role;
  displayName: string;
  employerId: string | null;
  workerId: string | null;
}

/** Whoever caused a change, for the audit log: a person, or `system` for automatic steps. */
export interface Actor {
  userId: string;
  role: Role | 'system';
}
