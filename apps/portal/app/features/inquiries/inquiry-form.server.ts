import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import {
  byNorwegianName,
  instantToZonedParts,
  makeInquiryInputSchema,
  municipalitiesInDistrict,
} from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { ConsentPurpose, InquiryForEditQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import type { Lang } from '../../shared/i18n/i18n';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import { partnerOptions } from '../partners/partner-options.server';
import type { InquiryFormField, InquiryFormValues } from './inquiry-form';
import {
  draftInquiryInput,
  emptyInquiryForm,
  inquiryFieldOfPath,
  readInquiryForm,
  toInquiryInput,
} from './inquiry-form';

const InquiryForEditDocument = graphql(`
  query InquiryForEdit($id: ID!) {
    inquiry(id: $id) {
      id
      version
      receivedOn
      receivedTime
      channel
      inquirerType
      publicServiceType
      partner {
        id
        name
      }
      themes {
        id
      }
      municipality {
        number
      }
      minutesSpent
      actions
      note
      personAlias
      contact {
        method
        value
      }
      consents {
        purpose
        inForce
      }
    }
  }
`);

const LogInquiryDocument = graphql(`
  mutation LogInquiry($input: InquiryInput!) {
    logInquiry(input: $input) {
      id
    }
  }
`);

const UpdateInquiryDocument = graphql(`
  mutation UpdateInquiry($input: UpdateInquiryInput!) {
    updateInquiry(input: $input) {
      id
    }
  }
`);

export interface InquiryFormActionData {
  values: InquiryFormValues;
  errors: FormErrors<InquiryFormField>;
  /** A stale edit: the version saved now, so the typed values can be sent again over it. */
  conflict: { version: number } | null;
}

/** The words a person agrees to for a purpose, as the form shows them (and sends them). */
export function consentWording(lang: Lang) {
  const t = createTranslator(lang);
  return (purpose: ConsentPurpose) => t(`inquiries.consent.wording.${purpose}`);
}

function toFormValues(inquiry: InquiryForEditQuery['inquiry']): InquiryFormValues {
  return {
    receivedOn: inquiry.receivedOn,
    receivedTime: inquiry.receivedTime ?? '',
    channel: inquiry.channel,
    inquirerType: inquiry.inquirerType,
    publicServiceType: inquiry.publicServiceType ?? '',
    partnerId: inquiry.partner?.id ?? '',
    themeIds: inquiry.themes.map(({ id }) => id),
    municipalityNumber: inquiry.municipality?.number ?? '',
    minutesSpent: String(inquiry.minutesSpent),
    actions: [...inquiry.actions],
    note: inquiry.note ?? '',
    personAlias: inquiry.personAlias ?? '',
    contactMethod: inquiry.contact?.method ?? '',
    contactValue: inquiry.contact?.value ?? '',
    // Consents in force stay as they are (withdrawn on the inquiry page); the form gives new ones.
    consents: [],
  };
}

async function loadOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const partners = await partnerOptions(context.get(gatewayContext));
  return {
    portal,
    partners,
    municipalities: municipalitiesInDistrict(portal.districtId)
      .map(({ number, name }) => ({ number, name }))
      .sort(byNorwegianName),
  };
}

/** GET henvendelser/ny: the form at now (Europe/Oslo). */
export async function loadNewInquiry(context: Readonly<RouterContextProvider>) {
  return { ...(await loadOptions(context)), values: emptyInquiryForm() };
}

/** GET henvendelser/:id/rediger. */
export async function loadInquiryForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const [options, { inquiry }] = await Promise.all([
    loadOptions(context),
    context.get(gatewayContext).query(InquiryForEditDocument, { id: params.id }),
  ]);
  const partners =
    inquiry.partner && !options.partners.some(({ id }) => id === inquiry.partner?.id)
      ? [...options.partners, inquiry.partner].sort(byNorwegianName)
      : options.partners;
  return {
    ...options,
    partners,
    id: inquiry.id,
    version: inquiry.version,
    values: toFormValues(inquiry),
    consentsInForce: inquiry.consents.filter(({ inForce }) => inForce).map(({ purpose }) => purpose),
  };
}

/** POST henvendelser/ny and henvendelser/:id/rediger: save, then go to the inquiry. */
export async function saveInquiry(
  request: Request,
  params: { id?: string },
  context: Readonly<RouterContextProvider>,
  now: Date = new Date(),
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const values = readInquiryForm(form);
  const today = instantToZonedParts(now).date;
  const wording = consentWording(lang);
  const fail = (errors: FormErrors<InquiryFormField>, conflict: InquiryFormActionData['conflict'] = null) =>
    data<InquiryFormActionData>({ values, errors, conflict }, { status: conflict ? 409 : 400 });
  const parsed = toInquiryInput(values, t, wording, today);
  // The domain's schema (the gateway's own) reads the same draft: a fødselsnummer in the note
  // and every other rule are reported in this round, before anything is sent.
  const checked = formErrorsFromSchema(makeInquiryInputSchema(now), draftInquiryInput(values, wording, today), {
    fieldOf: inquiryFieldOfPath,
    lang,
    local: parsed.ok ? undefined : parsed.errors,
  });
  if (!parsed.ok || Object.keys(checked.fields).length > 0 || checked.form.length > 0) return fail(checked);
  try {
    if (params.id === undefined) {
      const { logInquiry } = await gateway.mutate(LogInquiryDocument, { input: parsed.input });
      return redirect(`${portalPath(portal, `henvendelser/${logInquiry.id}`)}?melding=created`);
    }
    const version = Number.parseInt(formText(form, 'version'), 10);
    const { updateInquiry } = await gateway.mutate(UpdateInquiryDocument, {
      input: { id: params.id, version: Number.isSafeInteger(version) ? version : 0, inquiry: parsed.input },
    });
    return redirect(`${portalPath(portal, `henvendelser/${updateInquiry.id}`)}?melding=saved`);
  } catch (error) {
    if (params.id !== undefined && isGatewayError(error, 'CONFLICT')) {
      const { inquiry } = await gateway.query(InquiryForEditDocument, { id: params.id });
      return fail({ fields: {}, form: [] }, { version: inquiry.version });
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(formErrorsFromGateway(error, { fieldOf: inquiryFieldOfPath, lang }));
    throw error;
  }
}
