import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { apiClientInputSchema, DISTRICTS } from '@selvhjelp/domain';
import { gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import { partnerOptions } from '../partners/partner-options.server';
import { formVersion } from '../partners/contact-form';
import { NO_STORE, requireApiClientAdministration } from './access.server';
import type { ApiClientFormField, ApiClientFormValues } from './api-client-form';
import {
  API_CLIENT_FORM_FIELDS,
  apiClientToFormValues,
  draftApiClientInput,
  readApiClientForm,
  toApiClientInput,
} from './api-client-form';

const ApiClientForEditDocument = graphql(`
  query ApiClientForEdit($id: ID!) {
    apiClient(id: $id) {
      id
      version
      name
      contactName
      contactEmail
      organisationNumber
      partnerId
      scopes
      districts {
        id
      }
      expiresAt
      revokedAt
    }
  }
`);

const CreateApiClientDocument = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
      client {
        id
        name
      }
    }
  }
`);

const UpdateApiClientDocument = graphql(`
  mutation UpdateApiClient($input: UpdateApiClientInput!) {
    updateApiClient(input: $input) {
      id
      version
    }
  }
`);

export type ApiClientFormActionData =
  | {
      ok: false;
      values: ApiClientFormValues;
      errors: FormErrors<ApiClientFormField>;
      /** After a stale edit: the version to save over what is saved now. */
      conflict: { version: number } | null;
    }
  /** The new client's key: in this answer only, never in an address, a cookie or a log. */
  | { ok: true; key: string; client: { id: string; name: string } };

/** Options for the form (hints only: the gateway checks the partner and the districts). */
export async function loadApiClientFormOptions(context: Readonly<RouterContextProvider>) {
  const portal = requireApiClientAdministration(context);
  const partners = await partnerOptions(context.get(gatewayContext));
  const districts =
    portal.districtId === null
      ? DISTRICTS.map(({ id, name }) => ({ id, name }))
      : DISTRICTS.filter(({ id }) => id === portal.districtId).map(({ id, name }) => ({ id, name }));
  return { portal, partners, districts, fixedDistrictId: portal.districtId };
}

/** GET api-klienter/:id/rediger. */
export async function loadApiClientForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const options = await loadApiClientFormOptions(context);
  const { apiClient } = await context.get(gatewayContext).query(ApiClientForEditDocument, { id: params.id });
  // A revoked client is final: its page says so, and there is nothing to edit.
  if (apiClient.revokedAt) throw redirect(portalPath(options.portal, `api-klienter/${apiClient.id}`));
  return {
    ...options,
    id: apiClient.id,
    name: apiClient.name,
    version: apiClient.version,
    values: apiClientToFormValues(apiClient),
  };
}

/** POST api-klienter/ny (answers the key, once) and api-klienter/:id/rediger (redirects to the client). */
export async function saveApiClient(
  request: Request,
  params: { id?: string },
  context: Readonly<RouterContextProvider>,
  now: Date = new Date(),
) {
  const portal = requireApiClientAdministration(context);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const values = readApiClientForm(form, portal.districtId);
  const fail = (errors: FormErrors<ApiClientFormField>, conflict: { version: number } | null = null) =>
    data<ApiClientFormActionData>({ ok: false, values, errors, conflict }, { status: conflict ? 409 : 400 });
  const parsed = toApiClientInput(values, { t, lang, now });
  // The domain's schema (the gateway's own) reads the same draft, so every rule is reported in one round.
  const schemaErrors = formErrorsFromSchema(apiClientInputSchema, draftApiClientInput(values), {
    fields: API_CLIENT_FORM_FIELDS,
    lang,
    ...(parsed.ok ? {} : { local: parsed.errors }),
  });
  if (!parsed.ok || Object.keys(schemaErrors.fields).length > 0 || schemaErrors.form.length > 0)
    return fail(schemaErrors);
  try {
    if (params.id === undefined) {
      const { createApiClient } = await gateway.mutate(CreateApiClientDocument, { input: parsed.input });
      return data<ApiClientFormActionData>(
        { ok: true, key: createApiClient.key, client: createApiClient.client },
        { headers: NO_STORE },
      );
    }
    await gateway.mutate(UpdateApiClientDocument, {
      input: { ...parsed.input, id: params.id, version: formVersion(form) },
    });
    return redirect(`${portalPath(portal, `api-klienter/${params.id}`)}?melding=saved`);
  } catch (error) {
    // The organisation number another client holds is a CONFLICT about that field, not a stale version.
    if (
      isGatewayError(error, 'CONFLICT') &&
      error.fieldErrors.some(({ reason }) => reason === 'API_CLIENT_ORGANISATION_TAKEN')
    )
      return fail(formErrorsFromGateway(error, { fields: API_CLIENT_FORM_FIELDS, lang }));
    if (params.id !== undefined && isGatewayError(error, 'CONFLICT')) {
      const { apiClient } = await gateway.query(ApiClientForEditDocument, { id: params.id });
      return fail({ fields: {}, form: [t('apiClients.form.conflict')] }, { version: apiClient.version });
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(formErrorsFromGateway(error, { fields: API_CLIENT_FORM_FIELDS, lang }));
    throw error;
  }
}
