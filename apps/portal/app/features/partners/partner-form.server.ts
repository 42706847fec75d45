import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { DISTRICTS, municipalitiesInDistrict, partnerInputSchema } from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { PartnerForEditQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import type { FormErrors } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { formVersion } from './contact-form';
import { formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import { partnerFieldOf } from './partner-form-errors';
import type { PartnerFormField, PartnerFormValues } from './partner-form';
import {
  draftPartnerInput,
  PARTNER_FORM_FIELDS,
  partnerToFormValues,
  readPartnerForm,
  toPartnerInput,
} from './partner-form';
import { portalPath } from '../../shared/layout/portals';

const PartnerForEditDocument = graphql(`
  query PartnerForEdit($id: ID!) {
    partner(id: $id) {
      id
      version
      name
      type
      organisationNumber
      municipality {
        number
        name
      }
      streetAddress
      postalCode
      postalPlace
      website
      status
      districts {
        id
      }
      notes
    }
  }
`);

const CreatePartnerDocument = graphql(`
  mutation CreatePartner($partner: PartnerInput!) {
    createPartner(partner: $partner) {
      id
    }
  }
`);

const UpdatePartnerDocument = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
      version
    }
  }
`);

export interface PartnerFormActionData {
  values: PartnerFormValues;
  errors: FormErrors<PartnerFormField>;
  /** After a stale edit: the version to save over what is saved now. */
  conflict: { version: number } | null;
}

type Option = { number: string; name: string };

/** The district's municipalities, plus the partner's own when it lies outside (so it stays selected). */
function municipalityOptions(districtId: string, current?: Option): Option[] {
  const own = municipalitiesInDistrict(districtId).map(({ number, name }) => ({ number, name }));
  return current && !own.some(({ number }) => number === current.number) ? [current, ...own] : own;
}

/** Options for the form: hints only; the gateway checks the municipality and districts. */
export function loadPartnerFormOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  return {
    portal,
    municipalities: municipalityOptions(portal.districtId),
    otherDistricts: DISTRICTS.filter(({ id }) => id !== portal.districtId).map(({ id, name }) => ({ id, name })),
  };
}

function editData(portal: { districtId: string }, partner: PartnerForEditQuery['partner']) {
  return {
    id: partner.id,
    name: partner.name,
    version: partner.version,
    values: partnerToFormValues(partner, portal.districtId),
    municipalities: municipalityOptions(portal.districtId, partner.municipality),
  };
}

/** GET samarbeidspartnere/:id/rediger. */
export async function loadPartnerForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const options = loadPartnerFormOptions(context);
  const { partner } = await context.get(gatewayContext).query(PartnerForEditDocument, { id: params.id });
  return { ...options, ...editData(options.portal, partner) };
}

/** POST samarbeidspartnere/ny and samarbeidspartnere/:id/rediger. */
export async function savePartner(request: Request, params: { id?: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const values = readPartnerForm(form);
  const fail = (errors: FormErrors<PartnerFormField>, conflict: PartnerFormActionData['conflict'] = null) =>
    data<PartnerFormActionData>({ values, errors, conflict }, { status: conflict ? 409 : 400 });
  const parsed = toPartnerInput(values, t);
  // The form's own checks stop it before the gateway; the domain's schema (the gateway's own)
  // reads the same draft, so a bad postal code is reported with a bad organisation number.
  if (!parsed.ok) {
    return fail(
      formErrorsFromSchema(partnerInputSchema, draftPartnerInput(values), {
        fields: PARTNER_FORM_FIELDS,
        fieldOf: partnerFieldOf(PARTNER_FORM_FIELDS),
        lang,
        local: parsed.errors,
      }),
    );
  }
  try {
    if (params.id === undefined) {
      const { createPartner } = await gateway.mutate(CreatePartnerDocument, { partner: parsed.input });
      return redirect(`${portalPath(portal, `samarbeidspartnere/${createPartner.id}`)}?melding=created`);
    }
    const { updatePartner } = await gateway.mutate(UpdatePartnerDocument, {
      input: { id: params.id, version: formVersion(form), partner: parsed.input },
    });
    return redirect(`${portalPath(portal, `samarbeidspartnere/${updatePartner.id}`)}?melding=saved`);
  } catch (error) {
    if (params.id !== undefined && isGatewayError(error, 'CONFLICT')) {
      const { partner } = await gateway.query(PartnerForEditDocument, { id: params.id });
      return fail({ fields: {}, form: [t('partners.form.conflict')] }, { version: partner.version });
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(
        formErrorsFromGateway(error, {
          fields: PARTNER_FORM_FIELDS,
          fieldOf: partnerFieldOf(PARTNER_FORM_FIELDS),
          lang,
        }),
      );
    throw error;
  }
}
