import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { LANGUAGES } from '../workers/schemas';
import { EXAMPLE_IDS } from '../http/examples';
import { INVITATION_STATUSES } from './invitations';

export const accountIdParams = z.object({ accountId: z.uuid() });

export const inviteAccountRequest = z
  .object({
    role: z.enum(ROLES),
    displayName: z.string().trim().min(1).max(200).optional().meta({ description: "Required except for a worker (the worker's display name is used)" }),
    email: z
      .email()
      .max(254)
      .optional()
      .meta({ description: 'Required except for a worker (whose e-mail, else mobile number, on file is used when none is given)' }),
    employerId: z.uuid().optional().meta({ description: 'Required for an employer contact' }),
    workerId: z.uuid().optional().meta({ description: 'Required for a worker account' }),
    language: z
      .enum(LANGUAGES)
      .optional()
      .meta({ description: "The invitation's language (a worker's: their preferred one); none: French, Dutch and English" }),
  })
  .strict()
  .meta({
    id: 'InviteAccountRequest',
    example: {
      role: 'employer',
      displayName: 'Sofie Janssens',
      email: 'sofie.janssens@zorghuis-linde.example',
      employerId: EXAMPLE_IDS.employer,
      language: 'nl',
    },
  });

/** An employer contact invited and not signed in yet. */
export const accountExample = {
  id: EXAMPLE_IDS.employerUser,
  role: 'employer',
  displayName: 'Sofie Janssens',
  email: 'sofie.janssens@zorghuis-linde.example',
  signIn: { email: true, phone: false },
  employerId: EXAMPLE_IDS.employer,
  workerId: null,
  status: 'active',
  disabledAt: null,
  createdAt: '2026-11-02T08:15:00.000Z',
  lastLoginAt: null,
  invitation: { status: 'pending', channel: 'email', sentAt: '2026-11-02T08:15:01.000Z', expiresAt: '2026-11-09T08:15:01.000Z', usedAt: null },
};

export const accountView = z
  .object({
    id: z.uuid(),
    role: z.enum(ROLES),
    displayName: z.string(),
    email: z.string().nullable().meta({
      description: "The sign-in e-mail of a staff or employer account; null for a worker, whose contact data stays encrypted (read it in the worker's file)",
    }),
    signIn: z.object({ email: z.boolean(), phone: z.boolean().meta({ description: 'By a one-time code sent to the mobile number' }) }),
    employerId: z.uuid().nullable(),
    workerId: z.uuid().nullable(),
    status: z.enum(['active', 'disabled']),
    disabledAt: z.string().nullable(),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
    invitation: z.object({
      status: z.enum(INVITATION_STATUSES),
      channel: z.enum(['email', 'sms']).nullable(),
      sentAt: z.string().nullable(),
      expiresAt: z.string().nullable(),
      usedAt: z.string().nullable(),
    }),
  })
  .meta({
    id: 'Account',
    example: accountExample,
  });

export const accountListQuery = z
  .object({
    role: z.enum(ROLES).optional(),
    status: z.enum(['active', 'disabled', 'all']).default('all'),
    workerId: z.uuid().optional(),
    employerId: z.uuid().optional(),
  })
  .strict();

export const disableAccountRequest = z
  .object({ reason: z.string().trim().min(3).max(300) })
  .strict()
  .meta({ id: 'DisableAccountRequest', example: { reason: 'Left the employer on 30 November; the employer asked us to close the account.' } });
export const changeRoleRequest = z
  .object({ role: z.enum(ROLES) })
  .strict()
  .meta({ id: 'ChangeRoleRequest', example: { role: 'coach' } });

export const changePasswordRequest = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(12).max(200) })
  .strict()
  .meta({ id: 'ChangePasswordRequest', example: { currentPassword: 'correct-horse-battery-staple', newPassword: 'tulip-canal-waffle-1030' } });

const phoneField = z.string().regex(/^\+?[0-9 ./()-]{6,24}$/);
export const codeRequest = z
  .object({ phone: phoneField })
  .strict()
  .meta({ id: 'SignInCodeRequest', example: { phone: '+32 470 00 00 01' } });
export const codeVerification = z
  .object({ phone: phoneField, code: z.string().regex(/^[0-9]{6}$/) })
  .strict()
  .meta({ id: 'SignInCodeVerification', example: { phone: '+32 470 00 00 01', code: '482913' } });
