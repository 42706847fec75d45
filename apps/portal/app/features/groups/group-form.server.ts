import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import type { Refusal } from '@selvhjelp/domain';
import {
  findMunicipality,
  groupInputSchema,
  municipalitiesInDistrict,
  refusal,
  refusalsOfZodError,
} from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import type { GroupFormField, GroupFormValues } from './group-form';
import { draftGroupInput, groupFieldOfPath, readGroupForm, toGroupInput } from './group-form';
import { formErrorsFromGateway, formErrorsFromRefusals } from '../../shared/forms/form-errors';
import { groupToFormValues } from './group-form-source';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';

const GroupForEditDocument = graphql(`
  query GroupForEdit($id: ID!) {
    group(id: $id) {
      id
      version
      updatedAt
      ...GroupFormFields
    }
  }
`);

const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
    }
  }
`);

const UpdateGroupDocument = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      version
    }
  }
`);

/** The saved group a stale edit collided with: its values and the version to save over it. */
export interface GroupConflict {
  current: GroupFormValues;
  version: number;
  updatedAt: string;
}

export interface GroupFormActionData {
  values: GroupFormValues;
  errors: FormErrors<GroupFormField>;
  conflict: GroupConflict | null;
}

/** Options for the form: the district's municipalities (the gateway checks the district too). */
export function loadGroupFormOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  return {
    portal,
    municipalities: municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name })),
  };
}

/**
 * The gateway's scope check, made here too so it is reported with the rest rather than after
 * them: a known municipality outside the district is refused as the gateway refuses it (an
 * unknown number is the schema's to name). Those who write groups are the district's own
 * staff, whose scope is exactly the district's municipalities.
 */
function municipalityOutsideDistrict(number: string, districtId: string): Refusal | null {
  if (number === '' || municipalitiesInDistrict(districtId).some((municipality) => municipality.number === number))
    return null;
  return findMunicipality(number) ? refusal('MUNICIPALITY_OTHER_DISTRICT', 'municipalityNumber') : null;
}

/** GET grupper/:id/rediger: the saved group in the form, with its version. */
export async function loadGroupForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const options = loadGroupFormOptions(context);
  const { group } = await context.get(gatewayContext).query(GroupForEditDocument, { id: params.id });
  return { ...options, id: group.id, name: group.name, version: group.version, values: groupToFormValues(group) };
}

/** POST grupper/ny and grupper/:id/rediger: create, or update from the version the edit started at. */
export async function saveGroup(request: Request, params: { id?: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const values = readGroupForm(form);
  const fail = (errors: FormErrors<GroupFormField>, conflict: GroupConflict | null = null) =>
    data<GroupFormActionData>({ values, errors, conflict }, { status: conflict ? 409 : 400 });

  const parsed = toGroupInput(values, t);
  const outside = municipalityOutsideDistrict(values.municipalityNumber, portal.districtId);
  // The form's own checks and the district check stop it before the gateway; the domain's schema
  // (the gateway's own) reads the same draft, so every rule is reported in this round, not after
  // the next submit. The schema's word on the municipality comes first, as in the gateway.
  if (!parsed.ok || outside) {
    const checked = groupInputSchema.safeParse(draftGroupInput(values));
    const refusals = [...(checked.success ? [] : refusalsOfZodError(checked.error)), ...(outside ? [outside] : [])];
    return fail(
      formErrorsFromRefusals(refusals, {
        fieldOf: groupFieldOfPath,
        lang,
        ...(parsed.ok ? {} : { local: parsed.errors }),
      }),
    );
  }
  try {
    if (params.id === undefined) {
      const { createGroup } = await gateway.mutate(CreateGroupDocument, { input: { group: parsed.input } });
      return redirect(`${portalPath(portal, `grupper/${createGroup.id}`)}?melding=created`);
    }
    const version = Number.parseInt(formText(form, 'version'), 10);
    const { updateGroup } = await gateway.mutate(UpdateGroupDocument, {
      input: { id: params.id, version: Number.isSafeInteger(version) ? version : 0, group: parsed.input },
    });
    return redirect(`${portalPath(portal, `grupper/${updateGroup.id}`)}?melding=saved`);
  } catch (error) {
    if (params.id !== undefined && isGatewayError(error, 'CONFLICT')) {
      // Keep what the user typed, and show what is saved now so they can redo their change.
      const { group } = await gateway.query(GroupForEditDocument, { id: params.id });
      const conflict = { current: groupToFormValues(group), version: group.version, updatedAt: group.updatedAt };
      return fail({ fields: {}, form: [t('groups.form.conflict')] }, conflict);
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(formErrorsFromGateway(error, { fieldOf: groupFieldOfPath, lang }));
    throw error;
  }
}
