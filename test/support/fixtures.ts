import { randomUUID } from 'node:crypto';
import { Worker } from '../../db/entities';
import type { TestDatabase } from './database';

/** A worker row as registration leaves it, for tests that start after registration. */
export async function insertWorker(db: TestDatabase, fields: Partial<{ firstName: string; preferredLanguage: string }> = {}): Promise<string> {
  const em = db.orm.em.fork();
  const id = randomUUID();
  em.create(Worker, {
    id, code: `W-${id.slice(0, 6).toUpperCase()}`, firstName: fields.firstName ?? 'Amina', displayName: 'Amina B.',
    preferredLanguage: fields.preferredLanguage ?? 'fr', languagesSpoken: ['fr'], skills: [], sectorsWanted: ['care'],
    onboardingStatus: 'awaiting-consent', documentsChecked: [],
  });
  await em.flush();
  return id;
}
