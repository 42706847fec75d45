import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { ContactPageQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { todayInOslo } from '../../shared/dates/dates';
import { createTranslator } from '../../shared/i18n/i18n';
import type { ContactFormField, ContactFormValues, MoveFormField, MoveFormValues } from './contact-form';
import {
  CONTACT_FORM_FIELDS,
  contactOf,
  formVersion,
  MOVE_FORM_FIELDS,
  readContactForm,
  readMoveForm,
  toMoveContactInput,
  toUpdateContactInput,
} from './contact-form';
import { formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import { contactInputSchema } from '@selvhjelp/domain';
import { partnerFieldOf } from './partner-form-errors';
import { partnerOptions } from './partner-options.server';
import { portalPath } from '../../shared/layout/portals';

const ContactPageDocument = graphql(`
  query ContactPage($id: ID!) {
    contactPerson(id: $id) {
      id
      name
      email
      phone
      consentNote
      role
      since
      version
      partner {
        id
        name
      }
      history {
        id
        role
        fromDate
        toDate
        partner {
          id
          name
        }
      }
    }
  }
`);

const UpdateContactDocument = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      id
      version
    }
  }
`);

const MoveContactDocument = graphql(`
  mutation MoveContact($input: MoveContactInput!) {
    moveContact(input: $input) {
      id
      version
    }
  }
`);

const RemoveContactDocument = graphql(`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id)
  }
`);

export const CONTACT_PAGE_NOTICES = ['saved', 'moved'] as const;
export type ContactPageNotice = (typeof CONTACT_PAGE_NOTICES)[number];

export function contactToFormValues(contact: ContactPageQuery['contactPerson']): ContactFormValues {
  return {
    name: contact.name,
    role: contact.role ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    consentNote: contact.consentNote ?? '',
    since: contact.since ?? '',
  };
}

/** GET kontaktpersoner/:id: the person, where they have been, and the district's partners to move to. */
export async function loadContactPage(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const [result, partners] = await Promise.all([
    gateway.query(ContactPageDocument, { id: params.id }),
    partnerOptions(gateway),
  ]);
  const notice = new URL(request.url).searchParams.get('melding') ?? '';
  return {
    portal,
    contact: result.contactPerson,
    values: contactToFormValues(result.contactPerson),
    partners,
    today: todayInOslo(),
    notice: (CONTACT_PAGE_NOTICES as readonly string[]).includes(notice) ? (notice as ContactPageNotice) : null,
  };
}

export type ContactPageActionData =
  | { intent: 'save'; values: ContactFormValues; errors: FormErrors<ContactFormField>; conflict: boolean }
  | { intent: 'move'; values: MoveFormValues; errors: FormErrors<MoveFormField>; conflict: boolean }
  | { intent: 'remove' };

/** POST kontaktpersoner/:id: intent=save, move, remove (asks to confirm) or confirm-remove. */
export async function contactPageAction(
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
  const page = portalPath(portal, `kontaktpersoner/${params.id}`);

  if (intent === 'remove') return data<ContactPageActionData>({ intent: 'remove' });
  if (intent === 'confirm-remove') {
    // Where to go afterwards: the partner the person was at, else the list.
    const { contactPerson } = await gateway.query(ContactPageDocument, { id: params.id });
    await gateway.mutate(RemoveContactDocument, { id: params.id });
    const partnerId = contactPerson.partner?.id;
    return redirect(
      partnerId
        ? `${portalPath(portal, `samarbeidspartnere/${partnerId}`)}?melding=contactRemoved#contacts-heading`
        : portalPath(portal, 'samarbeidspartnere'),
    );
  }
  const conflictMessage = { fields: {}, form: [t('partners.form.conflict')] };
  if (intent === 'move') {
    const values = readMoveForm(form);
    const fail = (errors: FormErrors<MoveFormField>, conflict = false) =>
      data<ContactPageActionData>({ intent: 'move', values, errors, conflict }, { status: conflict ? 409 : 400 });
    const parsed = toMoveContactInput(values, params.id, formVersion(form), t);
    if (!parsed.ok) return fail(parsed.errors);
    try {
      await gateway.mutate(MoveContactDocument, { input: parsed.input });
      return redirect(`${page}?melding=moved`);
    } catch (error) {
      if (isGatewayError(error, 'CONFLICT')) return fail(conflictMessage, true);
      if (isGatewayError(error, 'BAD_USER_INPUT'))
        return fail(
          formErrorsFromGateway(error, { fields: MOVE_FORM_FIELDS, fieldOf: partnerFieldOf(MOVE_FORM_FIELDS), lang }),
        );
      throw error;
    }
  }
  const values = readContactForm(form);
  const fail = (errors: FormErrors<ContactFormField>, conflict = false) =>
    data<ContactPageActionData>({ intent: 'save', values, errors, conflict }, { status: conflict ? 409 : 400 });
  const parsed = toUpdateContactInput(values, params.id, formVersion(form), t);
  // As on adding: the domain's schema reports its rules in the same round as the form's checks.
  if (!parsed.ok)
    return fail(
      formErrorsFromSchema(contactInputSchema, contactOf(values), {
        fields: CONTACT_FORM_FIELDS,
        lang,
        local: parsed.errors,
      }),
    );
  try {
    await gateway.mutate(UpdateContactDocument, { input: parsed.input });
    return redirect(`${page}?melding=saved`);
  } catch (error) {
    if (isGatewayError(error, 'CONFLICT')) return fail(conflictMessage, true);
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
