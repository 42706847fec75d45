import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext, langContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import type { Gateway } from '../../shared/gateway/gateway.server';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import { createStaffUserSchema } from '@selvhjelp/domain';
import type { Lang, Translate } from '../../shared/i18n/i18n';
import { createTranslator } from '../../shared/i18n/i18n';
import { isRole } from '../../shared/layout/navigation';
import type { CreateField, CreateValues, PasswordTicketNotice, UsersActionData } from './users.types';
import type { Portal } from '../../shared/layout/portals';
import { portalSegmentOfDistrict, portalUrl } from '../../shared/layout/portals';

const CreateStaffUserDocument = graphql(`
  mutation CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      token
      expiresAt
      user {
        id
        name
        district {
          id
        }
      }
    }
  }
`);

const DeactivateStaffUserDocument = graphql(`
  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {
    deactivateStaffUser(input: $input) {
      id
      name
      active
      version
    }
  }
`);

const ResetStaffUserPasswordDocument = graphql(`
  mutation ResetStaffUserPassword($id: ID!) {
    resetStaffUserPassword(id: $id) {
      token
      expiresAt
      user {
        id
        name
        district {
          id
        }
      }
    }
  }
`);

const CREATE_FIELDS: readonly CreateField[] = ['email', 'name', 'role', 'districtId'];

function ticketNotice(
  origin: string,
  ticket: { token: string; expiresAt: string; user: { name: string; district?: { id: string } | null } },
): PasswordTicketNotice {
  const segment = portalSegmentOfDistrict(ticket.user.district?.id);
  return {
    name: ticket.user.name,
    link: portalUrl(origin, segment, 'nytt-passord', { token: ticket.token }),
    expiresAt: ticket.expiresAt,
  };
}

interface ActionInput {
  form: FormData;
  gateway: Gateway;
  portal: Portal;
  lang: Lang;
  t: Translate;
  origin: string;
}

async function createUser({ form, gateway, portal, lang, t, origin }: ActionInput) {
  const values: CreateValues = {
    email: formText(form, 'email').trim(),
    name: formText(form, 'name').trim(),
    role: formText(form, 'role'),
    // A district portal creates users of its own district only.
    districtId: portal.districtId ?? formText(form, 'districtId'),
  };
  const fail = (errors: FormErrors<CreateField>) =>
    data<UsersActionData>({ intent: 'create', ok: false, errors, values }, { status: 400 });
  if (!isRole(values.role)) {
    // Without a role the gateway is not asked; the domain's schema still reads the rest, so a bad
    // email or a missing name is reported in this round too.
    const draft = { email: values.email, name: values.name, role: null, districtId: values.districtId || null };
    return fail(
      formErrorsFromSchema(createStaffUserSchema, draft, {
        fields: CREATE_FIELDS,
        lang,
        local: { fields: { role: t('validation.required') }, form: [] },
      }),
    );
  }
  try {
    const { createStaffUser } = await gateway.mutate(CreateStaffUserDocument, {
      input: { email: values.email, name: values.name, role: values.role, districtId: values.districtId || null },
    });
    return data<UsersActionData>({ intent: 'create', ok: true, ticket: ticketNotice(origin, createStaffUser) });
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
      return fail(formErrorsFromGateway(error, { fields: CREATE_FIELDS, lang }));
    }
    throw error;
  }
}

/** A refused row action (stale version, own account, deactivated user) as one message above the list. */
async function rowAction(
  intent: 'deactivate' | 'reset',
  lang: Lang,
  t: Translate,
  run: () => Promise<UsersActionData>,
) {
  try {
    return data<UsersActionData>(await run());
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
      const fallback = error.code === 'CONFLICT' ? t('error.conflict') : t('validation.invalid');
      const message = formErrorsFromGateway(error, { lang }).form[0] || fallback;
      return data<UsersActionData>({ intent, ok: false, message }, { status: 409 });
    }
    throw error;
  }
}

/** POST brukere: create, deactivate (with version) or reset the password of a staff user. */
export async function usersAction(request: Request, context: Readonly<RouterContextProvider>) {
  const form = await request.formData();
  const input: ActionInput = {
    form,
    gateway: context.get(gatewayContext),
    portal: context.get(portalContext),
    lang: context.get(langContext),
    t: createTranslator(context.get(langContext)),
    origin: new URL(request.url).origin,
  };
  const id = formText(form, 'id');
  switch (formText(form, 'intent')) {
    case 'create':
      return createUser(input);
    case 'deactivate':
      return rowAction('deactivate', input.lang, input.t, async () => {
        const version = Number.parseInt(formText(form, 'version'), 10);
        const { deactivateStaffUser } = await input.gateway.mutate(DeactivateStaffUserDocument, {
          input: { id, version: Number.isSafeInteger(version) ? version : 0 },
        });
        return { intent: 'deactivate', ok: true, name: deactivateStaffUser.name };
      });
    case 'reset':
      return rowAction('reset', input.lang, input.t, async () => {
        const { resetStaffUserPassword } = await input.gateway.mutate(ResetStaffUserPasswordDocument, { id });
        return { intent: 'reset', ok: true, ticket: ticketNotice(input.origin, resetStaffUserPassword) };
      });
    default:
      return data<UsersActionData>(
        { intent: 'unknown', ok: false, message: input.t('error.generic') },
        { status: 400 },
      );
  }
}
