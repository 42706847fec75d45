import type { Scope } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import { dateFromIso, optionalDateFromIso } from '../../sql/dates.js';
import type { AgreementRecord, AgreementUpdate, AttachmentContent, AttachmentWrite, NewAgreement } from './types.js';
import { AGREEMENT_INCLUDE, partnerScopeWhere, toAgreementRecord, toAttachmentRecord } from './records.js';
import { groupedBy, wantedIds } from '../../sql/lists.js';

/*
 * Cooperation agreements and their documents. A document's bytes are read only by
 * attachmentContent; every other read leaves the column out. The document is in the database
 * (content) or in the attachment folder (storageKey): the table's CHECK holds exactly one.
 */

const NEWEST_FIRST = [
  { startsOn: 'desc' },
  { createdAt: 'desc' },
  { id: 'asc' },
] satisfies Prisma.PartnerAgreementOrderByWithRelationInput[];

function agreementScopeWhere(scope: Scope): Prisma.PartnerAgreementWhereInput {
  return scope.kind === 'national' ? {} : { partner: partnerScopeWhere(scope) };
}

function attachmentColumns(attachment: AttachmentWrite, now: Date) {
  return {
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    byteSize: attachment.byteSize,
    sha256: attachment.sha256,
    // A copy the driver can send whatever buffer the caller's view lies on.
    content: attachment.content === null ? null : new Uint8Array(attachment.content),
    storageKey: attachment.storageKey,
    createdAt: now,
  };
}

export async function agreementsOfPartners(
  client: DbClient,
  scope: Scope,
  partnerIds: readonly string[],
): Promise<Map<string, AgreementRecord[]>> {
  const ids = wantedIds(partnerIds);
  const rows = ids.length
    ? await client.partnerAgreement.findMany({
        where: { partnerId: { in: ids }, ...agreementScopeWhere(scope) },
        orderBy: NEWEST_FIRST,
        include: AGREEMENT_INCLUDE,
      })
    : [];
  return groupedBy(partnerIds, rows.map(toAgreementRecord), (row) => row.partnerId);
}

export async function agreementsByIds(
  client: DbClient,
  scope: Scope,
  ids: readonly string[],
): Promise<(AgreementRecord | null)[]> {
  const wanted = wantedIds(ids);
  const rows = wanted.length
    ? await client.partnerAgreement.findMany({
        where: { id: { in: wanted }, ...agreementScopeWhere(scope) },
        include: AGREEMENT_INCLUDE,
      })
    : [];
  const byId = new Map(rows.map((row) => [row.id, toAgreementRecord(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function createAgreement(
  tx: DbClient,
  scope: Scope,
  agreement: NewAgreement,
): Promise<AgreementRecord | null> {
  if (!isUuid(agreement.partnerId)) return null;
  const partner = await tx.partner.count({ where: { id: agreement.partnerId, ...partnerScopeWhere(scope) } });
  if (!partner) return null;
  const { data, now } = agreement;
  const row = await tx.partnerAgreement.create({
    data: {
      partnerId: agreement.partnerId,
      title: data.title,
      startsOn: dateFromIso(data.startsOn),
      endsOn: optionalDateFromIso(data.endsOn),
      scope: data.scope,
      createdAt: now,
      updatedAt: now,
      attachment: agreement.attachment ? { create: attachmentColumns(agreement.attachment, now) } : undefined,
    },
    include: AGREEMENT_INCLUDE,
  });
  return toAgreementRecord(row);
}

export async function updateAgreement(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  update: AgreementUpdate,
): Promise<AgreementRecord | null> {
  const { data, now } = update;
  // The version-checked update goes first, so a stale save writes nothing at all.
  const { count } = await tx.partnerAgreement.updateMany({
    where: { id, version: expectedVersion, ...agreementScopeWhere(scope) },
    data: {
      title: data.title,
      startsOn: dateFromIso(data.startsOn),
      endsOn: optionalDateFromIso(data.endsOn),
      scope: data.scope,
      version: { increment: 1 },
      updatedAt: now,
    },
  });
  if (count === 0) {
    const exists = await tx.partnerAgreement.count({ where: { id, ...agreementScopeWhere(scope) } });
    if (exists) throw new StaleVersionError('PartnerAgreement', id, expectedVersion);
    return null;
  }
  if (update.attachment !== 'keep') {
    await tx.agreementAttachment.deleteMany({ where: { agreementId: id } });
    if (update.attachment)
      await tx.agreementAttachment.create({ data: { agreementId: id, ...attachmentColumns(update.attachment, now) } });
  }
  return toAgreementRecord(await tx.partnerAgreement.findUniqueOrThrow({ where: { id }, include: AGREEMENT_INCLUDE }));
}

export async function removeAgreement(
  tx: DbClient,
  scope: Scope,
  id: string,
): Promise<{ removed: boolean; storageKey: string | null }> {
  if (!isUuid(id)) return { removed: false, storageKey: null };
  const found = await tx.partnerAgreement.findFirst({
    where: { id, ...agreementScopeWhere(scope) },
    select: { attachment: { select: { storageKey: true } } },
  });
  if (!found) return { removed: false, storageKey: null };
  // The document row goes with it (ON DELETE CASCADE).
  const { count } = await tx.partnerAgreement.deleteMany({ where: { id } });
  return { removed: count > 0, storageKey: found.attachment?.storageKey ?? null };
}

export async function attachmentContent(
  client: DbClient,
  scope: Scope,
  agreementId: string,
): Promise<AttachmentContent | null> {
  if (!isUuid(agreementId)) return null;
  const row = await client.agreementAttachment.findFirst({
    where: { agreementId, agreement: agreementScopeWhere(scope) },
  });
  if (!row) return null;
  return { record: toAttachmentRecord(row), content: row.content === null ? null : new Uint8Array(row.content) };
}

export async function attachmentStorageKeysInUse(client: DbClient, keys: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return new Set();
  const rows = await client.agreementAttachment.findMany({
    where: { storageKey: { in: wanted } },
    select: { storageKey: true },
  });
  return new Set(rows.map((row) => row.storageKey!));
}
