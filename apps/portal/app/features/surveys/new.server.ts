import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { gatewayContext, langContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromSchema, hasErrors } from '../../shared/forms/form-errors';
import { createSurveyInputSchema } from '@selvhjelp/domain';
import { formText } from '../../shared/forms/form-data';
import { addDays, todayInOslo } from '../../shared/dates/dates';
import { portalPath } from '../../shared/layout/portals';
import { NEW_SURVEY_FIELDS } from './new-form';
import type { NewSurveyField, NewSurveyValues } from './new-form';

const SurveyTemplatesDocument = graphql(`
  query SurveyTemplates($language: Language) {
    surveyTemplates {
      key
      title(language: $language)
      intro(language: $language)
    }
  }
`);

const CreateSurveyDocument = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      id
    }
  }
`);

export interface NewSurveyActionData {
  values: NewSurveyValues;
  errors: FormErrors<NewSurveyField>;
}

/** GET undersokelser/ny: the templates in the page's language, and four weeks from today. */
export async function loadNewSurvey(context: Readonly<RouterContextProvider>) {
  const lang = context.get(langContext);
  const { surveyTemplates } = await context
    .get(gatewayContext)
    .query(SurveyTemplatesDocument, { language: lang === 'en' ? 'EN' : 'NB' });
  const today = todayInOslo();
  const values: NewSurveyValues = {
    fromTemplate: surveyTemplates[0]?.key ?? '',
    title: '',
    intro: '',
    opensOn: today,
    closesOn: addDays(today, 28),
  };
  return { portal: context.get(portalContext), templates: surveyTemplates, values };
}

/**
 * POST undersokelser/ny. A survey is made from a ready-made template (its questions fixed, so
 * districts compare); title and intro default to the template's in the page's language.
 */
export async function createSurvey(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const lang = context.get(langContext);
  const form = await request.formData();
  const values = Object.fromEntries(
    NEW_SURVEY_FIELDS.map((field) => [field, formText(form, field)]),
  ) as NewSurveyValues;
  const input = {
    fromTemplate: values.fromTemplate,
    title: values.title.trim() || null,
    intro: values.intro.trim() || null,
    opensOn: values.opensOn,
    closesOn: values.closesOn,
  };
  // The domain's own schema (the gateway's) first: every refusal in one round, in its words.
  const local = formErrorsFromSchema(
    createSurveyInputSchema,
    { ...input, language: lang },
    {
      fields: NEW_SURVEY_FIELDS,
      lang,
    },
  );
  if (hasErrors(local)) return data<NewSurveyActionData>({ values, errors: local }, { status: 400 });
  try {
    const { createSurvey: created } = await context.get(gatewayContext).mutate(CreateSurveyDocument, {
      input: { ...input, language: lang === 'en' ? 'EN' : 'NB' },
    });
    return redirect(portalPath(portal, `undersokelser/${created.id}`));
  } catch (error) {
    if (!isGatewayError(error, 'BAD_USER_INPUT')) throw error;
    return data<NewSurveyActionData>(
      { values, errors: formErrorsFromGateway(error, { fields: NEW_SURVEY_FIELDS, lang }) },
      { status: 400 },
    );
  }
}
