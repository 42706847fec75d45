import type { RouterContextProvider } from 'react-router';
import { GROUP_STATUSES } from '@selvhjelp/domain';
import { data } from 'react-router';
import { gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import type { AssignActionData } from './group-facilitators.server';
import { assignFacilitator } from './group-facilitators.server';
import type { GroupStatus } from '../../generated/graphql';

const ChangeGroupStatusDocument = graphql(`
  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {
    changeGroupStatus(input: $input) {
      id
      status
      version
    }
  }
`);

const RegisterGroupFollowUpDocument = graphql(`
  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {
    registerGroupFollowUp(input: $input) {
      id
      nextFollowUpDue
    }
  }
`);

export type StatusField = 'status' | 'reason' | 'effectiveDate';
export type FollowUpField = 'date' | 'note' | 'nextFollowUpDue';

export type GroupPageActionData =
  | { intent: 'status'; ok: true; status: GroupStatus }
  | {
      intent: 'status';
      ok: false;
      conflict: boolean;
      errors: FormErrors<StatusField>;
      values: Record<StatusField, string>;
    }
  | { intent: 'followUp'; ok: true }
  | { intent: 'followUp'; ok: false; errors: FormErrors<FollowUpField>; values: Record<FollowUpField, string> }
  | AssignActionData
  | { intent: 'unknown'; ok: false };

const STATUS_FIELDS: readonly StatusField[] = ['status', 'reason', 'effectiveDate'];
const FOLLOW_UP_FIELDS: readonly FollowUpField[] = ['date', 'note', 'nextFollowUpDue'];

/** POST grupper/:id: change the status (with the version it was shown at) or register a follow-up. */
export async function groupPageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const form = await request.formData();
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const intent = formText(form, 'intent');

  if (intent === 'status') {
    const values = {
      status: formText(form, 'status'),
      reason: formText(form, 'reason').trim(),
      effectiveDate: formText(form, 'effectiveDate').trim(),
    };
    const fail = (errors: FormErrors<StatusField>, conflict = false) =>
      data<GroupPageActionData>({ intent, ok: false, conflict, errors, values }, { status: conflict ? 409 : 400 });
    if (!(GROUP_STATUSES as readonly string[]).includes(values.status))
      return fail({ fields: { status: t('validation.required') }, form: [] });
    const version = Number.parseInt(formText(form, 'version'), 10);
    try {
      const { changeGroupStatus } = await gateway.mutate(ChangeGroupStatusDocument, {
        input: {
          id: params.id,
          version: Number.isSafeInteger(version) ? version : 0,
          status: values.status as GroupStatus,
          reason: values.reason,
          effectiveDate: values.effectiveDate || null,
        },
      });
      return data<GroupPageActionData>({ intent, ok: true, status: changeGroupStatus.status });
    } catch (error) {
      if (isGatewayError(error, 'CONFLICT')) return fail({ fields: {}, form: [t('groups.status.conflict')] }, true);
      if (isGatewayError(error, 'BAD_USER_INPUT'))
        return fail(formErrorsFromGateway(error, { fields: STATUS_FIELDS, lang }));
      throw error;
    }
  }

  if (intent === 'followUp') {
    const values = {
      date: formText(form, 'date').trim(),
      note: formText(form, 'note').trim(),
      nextFollowUpDue: formText(form, 'nextFollowUpDue').trim(),
    };
    const fail = (errors: FormErrors<FollowUpField>) =>
      data<GroupPageActionData>({ intent, ok: false, errors, values }, { status: 400 });
    if (!values.date) return fail({ fields: { date: t('validation.required') }, form: [] });
    try {
      await gateway.mutate(RegisterGroupFollowUpDocument, {
        input: { id: params.id, date: values.date, note: values.note, nextFollowUpDue: values.nextFollowUpDue || null },
      });
      return data<GroupPageActionData>({ intent, ok: true });
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
        return fail(formErrorsFromGateway(error, { fields: FOLLOW_UP_FIELDS, lang }));
      }
      throw error;
    }
  }

  if (intent === 'assign') return assignFacilitator(form, params, context);

  return data<GroupPageActionData>({ intent: 'unknown', ok: false }, { status: 400 });
}
