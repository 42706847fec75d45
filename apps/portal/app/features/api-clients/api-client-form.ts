import {
  API_SCOPES,
  apiClientExpiryRefusal,
  apiScopeFromEnum,
  apiScopeToEnum,
  isIsoDate,
  renderMessage,
  todayIn,
  zonedDateTimeToInstant,
} from '@selvhjelp/domain';
import type { ApiScope as DomainScope } from '@selvhjelp/domain';
import type { ApiScope, CreateApiClientInput } from '../../generated/graphql';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import type { Lang, Translate } from '../../shared/i18n/i18n';

export interface ApiClientFormValues {
  name: string;
  contactName: string;
  contactEmail: string;
  /** '' = none; for OAuth2 access tokens (decision 0035). */
  organisationNumber: string;
  /** '' = no partner. */
  partnerId: string;
  /** The SDL's enum names (`GROUPS_READ`), as the checkboxes post them. */
  scopes: string[];
  districtIds: string[];
  /** `YYYY-MM-DD` in Oslo, or ''. */
  expiresAt: string;
}

export type ApiClientFormField = keyof ApiClientFormValues;

export const API_CLIENT_FORM_FIELDS: readonly ApiClientFormField[] = [
  'name',
  'contactName',
  'contactEmail',
  'organisationNumber',
  'partnerId',
  'scopes',
  'districtIds',
  'expiresAt',
];

/** The scopes as the form offers them: the SDL's names, in the domain's order. */
export const SCOPE_CHOICES: readonly { value: ApiScope; scope: DomainScope }[] = API_SCOPES.map((scope) => ({
  value: apiScopeToEnum(scope) as ApiScope,
  scope,
}));

export function emptyApiClientForm(districtIds: readonly string[] = []): ApiClientFormValues {
  return {
    name: '',
    contactName: '',
    contactEmail: '',
    organisationNumber: '',
    partnerId: '',
    scopes: [],
    districtIds: [...districtIds],
    expiresAt: '',
  };
}

const all = (form: FormData, name: string) =>
  form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');

/**
 * What was posted. A district portal's districts are its own whatever was posted (the form shows
 * them as text): `fixedDistrictId` says so.
 */
export function readApiClientForm(form: FormData, fixedDistrictId: string | null): ApiClientFormValues {
  return {
    name: formText(form, 'name').trim(),
    contactName: formText(form, 'contactName').trim(),
    contactEmail: formText(form, 'contactEmail').trim(),
    organisationNumber: formText(form, 'organisationNumber').trim(),
    partnerId: formText(form, 'partnerId'),
    scopes: all(form, 'scopes'),
    districtIds: fixedDistrictId ? [fixedDistrictId] : all(form, 'districtIds'),
    expiresAt: formText(form, 'expiresAt').trim(),
  };
}

/**
 * An expiry date as the moment the keys stop: midnight in Oslo as the date begins, so the date
 * shown afterwards (the instant read in Oslo) is the date that was typed.
 */
export function expiryInstant(date: string): Date | null {
  return isIsoDate(date) ? zonedDateTimeToInstant(date, '00:00') : null;
}

/** The saved expiry as the form's date. */
export function expiryDate(expiresAt: string | null | undefined): string {
  return expiresAt ? todayIn(new Date(expiresAt)) : '';
}

/** What the form would send, read as the domain's schema reads it (so its refusals land on fields). */
export function draftApiClientInput(values: ApiClientFormValues) {
  return {
    name: values.name,
    contactName: values.contactName,
    contactEmail: values.contactEmail,
    organisationNumber: values.organisationNumber || null,
    partnerId: values.partnerId || null,
    scopes: values.scopes.map((value) => apiScopeFromEnum(value) ?? value),
    districtIds: values.districtIds,
    expiresAt: values.expiresAt ? expiryInstant(values.expiresAt) : null,
  };
}

export type ApiClientInputResult =
  { ok: true; input: CreateApiClientInput } | { ok: false; errors: FormErrors<ApiClientFormField> };

/**
 * The gateway's input from the form. Checked here: what the domain's schema cannot see (the
 * date's format, a date already past); the schema itself runs in the action for the rest.
 */
export function toApiClientInput(
  values: ApiClientFormValues,
  { t, lang, now }: { t: Translate; lang: Lang; now: Date },
): ApiClientInputResult {
  const errors = emptyFormErrors<ApiClientFormField>();
  const expiresAt = values.expiresAt ? expiryInstant(values.expiresAt) : null;
  if (values.expiresAt && !expiresAt) errors.fields.expiresAt = t('apiClients.form.dateFormat');
  const past = expiresAt ? apiClientExpiryRefusal(expiresAt, now) : null;
  if (past) errors.fields.expiresAt = renderMessage(past.reason, undefined, lang);
  if (Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name: values.name,
      contactName: values.contactName,
      contactEmail: values.contactEmail,
      organisationNumber: values.organisationNumber || null,
      partnerId: values.partnerId || null,
      scopes: values.scopes as ApiScope[],
      districtIds: values.districtIds,
      expiresAt: expiresAt ? expiresAt.toISOString() : null,
    },
  };
}

/** A saved client as form values. */
export function apiClientToFormValues(client: {
  name: string;
  contactName: string;
  contactEmail: string;
  organisationNumber?: string | null;
  partnerId?: string | null;
  scopes: readonly string[];
  districts: readonly { id: string }[];
  expiresAt?: string | null;
}): ApiClientFormValues {
  return {
    name: client.name,
    contactName: client.contactName,
    contactEmail: client.contactEmail,
    organisationNumber: client.organisationNumber ?? '',
    partnerId: client.partnerId ?? '',
    scopes: [...client.scopes],
    districtIds: client.districts.map(({ id }) => id),
    expiresAt: expiryDate(client.expiresAt),
  };
}

/** Active, expired or revoked, as of `now`. */
export type ApiClientStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function apiClientStatus(
  client: { revokedAt?: string | null; expiresAt?: string | null },
  now: Date,
): ApiClientStatus {
  if (client.revokedAt) return 'REVOKED';
  if (client.expiresAt && new Date(client.expiresAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}
