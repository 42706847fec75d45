import type { DistrictId, InquiryData, IsoDate, Scope } from '@selvhjelp/domain';
import { districtIdsInScope } from '@selvhjelp/domain';
import type { Consent, Inquiry, InterestListEntry, Prisma, ServiceReferral } from '../../generated/prisma/client.js';
import { dateFromIso, isoFromDate, optionalIsoFromDate } from '../../sql/dates.js';
import type {
  InquiryConsentRecord,
  InquiryRecord,
  InquiryServiceReferral,
  InterestContactRecord,
  InterestListEntryRecord,
} from './types.js';

/*
 * Scope conditions and row → record mapping of inquiries, consents and interest lists. Consents
 * have no district column: they are scoped through their inquiry.
 */

export function inquiryScopeWhere(scope: Scope): Prisma.InquiryWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

export function interestScopeWhere(scope: Scope): Prisma.InterestListEntryWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

/** A consent in force on `today`: given by then and not withdrawn by then (the domain's hasConsent, in SQL). */
export function consentInForceWhere(purpose: Prisma.ConsentWhereInput['purpose'], today: IsoDate) {
  const day = dateFromIso(today);
  return {
    purpose,
    givenOn: { lte: day },
    OR: [{ withdrawnOn: null }, { withdrawnOn: { gt: day } }],
  } satisfies Prisma.ConsentWhereInput;
}

/**
 * What every inquiry read includes: its consents (by purpose, the enum's order), its case, and
 * whether the follow-up consent is in force, counted by the database.
 */
export function inquiryInclude(today: IsoDate) {
  return {
    consents: { orderBy: { purpose: 'asc' } },
    followUpCase: { select: { id: true } },
    serviceReferral: { include: { apiClient: { select: { name: true } } } },
    _count: { select: { consents: { where: consentInForceWhere('FOLLOW_UP_CONTACT', today) } } },
  } satisfies Prisma.InquiryInclude;
}

export type InquiryRow = Inquiry & {
  consents: Consent[];
  followUpCase: { id: string } | null;
  serviceReferral: (ServiceReferral & { apiClient: { name: string } }) | null;
  _count: { consents: number };
};

/** The columns of an inquiry's own fields (consents and interest lists are rows of their own). */
export function inquiryColumns(data: InquiryData) {
  return {
    receivedOn: dateFromIso(data.receivedOn),
    receivedTime: data.receivedTime,
    channel: data.channel,
    inquirerType: data.inquirerType,
    publicServiceType: data.publicServiceType,
    partnerId: data.partnerId,
    themeIds: [...data.themeIds],
    languages: [...data.languages],
    municipalityNumber: data.municipalityNumber,
    minutesSpent: data.minutesSpent,
    actions: [...new Set(data.actions)],
    note: data.note,
    personAlias: data.person?.alias ?? null,
    contactMethod: data.person?.contact?.method ?? null,
    contactValue: data.person?.contact?.value ?? null,
  } satisfies Partial<Prisma.InquiryUncheckedCreateInput>;
}

export function toConsentRecord(row: Consent): InquiryConsentRecord {
  return {
    id: row.id,
    inquiryId: row.inquiryId,
    purpose: row.purpose,
    givenOn: isoFromDate(row.givenOn),
    wording: row.wording,
    withdrawnOn: optionalIsoFromDate(row.withdrawnOn),
    recordedById: row.recordedById,
    createdAt: row.createdAt,
  };
}

export function toInquiryRecord(row: InquiryRow): InquiryRecord {
  return {
    id: row.id,
    // Written only through the repository, which accepts known district ids only.
    districtId: row.districtId as DistrictId,
    receivedOn: isoFromDate(row.receivedOn),
    receivedTime: row.receivedTime,
    channel: row.channel,
    inquirerType: row.inquirerType,
    publicServiceType: row.publicServiceType,
    partnerId: row.partnerId,
    themeIds: row.themeIds,
    languages: row.languages,
    municipalityNumber: row.municipalityNumber,
    minutesSpent: row.minutesSpent,
    actions: row.actions,
    note: row.note,
    personAlias: row.personAlias,
    contactMethod: row.contactMethod,
    contactValue: row.contactValue,
    consents: row.consents.map(toConsentRecord),
    followUpConsentInForce: row._count.consents > 0,
    activityId: row.activityId,
    caseId: row.followUpCase?.id ?? null,
    serviceReferral: row.serviceReferral ? toInquiryServiceReferral(row.serviceReferral) : null,
    contactTimes: row.serviceReferral?.contactTimes ?? null,
    anonymisedAt: row.anonymisedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdById,
    updatedById: row.updatedById,
  };
}

function toInquiryServiceReferral(row: ServiceReferral & { apiClient: { name: string } }): InquiryServiceReferral {
  return {
    id: row.id,
    kind: row.kind,
    reference: row.reference,
    apiClientId: row.apiClientId,
    clientName: row.apiClient.name,
    serviceUnit: row.serviceUnit,
    serviceContactName: row.serviceContactName,
    serviceContactPhone: row.serviceContactPhone,
    serviceContactEmail: row.serviceContactEmail,
    talkTopic: row.talkTopic,
    talkAudienceSize: row.talkAudienceSize,
    talkWishedFrom: optionalIsoFromDate(row.talkWishedFrom),
    talkWishedTo: optionalIsoFromDate(row.talkWishedTo),
    talkPlace: row.talkPlace,
    submittedAt: row.createdAt,
  };
}

/** The InquiryData a record was logged with (for the domain's rules, e.g. outreachDraftOfInquiry). */
export function inquiryDataOf(record: InquiryRecord): InquiryData {
  return {
    receivedOn: record.receivedOn,
    receivedTime: record.receivedTime,
    channel: record.channel,
    inquirerType: record.inquirerType,
    publicServiceType: record.publicServiceType,
    partnerId: record.partnerId,
    themeIds: [...record.themeIds],
    languages: [...record.languages],
    municipalityNumber: record.municipalityNumber,
    minutesSpent: record.minutesSpent,
    actions: [...record.actions],
    note: record.note,
    person:
      record.personAlias === null && record.contactMethod === null
        ? null
        : {
            alias: record.personAlias,
            contact:
              record.contactMethod && record.contactValue !== null
                ? { method: record.contactMethod, value: record.contactValue }
                : null,
          },
    consents: record.consents
      .filter((consent) => consent.withdrawnOn === null)
      .map(({ purpose, givenOn, wording }) => ({ purpose, givenOn, wording })),
  };
}

export function toInterestListEntryRecord(row: InterestListEntry): InterestListEntryRecord {
  return {
    id: row.id,
    districtId: row.districtId as DistrictId,
    inquiryId: row.inquiryId,
    themeId: row.themeId,
    municipalityNumber: row.municipalityNumber,
    groupId: row.groupId,
    closedOn: optionalIsoFromDate(row.closedOn),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type InterestContactRow = InterestListEntry & { inquiry: InquiryRow };

export function interestContactInclude(today: IsoDate) {
  return { inquiry: { include: inquiryInclude(today) } } satisfies Prisma.InterestListEntryInclude;
}

export function toInterestContactRecord(row: InterestContactRow): InterestContactRecord {
  const inquiry = toInquiryRecord(row.inquiry);
  return {
    ...toInterestListEntryRecord(row),
    consents: inquiry.consents,
    personAlias: inquiry.personAlias,
    contactMethod: inquiry.contactMethod,
    contactValue: inquiry.contactValue,
    followUpConsentInForce: inquiry.followUpConsentInForce,
  };
}
