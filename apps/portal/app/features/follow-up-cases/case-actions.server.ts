import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { CaseOutcome, CaseStatus } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { blankToNull, formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors, formErrorsFromGateway, gatewayMessage } from '../../shared/forms/form-errors';
import { portalPath } from '../../shared/layout/portals';

import type { CaseNotice } from './case.server';

const ChangeStatusDocument = graphql(`
  mutation PortalChangeCaseStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      id
      version
    }
  }
`);
const UpdateCaseDocument = graphql(`
  mutation PortalUpdateCase($input: UpdateFollowUpCaseInput!) {
    updateFollowUpCase(input: $input) {
      id
      version
    }
  }
`);
const AddNoteDocument = graphql(`
  mutation PortalAddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
    }
  }
`);
const AddReferralDocument = graphql(`
  mutation PortalAddCaseReferral($input: AddCaseReferralInput!) {
    addCaseReferral(input: $input) {
      id
    }
  }
`);
const GrantDocument = graphql(`
  mutation PortalGrantCaseNotes($caseId: ID!, $staffUserId: ID!, $until: DateTime!) {
    grantCaseNoteAccess(caseId: $caseId, staffUserId: $staffUserId, until: $until) {
      id
    }
  }
`);
const RevokeDocument = graphql(`
  mutation PortalRevokeCaseNotes($id: ID!) {
    revokeCaseNoteAccess(id: $id) {
      id
    }
  }
`);

export type CaseIntent = 'status' | 'edit' | 'note' | 'referral' | 'grant' | 'revoke';
export type CaseActionData = {
  intent: CaseIntent;
  values: Record<string, string>;
  errors: FormErrors;
  conflict: boolean;
};

/** POST saker/:id: intent=status, edit, note, referral, grant or revoke; back to the case on success. */
export async function casePageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const form = await request.formData();
  const intent = formText(form, 'intent') as CaseIntent;
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === 'string') values[name] = value;
  const version = Number(formText(form, 'version'));
  const page = portalPath(portal, `saker/${params.id}`);
  const done = (notice: CaseNotice) => redirect(`${page}?melding=${notice}`);
  try {
    switch (intent) {
      case 'status':
        await gateway.mutate(ChangeStatusDocument, {
          input: {
            id: params.id,
            version,
            status: formText(form, 'status') as CaseStatus,
            outcome: (blankToNull(formText(form, 'outcome')) as CaseOutcome | null) ?? null,
            outcomeNote: blankToNull(formText(form, 'outcomeNote')),
          },
        });
        return done('status');
      case 'edit':
        await gateway.mutate(UpdateCaseDocument, {
          input: {
            id: params.id,
            version,
            responsibleStaffUserId: formText(form, 'responsibleStaffUserId'),
            nextFollowUpOn: blankToNull(formText(form, 'nextFollowUpOn')),
          },
        });
        return done('saved');
      case 'note':
        await gateway.mutate(AddNoteDocument, {
          input: {
            caseId: params.id,
            text: formText(form, 'text'),
            date: blankToNull(formText(form, 'date')),
            nextFollowUpOn: blankToNull(formText(form, 'nextFollowUpOn')),
          },
        });
        return done('note');
      case 'referral':
        await gateway.mutate(AddReferralDocument, {
          input: {
            caseId: params.id,
            referralResourceId: formText(form, 'referralResourceId'),
            note: blankToNull(formText(form, 'note')),
          },
        });
        return done('referral');
      case 'grant': {
        const until = formText(form, 'until');
        await gateway.mutate(GrantDocument, {
          caseId: params.id,
          staffUserId: formText(form, 'staffUserId'),
          // To the end of the chosen day in Oslo (the gateway checks it is ahead and within 90 days).
          until: until ? new Date(`${until}T23:59:00+01:00`).toISOString() : '',
        });
        return done('granted');
      }
      case 'revoke':
        await gateway.mutate(RevokeDocument, { id: formText(form, 'grantId') });
        return done('revoked');
      default:
        throw new Response('Unknown intent', { status: 400 });
    }
  } catch (error) {
    if (isGatewayError(error, 'CONFLICT'))
      return data<CaseActionData>({ intent, values, errors: emptyFormErrors(), conflict: true }, { status: 409 });
    if (isGatewayError(error, 'BAD_USER_INPUT')) {
      const errors = formErrorsFromGateway(error, { fields: Object.keys(values), lang });
      if (Object.keys(errors.fields).length === 0 && errors.form.length === 0)
        errors.form.push(gatewayMessage(error, lang));
      return data<CaseActionData>({ intent, values, errors, conflict: false }, { status: 400 });
    }
    throw error;
  }
}
