import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { activityInputSchema, byNorwegianName, municipalitiesInDistrict } from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { ActivityForEditQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import type { ActivityFormField, ActivityFormValues } from './activity-form';
import {
  activityFieldOfPath,
  draftActivityInput,
  EMPTY_ACTIVITY_FORM,
  readActivityForm,
  toActivityInput,
} from './activity-form';
import { portalPath } from '../../shared/layout/portals';
import { partnerOptions } from '../partners/partner-options.server';

const ActivityFormOptionsDocument = graphql(`
  query ActivityFormOptions($districtId: ID) {
    staffUsers(filter: { districtId: $districtId, active: true }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ActivityForEditDocument = graphql(`
  query ActivityForEdit($id: ID!) {
    outreachActivity(id: $id) {
      id
      version
      type
      title
      status
      date
      startTime
      endTime
      online
      place
      municipality {
        number
      }
      staff {
        id
        name
      }
      partners {
        id
        name
      }
      audiences
      participantCount
      themes {
        id
      }
      notes
    }
  }
`);

const CreateActivityDocument = graphql(`
  mutation CreateOutreachActivity($activity: ActivityInput!) {
    createOutreachActivity(activity: $activity) {
      id
    }
  }
`);

const UpdateActivityDocument = graphql(`
  mutation UpdateOutreachActivity($input: UpdateActivityInput!) {
    updateOutreachActivity(input: $input) {
      id
    }
  }
`);

export interface ActivityFormActionData {
  values: ActivityFormValues;
  errors: FormErrors<ActivityFormField>;
  /** A stale edit: the version saved now, so the typed values can be sent again over it. */
  conflict: { version: number } | null;
}

interface Option {
  id: string;
  name: string;
}

/** Options plus those already on the activity (a deactivated colleague, a partner past the first 100), by name. */
function withCurrent(options: readonly Option[], current: readonly Option[]): Option[] {
  const ids = new Set(options.map(({ id }) => id));
  return [...options, ...current.filter(({ id }) => !ids.has(id))].sort(byNorwegianName);
}

function toFormValues(activity: ActivityForEditQuery['outreachActivity']): ActivityFormValues {
  return {
    type: activity.type,
    title: activity.title,
    status: activity.status,
    date: activity.date,
    startTime: activity.startTime ?? '',
    endTime: activity.endTime ?? '',
    online: activity.online,
    place: activity.place ?? '',
    municipalityNumber: activity.municipality?.number ?? '',
    staffUserIds: activity.staff.map(({ id }) => id),
    partnerIds: activity.partners.map(({ id }) => id),
    audiences: [...activity.audiences],
    participantCount:
      activity.participantCount === null || activity.participantCount === undefined
        ? ''
        : String(activity.participantCount),
    themeIds: activity.themes.map(({ id }) => id),
    notes: activity.notes ?? '',
  };
}

async function loadOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const [{ staffUsers }, partners] = await Promise.all([
    gateway.query(ActivityFormOptionsDocument, { districtId: portal.districtId }),
    partnerOptions(gateway),
  ]);
  return {
    portal,
    staff: staffUsers.edges.map(({ node }) => node).sort(byNorwegianName),
    partners,
    municipalities: municipalitiesInDistrict(portal.districtId)
      .map(({ number, name }) => ({ number, name }))
      .sort(byNorwegianName),
  };
}

/** GET aktiviteter/ny; `?partner=<id>` starts with that partner ticked (from a partner's page). */
export async function loadNewActivity(request: Request, context: Readonly<RouterContextProvider>) {
  const options = await loadOptions(context);
  const partner = new URL(request.url).searchParams.get('partner') ?? '';
  const known = options.partners.some(({ id }) => id === partner);
  return { ...options, values: { ...EMPTY_ACTIVITY_FORM, partnerIds: known ? [partner] : [] } };
}

/** GET aktiviteter/:id/rediger. */
export async function loadActivityForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const [options, { outreachActivity: activity }] = await Promise.all([
    loadOptions(context),
    context.get(gatewayContext).query(ActivityForEditDocument, { id: params.id }),
  ]);
  return {
    ...options,
    staff: withCurrent(options.staff, activity.staff),
    partners: withCurrent(options.partners, activity.partners),
    id: activity.id,
    title: activity.title,
    version: activity.version,
    values: toFormValues(activity),
  };
}

/** POST aktiviteter/ny and aktiviteter/:id/rediger: save, then go to the activity. */
export async function saveActivity(
  request: Request,
  params: { id?: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const values = readActivityForm(form);
  const fail = (errors: FormErrors<ActivityFormField>, conflict: ActivityFormActionData['conflict'] = null) =>
    data<ActivityFormActionData>({ values, errors, conflict }, { status: conflict ? 409 : 400 });
  const parsed = toActivityInput(values, t);
  // The form's own checks stop it before the gateway; the domain's schema (the gateway's own)
  // reads the same draft, so its rules (times, place) are reported in this round too.
  if (!parsed.ok)
    return fail(
      formErrorsFromSchema(activityInputSchema, draftActivityInput(values), {
        fieldOf: activityFieldOfPath,
        lang,
        local: parsed.errors,
      }),
    );
  try {
    if (params.id === undefined) {
      const { createOutreachActivity } = await gateway.mutate(CreateActivityDocument, { activity: parsed.input });
      return redirect(`${portalPath(portal, `aktiviteter/${createOutreachActivity.id}`)}?melding=created`);
    }
    const version = Number.parseInt(formText(form, 'version'), 10);
    const { updateOutreachActivity } = await gateway.mutate(UpdateActivityDocument, {
      input: { id: params.id, version: Number.isSafeInteger(version) ? version : 0, activity: parsed.input },
    });
    return redirect(`${portalPath(portal, `aktiviteter/${updateOutreachActivity.id}`)}?melding=saved`);
  } catch (error) {
    if (params.id !== undefined && isGatewayError(error, 'CONFLICT')) {
      const { outreachActivity } = await gateway.query(ActivityForEditDocument, { id: params.id });
      return fail({ fields: {}, form: [] }, { version: outreachActivity.version });
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(formErrorsFromGateway(error, { fieldOf: activityFieldOfPath, lang }));
    throw error;
  }
}
