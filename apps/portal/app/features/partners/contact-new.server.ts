import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import type { FormErrors } from '../../shared/forms/form-errors';
import { todayInOslo } from '../../shared/dates/dates';
import { createTranslator } from '../../shared/i18n/i18n';
import type { ContactFormField, ContactFormValues } from './contact-form';
import { CONTACT_FORM_FIELDS, contactOf, readContactForm, toAddContactInput } from './contact-form';
import { formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import { contactInputSchema } from '@selvhjelp/domain';
import { partnerFieldOf } from './partner-form-errors';
import { portalPath } from '../../shared/layout/portals';

const PartnerNameDocument = graphql(`
  query PartnerName($id: ID!) {
    partner(id: $id) {
      id
      name
    }
  }
`);

const AddContactDocument = graphql(`
  mutation AddContact($input: AddContactInput!) {
    addContact(input: $input) {
      id
    }
  }
`);

export interface ContactFormActionData {
  values: ContactFormValues;
  errors: FormErrors<ContactFormField>;
}

/** The partner a page belongs to (its name for headings and links); NOT_FOUND outside the district. */
export async function loadPartnerName(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const { partner } = await context.get(gatewayContext).query(PartnerNameDocument, { id: params.id });
  return { portal, partner, today: todayInOslo() };
}

/** POST samarbeidspartnere/:id/kontaktpersoner/ny. */
export async function addContact(request: Request, params: { id: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const values = readContactForm(await request.formData());
  const fail = (errors: FormErrors<ContactFormField>) =>
    data<ContactFormActionData>({ values, errors }, { status: 400 });
  const parsed = toAddContactInput(values, params.id, t);
  // The form's own checks stop it before the gateway; the domain's schema reads the same person,
  // so a bad email is reported together with a missing name.
  if (!parsed.ok)
    return fail(
      formErrorsFromSchema(contactInputSchema, contactOf(values), {
        fields: CONTACT_FORM_FIELDS,
        lang,
        local: parsed.errors,
      }),
    );
  try {
    await context.get(gatewayContext).mutate(AddContactDocument, { input: parsed.input });
    return redirect(`${portalPath(portal, `samarbeidspartnere/${params.id}`)}?melding=contactAdded#contacts-heading`);
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(
        formErrorsFromGateway(error, {
          fields: CONTACT_FORM_FIELDS,
          fieldOf: partnerFieldOf(CONTACT_FORM_FIELDS),
          lang,
        }),
      );
    throw error;
  }
}
