import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext, langContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import type { GroupStatus } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { facilitatorOptions } from '../facilitators/facilitator-options.server';

const GroupFacilitatorAssignmentsDocument = graphql(`
  query GroupFacilitatorAssignments($id: ID!) {
    group(id: $id) {
      id
      facilitatorAssignments {
        id
        role
        fromDate
        toDate
        facilitator {
          id
          name
        }
      }
    }
  }
`);

const AssignFacilitatorDocument = graphql(`
  mutation AssignFacilitator($input: AssignFacilitatorInput!) {
    assignFacilitator(input: $input) {
      id
      facilitator {
        name
      }
    }
  }
`);

export type AssignField = 'facilitatorId' | 'role' | 'fromDate';
const ASSIGN_FIELDS: readonly AssignField[] = ['facilitatorId', 'role', 'fromDate'];

export type AssignActionData =
  | { intent: 'assign'; ok: true; name: string }
  | { intent: 'assign'; ok: false; errors: FormErrors<AssignField>; values: Record<AssignField, string> };

/**
 * The group's facilitators and, for a district's group that is starting, the district's qualified
 * facilitators to choose from. Loaded apart from the group so that the group page still works
 * while a gateway does not know facilitators yet (the section then says it is unavailable).
 */
export async function loadGroupFacilitators(
  params: { id: string },
  status: GroupStatus,
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(portalContext);
  const gateway = context.get(gatewayContext);
  // Facilitators are the district's own; the national office's read-only page leaves them out.
  if (portal.kind !== 'district')
    return { available: false as const, assignments: [], canAssign: false, qualified: [] };
  try {
    const canAssign = status === 'STARTING';
    const [{ group }, qualified] = await Promise.all([
      gateway.query(GroupFacilitatorAssignmentsDocument, { id: params.id }),
      canAssign ? facilitatorOptions(gateway, { statuses: ['QUALIFIED'] }) : Promise.resolve([]),
    ]);
    return {
      available: true as const,
      assignments: group.facilitatorAssignments,
      canAssign,
      qualified,
    };
  } catch (error) {
    // Sessions ending, 403 and 404 arrive here already turned into responses and are rethrown.
    if (isGatewayError(error)) {
      return { available: false as const, assignments: [], canAssign: false, qualified: [] };
    }
    throw error;
  }
}

/** POST grupper/:id, intent=assign: the gateway refuses anyone not qualified, with a message for the field. */
export async function assignFacilitator(
  form: FormData,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const values = {
    facilitatorId: formText(form, 'facilitatorId'),
    role: formText(form, 'role').trim(),
    fromDate: formText(form, 'fromDate').trim(),
  };
  const fail = (errors: FormErrors<AssignField>) =>
    data<AssignActionData>({ intent: 'assign', ok: false, errors, values }, { status: 400 });
  if (!values.facilitatorId) return fail({ fields: { facilitatorId: t('validation.required') }, form: [] });
  try {
    const { assignFacilitator: assignment } = await context.get(gatewayContext).mutate(AssignFacilitatorDocument, {
      input: {
        groupId: params.id,
        facilitatorId: values.facilitatorId,
        role: values.role || null,
        fromDate: values.fromDate || null,
      },
    });
    return data<AssignActionData>({ intent: 'assign', ok: true, name: assignment.facilitator.name });
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
      const errors = formErrorsFromGateway(error, { fields: ASSIGN_FIELDS, lang });
      // A refusal without a field (not qualified, group not starting) belongs next to the choice.
      if (errors.form.length > 0 && !errors.fields.facilitatorId) errors.fields.facilitatorId = errors.form.shift();
      return fail(errors);
    }
    throw error;
  }
}
