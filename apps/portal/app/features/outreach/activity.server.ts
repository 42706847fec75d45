import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { OUTCOME_KINDS } from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { OutcomeKind } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { isNotFoundResponse } from '../../shared/gateway/page-gateway.server';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, gatewayMessage } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import type { OutcomeFormField, OutcomeFormValues } from './outcome-form';
import { chosenTarget, OUTCOME_FORM_FIELDS, readOutcomeForm } from './outcome-form';
import { outcomeOptions } from './outcome-options.server';
import { portalPath } from '../../shared/layout/portals';

const ActivityPageDocument = graphql(`
  query ActivityPage($id: ID!) {
    outreachActivity(id: $id) {
      id
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
        name
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
        label
      }
      notes
      outcomes {
        id
        kind
        note
        createdAt
        group {
          id
          name
        }
        facilitator {
          id
          name
        }
        partner {
          id
          name
        }
      }
      version
      updatedAt
    }
  }
`);

const AddOutcomeDocument = graphql(`
  mutation AddActivityOutcome($input: AddActivityOutcomeInput!) {
    addActivityOutcome(input: $input) {
      id
    }
  }
`);

const RemoveOutcomeDocument = graphql(`
  mutation RemoveActivityOutcome($id: ID!) {
    removeActivityOutcome(id: $id) {
      id
    }
  }
`);

const RemoveActivityDocument = graphql(`
  mutation RemoveOutreachActivity($id: ID!, $version: Int!) {
    removeOutreachActivity(id: $id, version: $version)
  }
`);

export const ACTIVITY_PAGE_NOTICES = ['created', 'saved', 'outcomeAdded', 'outcomeRemoved'] as const;
export type ActivityPageNotice = (typeof ACTIVITY_PAGE_NOTICES)[number];

export type ActivityPageActionData =
  | { intent: 'add-outcome'; errors: FormErrors<OutcomeFormField>; values: OutcomeFormValues }
  | { intent: 'remove-outcome'; errors: FormErrors<never> }
  | { intent: 'remove' }
  | { intent: 'remove-failed'; errors: FormErrors<never> }
  | { intent: 'unknown'; errors: FormErrors<never> };

/** GET aktiviteter/:id: the activity, what came of it and, once completed, what it can be linked to. */
export async function loadActivityPage(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const { outreachActivity: activity } = await gateway.query(ActivityPageDocument, { id: params.id });
  const notice = new URL(request.url).searchParams.get('melding') ?? '';
  return {
    portal,
    activity,
    notice: (ACTIVITY_PAGE_NOTICES as readonly string[]).includes(notice) ? (notice as ActivityPageNotice) : null,
    // Outcomes are only for what was done; no need to load the registry otherwise.
    options: activity.status === 'COMPLETED' ? await outcomeOptions(gateway, portal.districtId) : null,
  };
}

/** POST aktiviteter/:id with intent add-outcome or remove-outcome; redirects back with a notice. */
export async function activityPageAction(
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
  const back = (notice: ActivityPageNotice) =>
    redirect(`${portalPath(portal, `aktiviteter/${params.id}`)}?melding=${notice}#outcomes-heading`);

  if (intent === 'add-outcome') {
    const values = readOutcomeForm(form);
    const fail = (errors: FormErrors<OutcomeFormField>) =>
      data<ActivityPageActionData>({ intent, errors, values }, { status: 400 });
    if (!(OUTCOME_KINDS as readonly string[]).includes(values.kind))
      return fail({ fields: { kind: t('outreach.outcome.chooseKind') }, form: [] });
    const targetId = chosenTarget(values);
    if (!targetId) return fail({ fields: { targetId: t('outreach.outcome.chooseTarget') }, form: [] });
    try {
      await gateway.mutate(AddOutcomeDocument, {
        input: { activityId: params.id, kind: values.kind as OutcomeKind, targetId, note: values.note || null },
      });
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
        return fail(formErrorsFromGateway(error, { fields: OUTCOME_FORM_FIELDS, lang }));
      }
      throw error;
    }
    return back('outcomeAdded');
  }

  if (intent === 'remove-outcome') {
    try {
      await gateway.mutate(RemoveOutcomeDocument, { id: formText(form, 'outcomeId') });
    } catch (error) {
      // Removed already (a second click, another tab): what the user wanted is done.
      if (isNotFoundResponse(error)) return back('outcomeRemoved');
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
        return data<ActivityPageActionData>(
          { intent, errors: { fields: {}, form: [gatewayMessage(error, lang)] } },
          { status: 400 },
        );
      }
      throw error;
    }
    return back('outcomeRemoved');
  }

  // Deleting an activity entered by mistake: a confirmation first, then the delete with the version seen.
  if (intent === 'remove') return { intent } satisfies ActivityPageActionData;
  if (intent === 'confirm-remove') {
    const version = Number(formText(form, 'version'));
    try {
      await gateway.mutate(RemoveActivityDocument, {
        id: params.id,
        version: Number.isInteger(version) ? version : -1,
      });
    } catch (error) {
      if (isNotFoundResponse(error)) return redirect(`${portalPath(portal, 'aktiviteter')}?melding=removed`);
      if (isGatewayError(error, 'CONFLICT') || isGatewayError(error, 'BAD_USER_INPUT')) {
        return data<ActivityPageActionData>(
          { intent: 'remove-failed', errors: { fields: {}, form: [t('outreach.remove.conflict')] } },
          { status: 409 },
        );
      }
      throw error;
    }
    return redirect(`${portalPath(portal, 'aktiviteter')}?melding=removed`);
  }

  return data<ActivityPageActionData>(
    { intent: 'unknown', errors: { fields: {}, form: [t('outreach.outcome.unknownIntent')] } },
    { status: 400 },
  );
}
