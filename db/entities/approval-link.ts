import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Timesheet } from './timesheet';

/**
 * A magic link sent to an employer contact to approve or dispute one timesheet version without
 * an account. The token itself is signed and expiring; this row makes it single-use.
 */
export const ApprovalLink = defineEntity({
  name: 'ApprovalLink',
  tableName: 'approval_link',
  properties: (p) => ({
    jti: p.string().length(64).primary(),
    timesheet: p.manyToOne(Timesheet).mapToPk().index(),
    recipientEmail: p.string().length(254),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IApprovalLink = InferEntity<typeof ApprovalLink>;
