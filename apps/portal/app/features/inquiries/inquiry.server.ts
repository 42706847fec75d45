import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { byNorwegianName, CONSENT_PURPOSES, municipalitiesInDistrict, THEMES } from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { ConsentPurpose } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, gatewayMessage } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import type { InterestFormField, InterestFormValues, PlanFormField, PlanFormValues } from './inquiry-page-forms';
import { INTEREST_FORM_FIELDS, PLAN_FORM_FIELDS } from './inquiry-page-forms';

const InquiryPageDocument = graphql(`
  query InquiryPage($id: ID!) {
    inquiry(id: $id) {
      id
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
        label
      }
      languages
      municipality {
        number
        name
      }
      minutesSpent
      actions
      note
      personAlias
      contact {
        method
        value
      }
      followUpConsentInForce
      followUpCase {
        id
        reference
      }
      consents {
        id
        purpose
        givenOn
        wording
        withdrawnOn
        inForce
      }
      interestListEntries {
        id
        theme {
          id
          label
        }
        municipality {
          number
          name
        }
        group {
          id
          name
        }
        closedOn
      }
      activity {
        id
        title
        date
      }
      serviceReferral {
        kind
        reference
        clientName
        serviceUnit
        serviceContactName
        serviceContactPhone
        serviceContactEmail
        contactTimes
        talkTopic
        talkAudienceSize
        talkWishedFrom
        talkWishedTo
        talkPlace
        submittedAt
      }
      version
    }
  }
`);

const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($inquiryId: ID!, $purpose: ConsentPurpose!) {
    withdrawConsent(inquiryId: $inquiryId, purpose: $purpose) {
      id
    }
  }
`);

const AddToInterestListDocument = graphql(`
  mutation AddToInterestList($inquiryId: ID!, $entry: InterestListEntryInput!) {
    addToInterestList(inquiryId: $inquiryId, entry: $entry) {
      id
    }
  }
`);

const PlanActivityDocument = graphql(`
  mutation PlanActivityFromInquiry($input: PlanActivityFromInquiryInput!) {
    planActivityFromInquiry(input: $input) {
      activity {
        id
      }
    }
  }
`);

export const INQUIRY_PAGE_NOTICES = ['created', 'saved', 'withdrawn', 'planned', 'listed'] as const;
export type InquiryPageNotice = (typeof INQUIRY_PAGE_NOTICES)[number];

export type InquiryPageActionData =
  | { intent: 'add-interest'; errors: FormErrors<InterestFormField>; values: InterestFormValues }
  | { intent: 'plan-activity'; errors: FormErrors<PlanFormField>; values: PlanFormValues }
  | { intent: 'withdraw-consent' | 'unknown'; errors: FormErrors<never> };

/** GET henvendelser/:id: the inquiry as the gateway gives it (personal details only when it sends them). */
export async function loadInquiryPage(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const lang = context.get(langContext);
  const { inquiry } = await context.get(gatewayContext).query(InquiryPageDocument, { id: params.id });
  const notice = new URL(request.url).searchParams.get('melding') ?? '';
  return {
    portal,
    inquiry,
    notice: (INQUIRY_PAGE_NOTICES as readonly string[]).includes(notice) ? (notice as InquiryPageNotice) : null,
    themes: THEMES.map((theme) => ({ id: theme.id, name: theme.labels[lang] })),
    municipalities: municipalitiesInDistrict(portal.districtId)
      .map(({ number, name }) => ({ number, name }))
      .sort(byNorwegianName),
  };
}

/** POST henvendelser/:id with intent withdraw-consent, add-interest or plan-activity; redirects back with a notice. */
export async function inquiryPageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const back = (notice: InquiryPageNotice) =>
    redirect(`${portalPath(portal, `henvendelser/${params.id}`)}?melding=${notice}`);

  if (intent === 'withdraw-consent') {
    const purpose = formText(form, 'purpose');
    try {
      if (!(CONSENT_PURPOSES as readonly string[]).includes(purpose)) throw new Error('unknown consent purpose');
      await gateway.mutate(WithdrawConsentDocument, { inquiryId: params.id, purpose: purpose as ConsentPurpose });
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT'))
        return data<InquiryPageActionData>(
          { intent, errors: { fields: {}, form: [gatewayMessage(error, lang)] } },
          { status: 400 },
        );
      throw error;
    }
    return back('withdrawn');
  }

  if (intent === 'add-interest') {
    const values: InterestFormValues = {
      themeId: formText(form, 'themeId'),
      municipalityNumber: formText(form, 'municipalityNumber'),
    };
    const errors: FormErrors<InterestFormField> = { fields: {}, form: [] };
    if (!values.themeId) errors.fields.themeId = t('validation.required');
    if (!values.municipalityNumber) errors.fields.municipalityNumber = t('validation.required');
    if (Object.keys(errors.fields).length > 0)
      return data<InquiryPageActionData>({ intent, errors, values }, { status: 400 });
    try {
      await gateway.mutate(AddToInterestListDocument, {
        inquiryId: params.id,
        entry: { themeId: values.themeId, municipalityNumber: values.municipalityNumber },
      });
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT'))
        return data<InquiryPageActionData>(
          { intent, values, errors: formErrorsFromGateway(error, { fields: INTEREST_FORM_FIELDS, lang }) },
          { status: 400 },
        );
      throw error;
    }
    return back('listed');
  }

  if (intent === 'plan-activity') {
    const values: PlanFormValues = {
      title: formText(form, 'title').trim(),
      date: formText(form, 'date').trim(),
      startTime: formText(form, 'startTime').trim(),
      endTime: formText(form, 'endTime').trim(),
      online: formText(form, 'online') === 'true',
      place: formText(form, 'place').trim(),
    };
    const errors: FormErrors<PlanFormField> = { fields: {}, form: [] };
    if (!values.title) errors.fields.title = t('validation.required');
    if (!values.date) errors.fields.date = t('validation.required');
    if (Object.keys(errors.fields).length > 0)
      return data<InquiryPageActionData>({ intent, errors, values }, { status: 400 });
    try {
      await gateway.mutate(PlanActivityDocument, {
        input: {
          inquiryId: params.id,
          title: values.title,
          date: values.date,
          startTime: values.startTime || null,
          endTime: values.endTime || null,
          online: values.online,
          place: values.place || null,
        },
      });
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT'))
        return data<InquiryPageActionData>(
          { intent, values, errors: formErrorsFromGateway(error, { fields: PLAN_FORM_FIELDS, lang }) },
          { status: 400 },
        );
      throw error;
    }
    return back('planned');
  }

  return data<InquiryPageActionData>({ intent: 'unknown', errors: { fields: {}, form: [] } }, { status: 400 });
}
