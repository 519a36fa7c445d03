import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { UserAccount } from './user-account';

/**
 * A one-time sign-in code sent by SMS to a worker without e-mail: six digits, kept only as a
 * keyed hash, valid ten minutes, used once, refused after five wrong tries.
 */
export const SignInCode = defineEntity({
  name: 'SignInCode',
  tableName: 'sign_in_code',
  properties: (p) => ({
    id: p.uuid().primary(),
    account: p.manyToOne(UserAccount).mapToPk().index(),
    codeHash: p.string().length(64),
    expiresAt: p.datetime(),
    attempts: p.integer().default(0),
    usedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type ISignInCode = InferEntity<typeof SignInCode>;
