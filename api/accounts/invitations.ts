import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TOKEN_PURPOSES } from '../../domain/access/token-purposes';
import type { IUserAccount } from '../../db/entities';
import { queueNotification } from '../../db/notification-queue';
import type { ApiDeps } from '../deps';

export const INVITATION_TTL_SECONDS = 7 * 24 * 3600;

export const INVITATION_STATUSES = ['none', 'pending', 'used', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** `none`: the account never had one (its password was set otherwise). */
export function invitationStatus(a: IUserAccount, now = new Date()): InvitationStatus {
  if (!a.invitationId) return 'none';
  if (a.invitationUsedAt) return 'used';
  if (a.invitationExpiresAt && a.invitationExpiresAt <= now) return 'expired';
  return 'pending';
}

type Language = 'fr' | 'nl' | 'en';

const WORDS: Record<Language, { subject: string; welcome: string; choose: string; code: string }> = {
  fr: {
    subject: 'TalentCoop — votre compte',
    welcome: 'Bienvenue chez TalentCoop.',
    choose: 'Choisissez votre mot de passe avec ce lien (valable 7 jours, une seule fois) :',
    code: 'Vous pouvez aussi vous connecter avec un code reçu par SMS.',
  },
  nl: {
    subject: 'TalentCoop — uw account',
    welcome: 'Welkom bij TalentCoop.',
    choose: 'Kies uw wachtwoord met deze link (7 dagen geldig, één keer bruikbaar):',
    code: 'U kunt zich ook aanmelden met een code per sms.',
  },
  en: {
    subject: 'TalentCoop — your account',
    welcome: 'Welcome to TalentCoop.',
    choose: 'Choose your password with this link (valid for 7 days, once):',
    code: 'You can also sign in with a code sent by SMS.',
  },
};

export interface InvitationOptions {
  /** The reader's language; none: the three, one after the other (staff and employer contacts). */
  language?: Language | null;
  /** The words before the invitation instead of the welcome, e.g. which employer works with the cooperative. */
  lead?: Partial<Record<Language, string>>;
}

/**
 * Issues a new invitation to choose a password and queues it in the outbox, in `tx`'s
 * transaction: by e-mail when the account has one, else by SMS to the worker's phone. The link
 * names this invitation, so a re-sent one replaces the one before; nobody but the recipient sees
 * the link (the outbox keeps it apart and erases it once delivered).
 */
export async function sendInvitation(tx: EntityManager, deps: ApiDeps, account: IUserAccount, opts: InvitationOptions = {}): Promise<'email' | 'sms'> {
  const now = new Date();
  const invitationId = randomUUID();
  const channel = account.email || account.emailCipher ? ('email' as const) : ('sms' as const);
  account.invitationId = invitationId;
  account.invitationChannel = channel;
  account.invitationSentAt = now;
  account.invitationExpiresAt = new Date(now.getTime() + INVITATION_TTL_SECONDS * 1000);
  account.invitationUsedAt = null;
  const token = await deps.tokens.sign({ sub: account.id, purpose: TOKEN_PURPOSES.setPassword, inv: invitationId }, INVITATION_TTL_SECONDS);
  const base = deps.config.PUBLIC_BASE_URL ?? `http://${deps.config.HOST}:${deps.config.PORT}`;
  const languages: Language[] = opts.language ? [opts.language] : ['fr', 'nl', 'en'];
  const paragraph = (l: Language) =>
    [opts.lead?.[l] ?? WORDS[l].welcome, WORDS[l].choose, channel === 'sms' ? WORDS[l].code : undefined].filter(Boolean).join(' ');
  await queueNotification(tx, {
    key: `invitation:${invitationId}`,
    channel,
    // A worker's address is encrypted on the account: the relay reads it at delivery.
    recipientEmail: account.email ?? null,
    recipientUserId: account.id,
    recipientWorkerId: account.worker ?? null,
    language: opts.language ?? null,
    kind: account.role === 'employer' ? 'employer-invitation' : account.role === 'worker' ? 'worker-invitation' : 'account-invitation',
    subject: opts.language ? WORDS[opts.language].subject : 'TalentCoop — invitation / uitnodiging / invitation',
    body: languages.map(paragraph).join('\n\n'),
    link: `${base}/set-password#${token}`,
  });
  return channel;
}
