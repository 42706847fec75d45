import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { byNorwegianName, municipalitiesInDistrict, referralResourceInputSchema } from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { ReferralResourceForEditQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromSchema, gatewayMessage } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { partnerOptions } from '../partners/partner-options.server';
import type { ReferralFormField, ReferralFormValues } from './referral-form';
import { parseReferralQuery } from './referral-query';
import {
  draftReferralInput,
  EMPTY_REFERRAL_FORM,
  readReferralForm,
  referralFieldOfPath,
  toReferralInput,
} from './referral-form';

const ReferralListDocument = graphql(`
  query ReferralResourceList($filter: ReferralResourceFilter, $first: Int, $after: String) {
    referralResources(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          type
          offers
          areaKind
          municipalities {
            number
            name
          }
          howToRefer
          phone
          website
          partner {
            id
            name
          }
          archivedAt
          version
        }
      }
    }
  }
`);

const ReferralResourceForEditDocument = graphql(`
  query ReferralResourceForEdit($id: ID!) {
    referralResource(id: $id) {
      id
      version
      name
      type
      offers
      areaKind
      municipalities {
        number
      }
      howToRefer
      phone
      website
      partner {
        id
        name
      }
    }
  }
`);

const CreateReferralDocument = graphql(`
  mutation CreateReferralResource($resource: ReferralResourceInput!) {
    createReferralResource(resource: $resource) {
      id
    }
  }
`);

const UpdateReferralDocument = graphql(`
  mutation UpdateReferralResource($input: UpdateReferralResourceInput!) {
    updateReferralResource(input: $input) {
      id
    }
  }
`);

const ArchiveReferralDocument = graphql(`
  mutation ArchiveReferralResource($id: ID!, $version: Int!) {
    archiveReferralResource(id: $id, version: $version) {
      id
    }
  }
`);

const REFERRAL_NOTICES = ['created', 'saved', 'archived'] as const;
type ReferralNotice = (typeof REFERRAL_NOTICES)[number];

function districtMunicipalities(districtId: string) {
  return municipalitiesInDistrict(districtId)
    .map(({ number, name }) => ({ number, name }))
    .sort(byNorwegianName);
}

/** GET henvisninger: the district's referral directory by name, with filters and pages. */
export async function loadReferralList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const municipalities = districtMunicipalities(portal.districtId);
  const params = new URL(request.url).searchParams;
  const query = parseReferralQuery(
    params,
    municipalities.map(({ number }) => number),
  );
  const result = await queryListPage(
    context.get(gatewayContext),
    ReferralListDocument,
    {
      filter: {
        types: query.type ? [query.type] : null,
        areaKinds: query.area ? [query.area] : null,
        municipalityNumber: query.kommune || null,
        includeArchived: query.arkiverte === 'ja',
        search: query.q || null,
      },
      first: 50,
      after: query.after || null,
    },
    query,
  );
  const { nodes: resources, totalCount, nextCursor } = listPageOf(result.referralResources);
  const notice = params.get('melding') ?? '';
  return {
    portal,
    query,
    municipalities,
    resources,
    totalCount,
    nextCursor,
    notice: (REFERRAL_NOTICES as readonly string[]).includes(notice) ? (notice as ReferralNotice) : null,
  };
}

/** POST henvisninger: archive one resource (with the version seen). */
export async function referralListAction(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const lang = context.get(langContext);
  const form = await request.formData();
  const version = Number(formText(form, 'version'));
  try {
    await context.get(gatewayContext).mutate(ArchiveReferralDocument, {
      id: formText(form, 'id'),
      version: Number.isInteger(version) ? version : -1,
    });
  } catch (error) {
    if (isGatewayError(error, 'CONFLICT') || isGatewayError(error, 'BAD_USER_INPUT'))
      return data({ errors: [gatewayMessage(error, lang)] }, { status: 409 });
    throw error;
  }
  return redirect(`${portalPath(portal, 'henvisninger')}?melding=archived`);
}

export interface ReferralFormActionData {
  values: ReferralFormValues;
  errors: FormErrors<ReferralFormField>;
  conflict: { version: number } | null;
}

function toFormValues(resource: ReferralResourceForEditQuery['referralResource']): ReferralFormValues {
  return {
    name: resource.name,
    type: resource.type,
    offers: resource.offers,
    areaKind: resource.areaKind,
    municipalityNumbers: resource.municipalities.map(({ number }) => number),
    howToRefer: resource.howToRefer,
    phone: resource.phone ?? '',
    website: resource.website ?? '',
    partnerId: resource.partner?.id ?? '',
  };
}

async function loadOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  return {
    portal,
    partners: await partnerOptions(context.get(gatewayContext)),
    municipalities: districtMunicipalities(portal.districtId),
  };
}

/** GET henvisninger/ny. */
export async function loadNewReferral(context: Readonly<RouterContextProvider>) {
  return { ...(await loadOptions(context)), values: EMPTY_REFERRAL_FORM };
}

/** GET henvisninger/:id/rediger. */
export async function loadReferralForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const [options, { referralResource }] = await Promise.all([
    loadOptions(context),
    context.get(gatewayContext).query(ReferralResourceForEditDocument, { id: params.id }),
  ]);
  const partner = referralResource.partner;
  const partners =
    partner && !options.partners.some(({ id }) => id === partner.id)
      ? [...options.partners, partner].sort(byNorwegianName)
      : options.partners;
  return {
    ...options,
    partners,
    id: referralResource.id,
    name: referralResource.name,
    version: referralResource.version,
    values: toFormValues(referralResource),
  };
}

/** POST henvisninger/ny and henvisninger/:id/rediger: save, then back to the directory. */
export async function saveReferral(
  request: Request,
  params: { id?: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const values = readReferralForm(form);
  const fail = (errors: FormErrors<ReferralFormField>, conflict: ReferralFormActionData['conflict'] = null) =>
    data<ReferralFormActionData>({ values, errors, conflict }, { status: conflict ? 409 : 400 });
  const parsed = toReferralInput(values, t);
  const checked = formErrorsFromSchema(referralResourceInputSchema, draftReferralInput(values), {
    fieldOf: referralFieldOfPath,
    lang,
    local: parsed.ok ? undefined : parsed.errors,
  });
  if (!parsed.ok || Object.keys(checked.fields).length > 0 || checked.form.length > 0) return fail(checked);
  const list = portalPath(portal, 'henvisninger');
  try {
    if (params.id === undefined) {
      await gateway.mutate(CreateReferralDocument, { resource: parsed.input });
      return redirect(`${list}?melding=created`);
    }
    const version = Number.parseInt(formText(form, 'version'), 10);
    await gateway.mutate(UpdateReferralDocument, {
      input: { id: params.id, version: Number.isSafeInteger(version) ? version : 0, resource: parsed.input },
    });
    return redirect(`${list}?melding=saved`);
  } catch (error) {
    if (params.id !== undefined && isGatewayError(error, 'CONFLICT')) {
      const { referralResource } = await gateway.query(ReferralResourceForEditDocument, { id: params.id });
      return fail({ fields: {}, form: [] }, { version: referralResource.version });
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(formErrorsFromGateway(error, { fieldOf: referralFieldOfPath, lang }));
    throw error;
  }
}
