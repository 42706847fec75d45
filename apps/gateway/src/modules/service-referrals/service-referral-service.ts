import { createHash } from 'node:crypto';
import type { Database, ServiceReferralDetails, ServiceReferralRecord } from '@selvhjelp/db';
import { UniqueViolationError } from '@selvhjelp/db';
import type { ServiceReferralKind, ServiceSubmissionData } from '@selvhjelp/domain';
import {
  canonicalPayload,
  districtIdOfMunicipality,
  inquiryOfServiceSubmission,
  instantToZonedParts,
  makeServiceReferralInputSchema,
  makeTalkRequestInputSchema,
} from '@selvhjelp/domain';
import { badUserInput, conflict, notFound, parseInput } from '../../kernel/errors.js';
import type { ApiClientViewer } from '../../kernel/policy.js';
import { apiClientReferralScope, apiClientSubmissionsScope, assertApiScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';

/** An `Idempotency-Key` as the IETF draft and Stripe use it: an opaque string, here 1–255 visible ASCII characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Referrals and talk requests from public services (issue 14, decision 0033), for API clients
 * with `referrals:write`. A submission becomes an inquiry in the district's queue in one
 * transaction; the client learns back only its kind, time and status, by its own reference.
 *
 * Idempotent across every gateway process through the database: the (client, reference) and
 * (client, Idempotency-Key) unique constraints. A retry with the same normalised payload answers
 * the first submission; another payload under the same key or reference is CONFLICT
 * IDEMPOTENCY_KEY_REUSED. Two concurrent duplicates: one insert wins, the other hits the
 * constraint (its transaction, inquiry included, rolls back) and answers the winner.
 */
export class ServiceReferralService {
  constructor(
    private readonly db: Database,
    private readonly client: ApiClientViewer,
    private readonly read: ReadPath,
    private readonly idempotencyKey: string | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get repo() {
    return this.db.repositories.serviceReferrals;
  }

  submitReferral(input: unknown): Promise<ServiceReferralRecord> {
    return this.submit('REFERRAL', input);
  }

  requestTalk(input: unknown): Promise<ServiceReferralRecord> {
    return this.submit('TALK_REQUEST', input);
  }

  /** A submission of this client by its reference; another client's reference is not found. */
  async byReference(reference: string): Promise<ServiceReferralRecord> {
    const found = await this.repo.findByReference(
      apiClientSubmissionsScope(this.client),
      this.client.clientId,
      reference,
    );
    if (!found) throw notFound('SERVICE_REFERRAL_NOT_FOUND');
    return this.read.one('serviceReferral', found, 'byId', 'serviceReferral');
  }

  private async submit(kind: ServiceReferralKind, input: unknown): Promise<ServiceReferralRecord> {
    assertApiScope(this.client, 'referrals:write');
    const key = this.checkedIdempotencyKey();
    const now = this.now();
    const { date: today, time } = instantToZonedParts(now);
    const schema = kind === 'REFERRAL' ? makeServiceReferralInputSchema(today) : makeTalkRequestInputSchema(today);
    const data: ServiceSubmissionData = parseInput(schema, input, 'input');
    const districtId = districtIdOfMunicipality(data.municipalityNumber);
    const scope = apiClientReferralScope(this.client, districtId, 'input.municipality');
    const payloadHash = createHash('sha256').update(canonicalPayload(data)).digest('hex');
    const earlier = await this.earlier(key, data.reference);
    if (earlier) return this.replay(earlier, payloadHash, key);
    try {
      const { referral } = await this.repo.create(scope, {
        apiClientId: this.client.clientId,
        inquiry: {
          // The policy admitted it: one of the client's districts.
          districtId: districtId!,
          data: inquiryOfServiceSubmission(data, today, time),
          interestList: [],
          now,
          actorId: null,
        },
        details: detailsOf(data, key, payloadHash),
      });
      return this.read.one('serviceReferral', referral, 'byId', kind === 'REFERRAL' ? 'submitReferral' : 'requestTalk');
    } catch (error) {
      if (!(error instanceof UniqueViolationError)) throw error;
      // A concurrent duplicate won the race: answer it (or refuse, if its payload differs).
      const winner = await this.earlier(key, data.reference);
      if (winner) return this.replay(winner, payloadHash, key);
      throw conflict('IDEMPOTENCY_KEY_REUSED', key ? undefined : 'input.reference');
    }
  }

  /** The header's key first (it takes precedence), then the client's reference. */
  private async earlier(key: string | null, reference: string): Promise<ServiceReferralRecord | null> {
    const scope = apiClientSubmissionsScope(this.client);
    const byKey = key ? await this.repo.findByIdempotencyKey(scope, this.client.clientId, key) : null;
    return byKey ?? (await this.repo.findByReference(scope, this.client.clientId, reference));
  }

  private replay(
    earlier: ServiceReferralRecord,
    payloadHash: string,
    key: string | null,
  ): Promise<ServiceReferralRecord> {
    if (earlier.payloadHash !== payloadHash)
      throw conflict('IDEMPOTENCY_KEY_REUSED', key ? undefined : 'input.reference');
    return this.read.one('serviceReferral', earlier, 'byId', 'replay');
  }

  private checkedIdempotencyKey(): string | null {
    if (this.idempotencyKey === null) return null;
    if (!IDEMPOTENCY_KEY.test(this.idempotencyKey)) throw badUserInput('Idempotency-Key', 'IDEMPOTENCY_KEY_INVALID');
    return this.idempotencyKey;
  }
}

function detailsOf(data: ServiceSubmissionData, key: string | null, payloadHash: string): ServiceReferralDetails {
  return {
    kind: data.kind,
    reference: data.reference,
    idempotencyKey: key,
    payloadHash,
    serviceUnit: data.serviceUnit,
    serviceContactName: data.serviceContact.name,
    serviceContactPhone: data.serviceContact.phone,
    serviceContactEmail: data.serviceContact.email,
    contactTimes: data.kind === 'REFERRAL' ? data.person.contactTimes : null,
    talk:
      data.kind === 'TALK_REQUEST'
        ? {
            topic: data.topic,
            audienceSize: data.audienceSize,
            wishedFrom: data.wishedFrom,
            wishedTo: data.wishedTo,
            place: data.place,
          }
        : null,
  };
}
