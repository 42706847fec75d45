import type { ConsentData, IsoDate, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import { createActivity } from '../outreach/writes.js';
import { inquiryColumns, inquiryInclude, toInquiryRecord } from './records.js';
import type {
  ConsentWithdrawal,
  InquiryRecord,
  InquiryUpdate,
  NewActivity,
  NewInquiry,
  PlannedActivityResult,
} from './types.js';

/*
 * Inquiry writes, each in the caller's transaction: the inquiry with its consents and interest-list
 * places; edits; consent withdrawal; and the planned activity an inquiry becomes. The service reads
 * the facts (lock) and asks the domain's rules in the same transaction before the write.
 */

function consentRow(consent: ConsentData, actorId: string | null, now: Date) {
  return {
    purpose: consent.purpose,
    givenOn: dateFromIso(consent.givenOn),
    wording: consent.wording,
    recordedById: actorId,
    createdAt: now,
  };
}

export async function readInquiry(tx: DbClient, id: string, today: IsoDate): Promise<InquiryRecord> {
  return toInquiryRecord(await tx.inquiry.findUniqueOrThrow({ where: { id }, include: inquiryInclude(today) }));
}

export async function createInquiry(tx: DbClient, inquiry: NewInquiry, today: IsoDate): Promise<InquiryRecord> {
  const { districtId, data, interestList, now, actorId } = inquiry;
  const row = await tx.inquiry.create({
    data: {
      districtId,
      ...inquiryColumns(data),
      createdById: actorId,
      updatedById: actorId,
      createdAt: now,
      updatedAt: now,
      consents: { create: data.consents.map((consent) => consentRow(consent, actorId, now)) },
      interestListEntries: {
        create: interestList.map((entry) => ({
          districtId,
          themeId: entry.themeId,
          municipalityNumber: entry.municipalityNumber,
          groupId: entry.groupId,
          createdAt: now,
          updatedAt: now,
        })),
      },
    },
    include: inquiryInclude(today),
  });
  return toInquiryRecord(row);
}

/**
 * Locks the inquiry row (FOR UPDATE) for the rest of the transaction and reads it. Null when
 * missing or out of scope; StaleVersionError when `expectedVersion` is given and moved.
 */
export async function lockInquiry(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number | undefined,
  today: IsoDate,
): Promise<InquiryRecord | null> {
  const [locked] = await tx.$queryRaw<{ version: number }[]>(Prisma.sql`
    SELECT version FROM inquiry
    WHERE id = ${id}::uuid AND ${districtScopeSql(scope, 'district_id')}
    FOR UPDATE`);
  if (!locked) return null;
  if (expectedVersion !== undefined && locked.version !== expectedVersion)
    throw new StaleVersionError('Inquiry', id, expectedVersion);
  return readInquiry(tx, id, today);
}

/** Writes an edit the rules allowed, after lockInquiry at `expectedVersion`. */
export async function updateInquiry(
  tx: DbClient,
  id: string,
  expectedVersion: number,
  update: InquiryUpdate,
  today: IsoDate,
): Promise<InquiryRecord> {
  const { data, now, actorId } = update;
  // The version again, first among the writes: a save that lost the race writes nothing.
  const { count } = await tx.inquiry.updateMany({
    where: { id, version: expectedVersion },
    data: { ...inquiryColumns(data), version: { increment: 1 }, updatedAt: now, updatedById: actorId },
  });
  if (count === 0) throw new StaleVersionError('Inquiry', id, expectedVersion);
  const kept = await tx.consent.findMany({ where: { inquiryId: id }, select: { purpose: true, withdrawnOn: true } });
  for (const consent of data.consents) {
    const existing = kept.find((row) => row.purpose === consent.purpose);
    // A consent in force stays as it was given; a withdrawn one given again starts afresh.
    if (existing && existing.withdrawnOn === null) continue;
    const row = consentRow(consent, actorId, now);
    await tx.consent.upsert({
      where: { inquiryId_purpose: { inquiryId: id, purpose: consent.purpose } },
      create: { inquiryId: id, ...row },
      update: { givenOn: row.givenOn, wording: row.wording, recordedById: actorId, withdrawnOn: null },
    });
  }
  return readInquiry(tx, id, today);
}

/**
 * Withdraws the consent for a purpose (after lockInquiry): a consent withdrawn before keeps its
 * first day. The inquiry's version moves, since what may be shown of it changed. Null when no
 * consent for the purpose was ever given.
 */
export async function withdrawConsent(
  tx: DbClient,
  id: string,
  withdrawal: ConsentWithdrawal,
  today: IsoDate,
): Promise<InquiryRecord | null> {
  const consent = await tx.consent.findUnique({
    where: { inquiryId_purpose: { inquiryId: id, purpose: withdrawal.purpose } },
    select: { id: true, withdrawnOn: true },
  });
  if (!consent) return null;
  if (consent.withdrawnOn === null) {
    await tx.consent.update({ where: { id: consent.id }, data: { withdrawnOn: dateFromIso(withdrawal.on) } });
    await tx.inquiry.update({
      where: { id },
      data: { version: { increment: 1 }, updatedAt: withdrawal.now, updatedById: withdrawal.actorId },
    });
  }
  return readInquiry(tx, id, today);
}

/**
 * Creates the planned activity and links the inquiry to it (after lockInquiry and the rules).
 * StaleVersionError when the inquiry got linked meanwhile (the lock makes that a caller's mistake).
 */
export async function linkActivity(
  tx: DbClient,
  id: string,
  activity: NewActivity,
  today: IsoDate,
): Promise<PlannedActivityResult> {
  const created = await createActivity(tx, activity);
  const current = await tx.inquiry.findUniqueOrThrow({ where: { id }, select: { version: true } });
  const { count } = await tx.inquiry.updateMany({
    where: { id, activityId: null },
    data: { activityId: created.id, version: { increment: 1 }, updatedAt: activity.now, updatedById: activity.actorId },
  });
  if (count === 0) throw new StaleVersionError('Inquiry', id, current.version);
  return { inquiry: await readInquiry(tx, id, today), activity: created };
}
