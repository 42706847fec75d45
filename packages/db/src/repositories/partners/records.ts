import type { DistrictId, PartnerData, Scope } from '@selvhjelp/domain';
import { districtIdsInScope } from '@selvhjelp/domain';
import type {
  AgreementAttachment,
  ContactAffiliation,
  ContactPerson,
  Partner,
  PartnerAgreement,
  Prisma,
} from '../../generated/prisma/client.js';
import { isoFromDate, optionalIsoFromDate } from '../../sql/dates.js';
import type {
  AgreementAttachmentRecord,
  AgreementRecord,
  ContactAffiliationRecord,
  ContactPersonRecord,
  PartnerRecord,
} from './types.js';

/*
 * Scope conditions and row → record mapping of the partner network. Agreements and places
 * (affiliations) have no district column: they are scoped through their partner.
 */

export function partnerScopeWhere(scope: Scope): Prisma.PartnerWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

export function contactScopeWhere(scope: Scope): Prisma.ContactPersonWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

export function venueScopeWhere(scope: Scope): Prisma.VenueWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

/** The owner first, then the others in the order given, each once. */
export function workingDistricts(districtId: string, others: readonly string[]): string[] {
  return [...new Set([districtId, ...others])];
}

export function partnerColumns(districtId: string, data: PartnerData) {
  return {
    workingDistrictIds: workingDistricts(districtId, data.workingDistrictIds),
    name: data.name,
    type: data.type,
    organisationNumber: data.organisationNumber,
    municipalityNumber: data.municipalityNumber,
    streetAddress: data.streetAddress,
    postalCode: data.postalCode,
    postalPlace: data.postalPlace,
    website: data.website,
    status: data.status,
    notes: data.notes,
  } satisfies Partial<Prisma.PartnerUncheckedCreateInput>;
}

export function toPartnerRecord(row: Partner): PartnerRecord {
  return {
    id: row.id,
    // Written only through the repository, which accepts known district ids only.
    districtId: row.districtId as DistrictId,
    workingDistrictIds: row.workingDistrictIds as DistrictId[],
    name: row.name,
    type: row.type,
    organisationNumber: row.organisationNumber,
    municipalityNumber: row.municipalityNumber,
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    postalPlace: row.postalPlace,
    website: row.website,
    status: row.status,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdById,
    updatedById: row.updatedById,
  };
}

export function toContactRecord(row: ContactPerson): ContactPersonRecord {
  return {
    id: row.id,
    districtId: row.districtId as DistrictId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    consentNote: row.consentNote,
    partnerId: row.partnerId,
    role: row.role,
    since: optionalIsoFromDate(row.since),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toAffiliationRecord(row: ContactAffiliation): ContactAffiliationRecord {
  return {
    id: row.id,
    contactId: row.contactId,
    partnerId: row.partnerId,
    role: row.role,
    fromDate: isoFromDate(row.fromDate),
    toDate: isoFromDate(row.toDate),
  };
}

/** Everything about a document but its bytes: never read `content` unless it is asked for. */
export const ATTACHMENT_WITHOUT_CONTENT = { omit: { content: true } } as const;

export const AGREEMENT_INCLUDE = {
  attachment: ATTACHMENT_WITHOUT_CONTENT,
  partner: { select: { districtId: true } },
} satisfies Prisma.PartnerAgreementInclude;

export type AttachmentRow = Omit<AgreementAttachment, 'content'>;
export type AgreementRow = PartnerAgreement & { attachment: AttachmentRow | null; partner: { districtId: string } };

export function toAttachmentRecord(row: AttachmentRow): AgreementAttachmentRecord {
  return {
    id: row.id,
    agreementId: row.agreementId,
    fileName: row.fileName,
    contentType: row.contentType,
    byteSize: row.byteSize,
    sha256: row.sha256,
    storage: row.storageKey === null ? 'DATABASE' : 'FOLDER',
    storageKey: row.storageKey,
    createdAt: row.createdAt,
  };
}

export function toAgreementRecord(row: AgreementRow): AgreementRecord {
  return {
    id: row.id,
    partnerId: row.partnerId,
    districtId: row.partner.districtId as DistrictId,
    title: row.title,
    startsOn: isoFromDate(row.startsOn),
    endsOn: optionalIsoFromDate(row.endsOn),
    scope: row.scope,
    attachment: row.attachment && toAttachmentRecord(row.attachment),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
