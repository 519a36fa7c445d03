import type { Actor } from '../domain/access/roles';
import { contractEndsWithPlacement, coveringContract, placementGates, type PlacementStatus } from '../domain/placements/placement';
import type { RuleViolation } from '../domain/rule-violation';
import { recordAudit } from '../db/audit';
import { AuditEntry, DimonaDeclaration, EmploymentContract, Employer, Placement, UserAccount, Worker } from '../db/entities';
import { messageIn, recipientLanguage } from '../domain/i18n/notification-messages';
import type { ActivityDeps } from './deps';
import { NotFoundError } from './errors';
import { queueNotification } from './notifications';

export interface SavePlacementStatusInput {
  placementId: string;
  status: PlacementStatus;
  actor: Actor;
  reason?: string | null;
  endedOn?: string | null;
  contractId?: string | null;
  requestId?: string | null;
  idempotencyKey: string;
}

export function placementActivities(deps: ActivityDeps) {
  const { orm, processes } = deps;
  return {
    /**
     * The three legal gates, read from the records: permit, contract signed by both sides over the
     * placement, Dimona acknowledged. Links the placement to the worker's covering contract.
     */
    async checkPlacementGates({ placementId }: { placementId: string }): Promise<{ failed: RuleViolation[]; contractId: string | null }> {
      const em = orm.em.fork();
      const placement = await em.findOne(Placement, { id: placementId });
      if (!placement) throw new NotFoundError(`placement ${placementId}`);
      const worker = await em.findOneOrFail(Worker, { id: placement.worker });
      const contracts = await em.find(
        EmploymentContract,
        { worker: worker.id, status: { $nin: ['cancelled', 'expired-unsigned', 'ended'] } },
        { orderBy: { startDate: 'asc' } },
      );
      const covering = coveringContract(contracts, { contractId: placement.contract ?? null, startDate: placement.startDate, endDate: placement.endDate });
      const acknowledged = covering
        ? (await em.count(DimonaDeclaration, { contract: covering.id, action: 'IN', status: { $in: ['accepted', 'accepted-with-warnings'] } })) > 0
        : false;
      const failed = placementGates(placement.startDate, placement.endDate, {
        workAuthorisation:
          worker.permitValidFrom && worker.permitValidUntil
            ? { issuingAuthority: worker.permitIssuingAuthority ?? '', validFrom: worker.permitValidFrom, validUntil: worker.permitValidUntil }
            : null,
        permitExpired: worker.onboardingStatus === 'permit-expired',
        contract: covering
          ? {
              status: covering.status,
              startDate: covering.startDate,
              endDate: covering.endDate,
              signedByWorker: Boolean(covering.signedByWorkerAt),
              signedByCooperative: Boolean(covering.signedByCooperativeAt),
              dimonaAcknowledged: acknowledged,
            }
          : null,
      });
      if (covering && placement.contract !== covering.id) {
        placement.contract = covering.id;
        await em.flush();
      }
      return { failed, contractId: covering?.id ?? null };
    },

    /** Records a placement event with its audit entry, once per key. */
    async savePlacementStatus(input: SavePlacementStatusInput): Promise<void> {
      await orm.em.fork().transactional(async (tx) => {
        if (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey })) return;
        const placement = await tx.findOne(Placement, { id: input.placementId });
        if (!placement) throw new NotFoundError(`placement ${input.placementId}`);
        const previous = placement.status;
        placement.status = input.status;
        placement.statusReason = input.reason ?? null;
        if (input.endedOn) {
          placement.endedOn = input.endedOn;
          placement.endReason = input.reason ?? null;
        }
        recordAudit(tx, {
          actor: input.actor,
          action: `placement.${input.status}`,
          subjectType: 'placement',
          subjectId: placement.id,
          workerId: placement.worker,
          reason: input.reason ?? null,
          requestId: input.requestId,
          idempotencyKey: input.idempotencyKey,
          details: { from: previous, to: input.status },
        });
      });
    },

    /** Tells the employer's contacts about a proposed placement (worker code and first name only). */
    async notifyEmployerOfProposal({ placementId }: { placementId: string }): Promise<void> {
      const em = orm.em.fork();
      const placement = await em.findOneOrFail(Placement, { id: placementId });
      const worker = await em.findOneOrFail(Worker, { id: placement.worker });
      const contacts = await em.find(UserAccount, { employer: placement.employer, role: 'employer', disabledAt: null });
      const employer = await em.findOneOrFail(Employer, { id: placement.employer }, { fields: ['language'] });
      for (const contact of contacts) {
        const language = recipientLanguage(contact.language, employer.language);
        const text = messageIn('placement-proposed', language, { firstName: worker.firstName, from: placement.startDate, to: placement.endDate });
        await queueNotification(em, {
          key: `placement-proposed:${placementId}:${contact.id}`,
          recipientEmail: contact.email,
          recipientUserId: contact.id,
          kind: 'placement-proposed',
          language,
          subject: text.subject,
          body: text.body,
        });
      }
    },

    /**
     * A contract of the worker became active: each of their placements still waiting for its
     * gates (accepted, or blocked) checks them at once instead of at the next daily re-check.
     */
    async recheckWorkerPlacements({ workerId }: { workerId: string }): Promise<{ signalled: string[] }> {
      const waiting = await orm.em.fork().find(Placement, { worker: workerId, status: { $in: ['accepted', 'blocked'] } }, { fields: ['id'] });
      for (const p of waiting) await processes.recheckPlacementGates({ placementId: p.id });
      return { signalled: waiting.map((p) => p.id) };
    },

    /**
     * After a placement ends early: ends the contract that covered it on the same day, unless
     * another placement still needs it (the contract's workflow files the Dimona OUT).
     */
    async releaseContractAfterPlacement({ placementId, endedOn, reason }: { placementId: string; endedOn: string; reason: string }): Promise<'ended' | 'kept'> {
      const em = orm.em.fork();
      const placement = await em.findOneOrFail(Placement, { id: placementId });
      if (!placement.contract) return 'kept';
      const contract = await em.findOneOrFail(EmploymentContract, { id: placement.contract });
      const others = await em.count(Placement, { contract: contract.id, id: { $ne: placementId }, status: { $in: ['accepted', 'blocked', 'active'] } });
      if (
        !contractEndsWithPlacement({ otherOpenPlacements: others, contractStatus: contract.status, contractEnd: contract.endDate, placementLastDay: endedOn })
      )
        return 'kept';
      await processes.endContract({ contractId: contract.id, endedOn, reason: `placement ended early: ${reason}` });
      return 'ended';
    },
  };
}
