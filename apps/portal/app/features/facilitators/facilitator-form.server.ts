import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import {
  facilitatorInputSchema,
  GROUP_LANGUAGE_CODES,
  municipalitiesInDistrict,
  newFacilitatorInputSchema,
  refusalsOfZodError,
  THEMES,
} from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { FacilitatorForEditQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromRefusals } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import type { FacilitatorFormField, FacilitatorFormValues } from './facilitator-form';
import {
  draftFacilitatorInput,
  draftNewFacilitatorInput,
  EMPTY_FACILITATOR_FORM,
  FACILITATOR_FIELD_MAP,
  FACILITATOR_FORM_FIELDS,
  readFacilitatorForm,
  toCreateFacilitatorInput,
  toFacilitatorInput,
} from './facilitator-form';

const FacilitatorForEditDocument = graphql(`
  query FacilitatorForEdit($id: ID!) {
    facilitator(id: $id) {
      id
      version
      updatedAt
      name
      email
      phone
      municipality {
        number
      }
      languages
      themeConsent
      themes {
        id
      }
      availability
      notes
      forgottenAt
    }
  }
`);

const CreateFacilitatorDocument = graphql(`
  mutation CreateFacilitator($input: CreateFacilitatorInput!) {
    createFacilitator(input: $input) {
      id
    }
  }
`);

const UpdateFacilitatorDocument = graphql(`
  mutation UpdateFacilitator($input: UpdateFacilitatorInput!) {
    updateFacilitator(input: $input) {
      id
      version
    }
  }
`);

export interface FacilitatorFormActionData {
  values: FacilitatorFormValues;
  errors: FormErrors<FacilitatorFormField>;
  /** After a stale edit: what is saved now, and the version to save over it. */
  conflict: { current: FacilitatorFormValues; version: number } | null;
}

function toFormValues(facilitator: FacilitatorForEditQuery['facilitator']): FacilitatorFormValues {
  return {
    ...EMPTY_FACILITATOR_FORM,
    name: facilitator.name,
    email: facilitator.email ?? '',
    phone: facilitator.phone ?? '',
    municipalityNumber: facilitator.municipality.number,
    languages: [...facilitator.languages],
    themeConsent: facilitator.themeConsent,
    themeIds: facilitator.themes.map(({ id }) => id),
    availability: facilitator.availability,
    notes: facilitator.notes ?? '',
  };
}

/** Options for the form: hints only; the gateway checks the district, languages and themes. */
export function loadFacilitatorFormOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  return {
    portal,
    municipalities: municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name })),
    languages: [...GROUP_LANGUAGE_CODES],
    themes: THEMES.map(({ id }) => id),
  };
}

/** GET igangsettere/:id/rediger. A forgotten facilitator has nothing left to edit. */
export async function loadFacilitatorForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const options = loadFacilitatorFormOptions(context);
  const { facilitator } = await context.get(gatewayContext).query(FacilitatorForEditDocument, { id: params.id });
  if (facilitator.forgottenAt) throw data(null, { status: 404 });
  return {
    ...options,
    id: facilitator.id,
    name: facilitator.name,
    version: facilitator.version,
    values: toFormValues(facilitator),
  };
}

/** POST igangsettere/ny and igangsettere/:id/rediger. */
export async function saveFacilitator(
  request: Request,
  params: { id?: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const values = readFacilitatorForm(form);
  const fail = (errors: FormErrors<FacilitatorFormField>, conflict: FacilitatorFormActionData['conflict'] = null) =>
    data<FacilitatorFormActionData>({ values, errors, conflict }, { status: conflict ? 409 : 400 });
  // The form's own checks stop it before the gateway; the domain's schema (the gateway's own)
  // reads the same draft so a bad email or phone is reported in this round too.
  const withSchema = (local: FormErrors<FacilitatorFormField>) => {
    const parsed =
      params.id === undefined
        ? newFacilitatorInputSchema.safeParse(draftNewFacilitatorInput(values))
        : facilitatorInputSchema.safeParse(draftFacilitatorInput(values));
    // The local contact check already says that email or phone is needed, under both inputs.
    const refusals = parsed.success
      ? []
      : refusalsOfZodError(parsed.error).filter(
          ({ reason }) => !(local.fields.contact && reason === 'EMAIL_OR_PHONE_REQUIRED'),
        );
    return formErrorsFromRefusals(refusals, {
      fields: FACILITATOR_FORM_FIELDS,
      fieldOf: FACILITATOR_FIELD_MAP,
      lang,
      local,
    });
  };
  try {
    if (params.id === undefined) {
      const parsed = toCreateFacilitatorInput(values, t);
      if (!parsed.ok) return fail(withSchema(parsed.errors));
      const { createFacilitator } = await gateway.mutate(CreateFacilitatorDocument, { input: parsed.input });
      return redirect(`${portalPath(portal, `igangsettere/${createFacilitator.id}`)}?melding=created`);
    }
    const parsed = toFacilitatorInput(values, t);
    if (!parsed.ok) return fail(withSchema(parsed.errors));
    const version = Number.parseInt(formText(form, 'version'), 10);
    const { updateFacilitator } = await gateway.mutate(UpdateFacilitatorDocument, {
      input: { id: params.id, version: Number.isSafeInteger(version) ? version : 0, facilitator: parsed.input },
    });
    return redirect(`${portalPath(portal, `igangsettere/${updateFacilitator.id}`)}?melding=saved`);
  } catch (error) {
    if (params.id !== undefined && isGatewayError(error, 'CONFLICT')) {
      const { facilitator } = await gateway.query(FacilitatorForEditDocument, { id: params.id });
      return fail(
        { fields: {}, form: [t('facilitators.form.conflict')] },
        { current: toFormValues(facilitator), version: facilitator.version },
      );
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(
        formErrorsFromGateway(error, { fields: FACILITATOR_FORM_FIELDS, fieldOf: FACILITATOR_FIELD_MAP, lang }),
      );
    throw error;
  }
}
