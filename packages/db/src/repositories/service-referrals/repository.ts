import type { Scope } from '@selvhjelp/domain';
import { todayIn } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { atomically, scopeAllowsDistrict, translateWriteError } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import { createInquiry } from '../inquiries/writes.js';
import type { CreatedServiceReferral, NewServiceReferral, ServiceReferralRecord } from './types.js';

const include = {
  inquiry: {
    select: {
      updatedById: true,
      actions: true,
      activityId: true,
      anonymisedAt: true,
      followUpCase: { select: { status: true } },
    },
  },
} satisfies Prisma.ServiceReferralInclude;

type Row = Prisma.ServiceReferralGetPayload<{ include: typeof include }>;

function toRecord(row: Row): ServiceReferralRecord {
  return {
    id: row.id,
    inquiryId: row.inquiryId,
    apiClientId: row.apiClientId,
    districtId: row.districtId as ServiceReferralRecord['districtId'],
    kind: row.kind,
    reference: row.reference,
    idempotencyKey: row.idempotencyKey,
    payloadHash: row.payloadHash.trim(),
    createdAt: row.createdAt,
    facts: {
      // Submissions are written with no staff author; any staff save sets one.
      changedByStaff: row.inquiry.updatedById !== null,
      actions: row.inquiry.actions,
      activityPlanned: row.inquiry.activityId !== null,
      caseStatus: row.inquiry.followUpCase?.status ?? null,
      anonymised: row.inquiry.anonymisedAt !== null,
    },
  };
}

/**
 * Referrals and talk requests from public services (issue 14, decision 0033). A submission is
 * found by its client and the client's reference (or `Idempotency-Key`), within the caller's
 * scope; the unique constraints on (client, reference) and (client, key) make a concurrent
 * duplicate fail with UniqueViolationError instead of a second inquiry.
 */
export class ServiceReferralRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  async findByReference(scope: Scope, apiClientId: string, reference: string): Promise<ServiceReferralRecord | null> {
    const row = await this.client.serviceReferral.findUnique({
      where: { apiClientId_reference: { apiClientId, reference } },
      include,
    });
    return row && this.inScope(scope, row) ? toRecord(row) : null;
  }

  async findByIdempotencyKey(
    scope: Scope,
    apiClientId: string,
    idempotencyKey: string,
  ): Promise<ServiceReferralRecord | null> {
    const row = await this.client.serviceReferral.findUnique({
      where: { apiClientId_idempotencyKey: { apiClientId, idempotencyKey } },
      include,
    });
    return row && this.inScope(scope, row) ? toRecord(row) : null;
  }

  /**
   * The inquiry (with its consent) and the submission, in one transaction. OutOfScopeError when
   * the district is outside the scope; UniqueViolationError when the client's reference or key
   * is taken (then nothing was written).
   */
  async create(scope: Scope, submission: NewServiceReferral): Promise<CreatedServiceReferral> {
    const { inquiry, details, apiClientId } = submission;
    if (!scopeAllowsDistrict(scope, inquiry.districtId)) throw new OutOfScopeError();
    return this.write(async (tx) => {
      const created = await createInquiry(tx, inquiry, todayIn(inquiry.now));
      const row = await tx.serviceReferral.create({
        data: {
          inquiryId: created.id,
          apiClientId,
          districtId: inquiry.districtId,
          kind: details.kind,
          reference: details.reference,
          idempotencyKey: details.idempotencyKey,
          payloadHash: details.payloadHash,
          serviceUnit: details.serviceUnit,
          serviceContactName: details.serviceContactName,
          serviceContactPhone: details.serviceContactPhone,
          serviceContactEmail: details.serviceContactEmail,
          contactTimes: details.contactTimes,
          talkTopic: details.talk?.topic ?? null,
          talkAudienceSize: details.talk?.audienceSize ?? null,
          talkWishedFrom: details.talk ? dateFromIso(details.talk.wishedFrom) : null,
          talkWishedTo: details.talk ? dateFromIso(details.talk.wishedTo) : null,
          talkPlace: details.talk?.place ?? null,
          createdAt: inquiry.now,
        },
        include,
      });
      return { referral: toRecord(row), inquiryId: created.id };
    });
  }

  private inScope(scope: Scope, row: { districtId: string }): boolean {
    return scopeAllowsDistrict(scope, row.districtId);
  }

  private async write<T>(work: (tx: DbClient) => Promise<T>): Promise<T> {
    try {
      return await atomically(this.client, this.inTransaction, work);
    } catch (error) {
      translateWriteError(error);
    }
  }
}
